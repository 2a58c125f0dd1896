package dev.samachar.synonyms;

import dev.samachar.analysis.LooseLatin;
import dev.samachar.analysis.Romaniser;
import dev.samachar.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Proposes transliteration groups from the corpus itself: capitalised Latin names of English
 * articles paired with Devanagari words of Hindi articles whose romanised loose forms are equal
 * (or one edit apart for long names). Scored by how alike the forms are, whether the two spellings
 * occur in articles of the same day or about the same countries and people, and how often they
 * occur. Names already known (gazetteer, countries) are left out: the point is what is new. So are
 * ordinary words of either language ({@link OrdinaryWords}), Devanagari words the Hindi articles use as
 * modifiers or verb complements ({@link HindiUsage}), and capitalised words WordNet knows as adjectives or kinds
 * of person ({@link CommonCapitalisedWords}) unless the English articles use them as a person's name
 * ({@link EnglishUsage}): a group is a name in both scripts. A Devanagari word that is a common noun only by
 * its lexicon plural stays when the Hindi articles use it as the first word of names and never inflect it.
 * Acronyms spelt out in Devanagari ({@link SpelledOutLetters}) never pair, and a pair must be used alike in
 * both scripts (a Hindi adjective, {@link HindiAdjectives}, or a word fixed before a known name: see
 * {@code usedAlike}). docs/synonyms.md has the rules and their figures on real text.
 */
public final class SynonymMiner {

    /** Shorter loose forms collide by chance across languages (docs/research.md#consonant-skeleton-key). */
    static final int MIN_LOOSE_LENGTH = 5;
    /** One edit only for long forms: "Sitaram" and सीतारमण (sitarman) are one edit apart and different people. */
    static final int FUZZY_MIN_LENGTH = 8;

    private final Predicate<String> known;
    private final OrdinaryWords ordinary;
    private final CommonCapitalisedWords commonCapitalised = CommonCapitalisedWords.defaults();
    private final HindiAdjectives adjectives = HindiAdjectives.defaults();
    private final Romaniser romaniser = new Romaniser();

    /** @param known true for a spelling that a gazetteer or country table already covers */
    public SynonymMiner(Predicate<String> known) {
        this(known, OrdinaryWords.defaults());
    }

    /** @param ordinary says which words are ordinary words of their language, never suggested as names */
    public SynonymMiner(Predicate<String> known, OrdinaryWords ordinary) {
        this.known = known;
        this.ordinary = ordinary;
    }

    private record Occurrences(Set<String> docs, Set<String> days, Set<String> context, List<String> examples) {
        Occurrences() {
            this(new HashSet<>(), new HashSet<>(), new HashSet<>(), new ArrayList<>());
        }

        void add(CorpusDoc doc, String spelling) {
            if (docs.add(doc.id())) {
                if (doc.day() != null) {
                    days.add(doc.day());
                }
                context.addAll(doc.context());
                if (examples.size() < 2) {
                    examples.add(doc.file() + ": " + spelling);
                }
            }
        }
    }

