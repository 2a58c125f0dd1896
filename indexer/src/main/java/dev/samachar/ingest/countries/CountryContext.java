package dev.samachar.ingest.countries;

import dev.samachar.analysis.PhraseMatcher;
import dev.samachar.analysis.TokenizedText;
import dev.samachar.analysis.Vocabulary;
import dev.samachar.analysis.WordTokenizer.Token;
import dev.samachar.ingest.countries.CountryContextFile.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, from the words around it, whether a country name or demonym the dictionary found means
 * the country. It does not where the word is part of a longer proper name or is another place:
 * <ul>
 *   <li>a demonym followed by a capitalised run without a state word ({@link Kind#ORGAN}):
 *       "Swiss Re", "British Medical Journal", "Indian Ocean"; but "Italian Prime Minister" and
 *       "the German Embassy" are the state. Not in title-case or all-caps lines, where every word
 *       is capitalised;</li>
 *   <li>a demonym after "&lt;Org-head&gt; of": "Association of British Insurers";</li>
 *   <li>a Hindi demonym, one to four words, then an organisation's head word ({@link Kind#ORG_HEAD}):
 *       भारतीय जनता पार्टी, भारतीय चिकित्सा अनुसंधान परिषद;</li>
 *   <li>a Hindi spelling of an English demonym ({@link Kind#LOAN}) before a word no Hindi
 *       dictionary knows, an English word in Devanagari: इंडियन आइडल, फ्रेंच गयाना;</li>
 *   <li>a person's name: a single-word name after a capitalised word that is no English word
 *       ("Elizabeth France"), a Hindi demonym after a word that may be a name and
 *       before a postposition or the end of the phrase (बोमन ईरानी ने, स्मृति ईरानी के);</li>
 *   <li>a country that shares its name with a US state ("Georgia") in US context: "state of",
 *       a US state or city or the US itself named within {@value #US_WINDOW} words. It stays the
 *       country when the text also has its demonym (Georgian, जॉर्जियाई) or lists it with other
 *       countries ("Ukraine and Georgia").</li>
 * </ul>
 */
final class CountryContext {

    /** A dictionary match, with its token range [from, to) and whether it is a demonym. */
    record Candidate(String code, int from, int to, boolean demonym, PhraseMatcher.Match<String> match) {}

    /** How many words around a shared name a US cue may be. */
    static final int US_WINDOW = 60;

    private static final Set<String> LIST_WORDS = Set.of("and", "or", "और", "व", "तथा", "एवं");

    private final CountryContextFile.Words words;
    private final UsPlaces usPlaces;
    private final Vocabulary vocabulary;
    /** Codes whose name is also a US state's (GE). */
    private final Set<String> sharedWithUsStates;

    CountryContext(
            CountryContextFile.Words words, UsPlaces usPlaces, Vocabulary vocabulary, Set<String> sharedWithUsStates) {
        this.words = words;
        this.usPlaces = usPlaces;
        this.vocabulary = vocabulary;
        this.sharedWithUsStates = Set.copyOf(sharedWithUsStates);
    }

    /** The candidates that mean their country, as mentions. */
    List<CountryMention> keep(TokenizedText text, List<Candidate> candidates) {
        Scan scan = new Scan(text, candidates);
        List<CountryMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!scan.partOfSomethingElse(c)) {
                out.add(new CountryMention(
                        c.code(), c.match().start(), c.match().end(), c.match().text()));
            }
        }
        return out;
    }

    /** One text's tokens and candidates, and the US cues in it, found only when needed. */
    private final class Scan {
        private final TokenizedText tokenized;
        private final String text;
        private final List<Token> tokens;
        private final List<Candidate> candidates;
        /** Token indexes where a candidate starts, and where one ends (its last token). */
        private final BitSet starts = new BitSet();

        private final BitSet ends = new BitSet();
        private int[] usCueTokens;

        Scan(TokenizedText tokenized, List<Candidate> candidates) {
            this.tokenized = tokenized;
            this.text = tokenized.text();
            this.tokens = tokenized.tokens();
            this.candidates = candidates;
            for (Candidate c : candidates) {
                starts.set(c.from());
                ends.set(c.to() - 1);
            }
        }

        boolean partOfSomethingElse(Candidate c) {
            boolean latin = isLatin(tokens.get(c.from()).text());
            if (c.demonym()) {
                if (latin
                        ? insideEnglishName(c) || afterOrganisationOf(c)
                        : insideHindiName(c) || loanBeforeEnglishWord(c)) {
                    return true;
                }
            }
            if (latin ? englishPersonName(c) : c.demonym() && hindiPersonName(c)) {
                return true;
            }
            return !c.demonym() && sharedWithUsStates.contains(c.code()) && meansUsState(c);
        }

        /**
         * "Swiss Re", "Indian Ocean": a run of capitalised ordinary words follows, with no state word
         * in it or right after it ("German Economy minister"). A run with a word that is no English
         * word is a person or firm the demonym describes: "Swiss Xstrata", "Iraqi Salam Pax".
         */
        private boolean insideEnglishName(Candidate c) {
            int i = c.to();
            if (i >= tokens.size()
                    || !joined(i - 1, i)
                    || !titleCase(tokens.get(i).text())
                    || titleCaseLine(c)) {
                return false;
            }
            for (int end = Math.min(tokens.size(), c.to() + 4);
                    i < end && joined(i - 1, i) && titleCase(tokens.get(i).text());
                    i++) {
                String t = tokens.get(i).text();
                if (words.is(Kind.ORGAN, t) || !vocabulary.isOrdinaryEnglish(t.toLowerCase(Locale.ROOT), false)) {
                    return false;
                }
            }
            return !(i < tokens.size()
                    && joined(i - 1, i)
                    && words.is(Kind.ORGAN, tokens.get(i).text()));
        }

        /** "Association of British Insurers". */
        private boolean afterOrganisationOf(Candidate c) {
            int i = c.from() - 1;
            if (i >= 1 && tokens.get(i).text().equals("the") && joined(i - 1, i)) {
                i--;
            }
            return i >= 1
                    && tokens.get(i).text().equals("of")
                    && joined(i, i + 1)
                    && joined(i - 1, i)
                    && capitalised(tokens.get(i - 1).text())
                    && words.is(Kind.ORG_HEAD, tokens.get(i - 1).text());
        }

        /** भारतीय जनता पार्टी: one to four more words, no postposition, then an organisation's head word. */
        private boolean insideHindiName(Candidate c) {
            for (int k = 1; k <= 5; k++) {
                int i = c.to() + k - 1;
                if (i >= tokens.size() || !joined(i - 1, i)) {
                    return false;
                }
                String t = tokens.get(i).text();
                if (isLatin(t) || words.is(Kind.PARTICLE, t) || startsCandidate(i)) {
                    return false;
                }
                if (k >= 2 && words.is(Kind.ORG_HEAD, t)) {
                    return true;
                }
            }
            return false;
        }

        /** इंडियन आइडल: a borrowed demonym before an English word in Devanagari. */
        private boolean loanBeforeEnglishWord(Candidate c) {
            int i = c.to();
            if (!words.is(Kind.LOAN, c.match().text()) || i >= tokens.size() || !joined(i - 1, i)) {
                return false;
            }
            String next = tokens.get(i).text();
            // An English plural (हैकर्स "hackers") is a common noun the demonym describes: चाइनीज हैकर्स.
            return !isLatin(next)
                    && !Character.isDigit(next.codePointAt(0))
                    && !words.is(Kind.PARTICLE, next)
                    && !words.is(Kind.ORGAN, next)
                    && !startsCandidate(i)
                    && !vocabulary.isKnownHindi(next)
                    && !next.endsWith("\u094d\u0938");
        }

        /** "Elizabeth France": a one-word name after a capitalised word that is no English word. */
        private boolean englishPersonName(Candidate c) {
            int p = c.from() - 1;
            if (c.to() - c.from() != 1 || p < 0 || !joined(p, c.from()) || endsCandidate(p) || titleCaseLine(c)) {
                return false;
            }
            String prev = tokens.get(p).text();
            return titleCase(prev)
                    && !words.is(Kind.ORGAN, prev)
                    && !vocabulary.isOrdinaryEnglish(prev.toLowerCase(Locale.ROOT), false);
        }

        /**
         * बोमन ईरानी ने, स्मृति ईरानी के: a demonym used as a surname, after a word that may be a
         * name (the lexicon does not know it as an ordinary word) and before a postposition or
         * punctuation, where an adjective would be before its noun.
         */
        private boolean hindiPersonName(Candidate c) {
            int p = c.from() - 1;
            if (c.to() - c.from() != 1 || p < 0 || !joined(p, c.from()) || endsCandidate(p)) {
                return false;
            }
            String prev = tokens.get(p).text();
            // A plural (भारतीयों, "Indians") is the people, never a surname: साथी भारतीयों.
            if (isLatin(prev)
                    || Character.isDigit(prev.codePointAt(0))
                    || vocabulary.isOrdinaryHindi(prev)
                    || words.is(Kind.PARTICLE, prev)
                    || words.is(Kind.ORGAN, prev)
                    || c.match().text().endsWith("ों")) {
                return false;
            }
            int n = c.to();
            if (n >= tokens.size()) {
                return true;
            }
            // A label before a colon ("मुख्यभूमि चीनी :") is no name.
            String gap = text.substring(tokens.get(n - 1).end(), tokens.get(n).start());
            return joined(n - 1, n) ? words.is(Kind.PARTICLE, tokens.get(n).text()) : gap.indexOf(':') < 0;
        }

        /** "a US woman ... from Georgia": named as a country nowhere, and a US cue is near. */
        private boolean meansUsState(Candidate c) {
            if (listedWithOtherCountries(c)) {
                return false;
            }
            for (Candidate other : candidates) {
                if (other.code().equals(c.code()) && other.demonym()) {
                    return false; // "Georgian", जॉर्जियाई: no US state has a demonym in news
                }
            }
            if (stateOf(c)) {
                return true;
            }
            for (int cue : usCues()) {
                if (Math.abs(cue - c.from()) <= US_WINDOW) {
                    return true;
                }
            }
            return false;
        }

        private boolean listedWithOtherCountries(Candidate c) {
            for (Candidate o : candidates) {
                if (o.code().equals(c.code()) || o.code().equals("US")) {
                    continue;
                }
                int gapFrom = o.to() <= c.from() ? o.to() : c.to();
                int gapTo = o.to() <= c.from() ? c.from() : o.from();
                if (gapTo >= gapFrom
                        && gapTo - gapFrom <= 1
                        && (gapTo == gapFrom
                                || LIST_WORDS.contains(
                                        tokens.get(gapFrom).text().toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
            return false;
        }

        private boolean stateOf(Candidate c) {
            int f = c.from();
            boolean before = f >= 2
                    && tokens.get(f - 2).text().equalsIgnoreCase("state")
                    && tokens.get(f - 1).text().equals("of");
            String next = c.to() < tokens.size() ? tokens.get(c.to()).text() : "";
            return before || next.equalsIgnoreCase("state") || next.equals("राज्य");
        }

        /** Token indexes where the text names the US or a US state or city (not a shared name itself). */
        private int[] usCues() {
            if (usCueTokens == null) {
                List<Integer> at = new ArrayList<>();
                for (Candidate o : candidates) {
                    if (o.code().equals("US")) {
                        at.add(o.from());
                    }
                }
                for (PhraseMatcher.Match<String> m : usPlaces.findAll(tokenized)) {
                    if (!isSharedName(m)) {
                        at.add(tokenAt(m.start()));
                    }
                }
                usCueTokens = at.stream().mapToInt(Integer::intValue).toArray();
            }
            return usCueTokens;
        }

        private boolean isSharedName(PhraseMatcher.Match<String> m) {
            for (Candidate o : candidates) {
                if (o.match().start() == m.start() && sharedWithUsStates.contains(o.code())) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsCandidate(int tokenIndex) {
            return starts.get(tokenIndex);
        }

        private boolean endsCandidate(int tokenIndex) {
            return ends.get(tokenIndex);
        }

        /** Whether only spaces (no line break, no punctuation) separate token a from token b. */
        private boolean joined(int a, int b) {
            for (int i = tokens.get(a).end(); i < tokens.get(b).start(); i++) {
                char ch = text.charAt(i);
                if (ch != ' ' && ch != '\u00a0' && ch != '\t') {
                    return false;
                }
            }
            return true;
        }

        /**
         * A headline in Title Case or a line in capitals: capitals there say nothing about names.
         * Judged on the line's words within a dozen of the mention: a headline is short, and a
         * huge one-line body must not cost a scan of the whole line per mention.
         */
        private boolean titleCaseLine(Candidate c) {
            int words = 0;
            int caps = 0;
            for (int i = c.from();
                    i >= Math.max(0, c.from() - 12) && (i == c.from() || !newlineBetween(i, i + 1));
                    i--) {
                words += isLongWord(i) ? 1 : 0;
                caps += isLongWord(i) && capitalised(tokens.get(i).text()) ? 1 : 0;
            }
            for (int i = c.from() + 1; i < Math.min(tokens.size(), c.to() + 12) && !newlineBetween(i - 1, i); i++) {
                words += isLongWord(i) ? 1 : 0;
                caps += isLongWord(i) && capitalised(tokens.get(i).text()) ? 1 : 0;
            }
            return words >= 3 && caps * 4 >= words * 3;
        }

        private boolean isLongWord(int i) {
            String t = tokens.get(i).text();
            return t.length() >= 4 && isLatin(t);
        }

        private boolean newlineBetween(int a, int b) {
            return text.substring(tokens.get(a).end(), tokens.get(b).start()).indexOf('\n') >= 0;
        }

        /** The index of the first token starting at or after {@code offset}. */
        private int tokenAt(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static boolean isLatin(String token) {
        int cp = token.codePointAt(0);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static boolean capitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }

    /** "Elizabeth", not "ELIZABETH" or "elizabeth". */
    private static boolean titleCase(String token) {
        return token.length() >= 2
                && Character.isUpperCase(token.codePointAt(0))
                && token.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }
}