    public List<SuggestedGroup> suggest(List<CorpusDoc> corpus) {
        Map<String, Occurrences> latin = new HashMap<>();
        Map<String, Occurrences> devanagari = new HashMap<>();
        Set<String> lowerCaseWords = new HashSet<>();
        HindiUsage usage = new HindiUsage(ordinary);
        EnglishUsage englishUsage = new EnglishUsage(ordinary, commonCapitalised);
        for (CorpusDoc doc : corpus) {
            List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(doc.text());
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).text();
                if (isDevanagari(word)) {
                    if ("hi".equals(doc.lang()) && word.length() >= 3) {
                        devanagari.computeIfAbsent(word, w -> new Occurrences()).add(doc, word);
                        usage.add(doc.text(), tokens, i);
                    }
                } else if (Character.isLowerCase(word.charAt(0))) {
                    lowerCaseWords.add(word);
                } else if ("en".equals(doc.lang()) && isCapitalisedName(word)) {
                    latin.computeIfAbsent(word, w -> new Occurrences()).add(doc, word);
                    englishUsage.add(doc.text(), tokens, i);
                }
            }
        }
        // A word also written in lower case is a common word at the start of a sentence, not a name.
        latin.keySet()
                .removeIf(word -> lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))
                        || known.test(word)
                        || ordinary.isOrdinaryLatin(word)
                        || (commonCapitalised.contains(word) && !englishUsage.usedAsPersonName(word)));
        Set<String> hindiWords = Set.copyOf(devanagari.keySet());
        devanagari
                .keySet()
                .removeIf(word -> known.test(word)
                        || SpelledOutLetters.isAcronym(word)
                        || ordinary.isOrdinaryHindiForm(word)
                        || (ordinary.hasCommonNounPlural(word) && !usedAsAName(word, hindiWords, usage))
                        || usage.modifiesOrComplements(word));

        Map<String, List<String>> devanagariByLoose = new HashMap<>();
        for (String word : devanagari.keySet()) {
            for (String loose : looseForms(word)) {
                if (loose.length() >= MIN_LOOSE_LENGTH) {
                    devanagariByLoose
                            .computeIfAbsent(loose, k -> new ArrayList<>())
                            .add(word);
                }
            }
        }

        List<SuggestedGroup> groups = new ArrayList<>();
        for (var entry : latin.entrySet()) {
            String loose = LooseLatin.normalize(entry.getKey().toLowerCase(Locale.ROOT));
            if (loose.length() < MIN_LOOSE_LENGTH) {
                continue;
            }
            Map<String, Boolean> matches = new LinkedHashMap<>();
            for (var candidate : devanagariByLoose.entrySet()) {
                if (candidate.getKey().equals(loose)) {
                    candidate.getValue().forEach(w -> matches.put(w, true));
                } else if (loose.length() >= FUZZY_MIN_LENGTH && oneEdit(loose, candidate.getKey())) {
                    candidate.getValue().forEach(w -> matches.putIfAbsent(w, false));
                }
            }
            matches.keySet().removeIf(word -> !usedAlike(entry.getKey(), word, englishUsage, usage));
            if (!matches.isEmpty()) {
                groups.add(group(entry.getKey(), entry.getValue(), matches, devanagari));
            }
        }
        groups.sort(Comparator.comparingDouble(SuggestedGroup::score).reversed().thenComparing(SuggestedGroup::latin));
        return groups;
    }

    /**
     * Whether the articles use the two spellings alike, beyond spelling them alike.
     *
     * <ul>
     *   <li>A Hindi adjective (दैनिक "daily") names something only when the English articles use its Latin
     *       twin as a person's name.
     *   <li>A Devanagari word fixed before a name the data knows is one part of a longer name built on it (वंदे
     *       भारत, न्यू दिल्ली): it pairs only with a Latin word the English articles put before a spelling of
     *       the same name (not Wanda, which they never put before Bharat).
     * </ul>
     */
    private boolean usedAlike(String latin, String devanagari, EnglishUsage englishUsage, HindiUsage hindiUsage) {
        if (adjectives.contains(devanagari) && !englishUsage.usedAsPersonName(latin)) {
            return false;
        }
        Optional<String> next = hindiUsage.fixedNextWord(devanagari).filter(known);
        if (next.isEmpty()) {
            return true;
        }
        Set<String> nextLoose = looseForms(next.get());
        return englishUsage.wordsAfter(latin).stream()
                .anyMatch(word -> nextLoose.contains(LooseLatin.normalize(word.toLowerCase(Locale.ROOT))));
    }

    /** The loose forms of a Devanagari word, romanised with and without schwa deletion. */
    private Set<String> looseForms(String devanagari) {
        var romanised = romaniser.romanise(devanagari);
        return Set.copyOf(List.of(
                LooseLatin.normalize(romanised.withSchwaDeletion()),
                LooseLatin.normalize(romanised.withoutSchwaDeletion())));
    }

    /**
     * A word the lexicon knows as a common noun (कमल "lotus", मार्शल "marshal") that these articles use as a name:
     * never in an oblique plural, and mostly as the first word of a name (कमल पटेल, मार्शल द्वीपसमूह).
     */
    private static boolean usedAsAName(String word, Set<String> hindiWords, HindiUsage usage) {
        return OrdinaryWords.pluralCandidates(word).stream().noneMatch(hindiWords::contains) && usage.startsNames(word);
    }

    private static SuggestedGroup group(
            String latin, Occurrences latinSeen, Map<String, Boolean> matches, Map<String, Occurrences> devanagari) {
        boolean allExact = !matches.containsValue(false);
        Set<String> hindiDays = new HashSet<>();
        Set<String> hindiContext = new HashSet<>();
        int hindiDocs = 0;
        List<String> examples = new ArrayList<>(latinSeen.examples());
        for (String word : matches.keySet()) {
            Occurrences seen = devanagari.get(word);
            hindiDays.addAll(seen.days());
            hindiContext.addAll(seen.context());
            hindiDocs += seen.docs().size();
            examples.addAll(
                    seen.examples().subList(0, Math.min(1, seen.examples().size())));
        }
        boolean sameDay = hindiDays.stream().anyMatch(latinSeen.days()::contains);
        boolean sharedContext = hindiContext.stream().anyMatch(latinSeen.context()::contains);
        double similarity = allExact ? 1.0 : 0.8;
        double cooccurrence = sameDay ? 1.0 : sharedContext ? 0.6 : 0.0;
        double frequency = Math.min(1.0, (latinSeen.docs().size() + hindiDocs) / 4.0);
        double score = Math.round((0.5 * similarity + 0.3 * cooccurrence + 0.2 * frequency) * 100) / 100.0;
        String why = (allExact ? "same loose form" : "loose forms one edit apart")
                + (sameDay
                        ? ", seen on the same day"
                        : sharedContext ? ", articles about the same countries/people" : "")
                + ", " + (latinSeen.docs().size() + hindiDocs) + " articles";
        return new SuggestedGroup(latin, List.copyOf(new TreeSet<>(matches.keySet())), score, why, examples);
    }

    static boolean isCapitalisedName(String word) {
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDevanagari(String word) {
        return word.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);
    }

    /** Levenshtein distance exactly 1 (one insertion, deletion or substitution). */
    static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return true;
    }
}
