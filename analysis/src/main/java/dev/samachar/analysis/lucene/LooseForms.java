package dev.samachar.analysis.lucene;

import dev.samachar.analysis.CrossScriptReadings;
import dev.samachar.analysis.Exonyms;
import dev.samachar.analysis.HindiNormalizer;
import dev.samachar.analysis.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Every term the loose field indexes for one word: the cross-script match terms of a name, or
 * nothing for an ordinary word.
 *
 * <ul>
 *   <li><b>Who gets terms.</b> A word that {@link Vocabulary} knows as an ordinary word of its
 *       language (करने, पता, जहां; saying, same, when, and "Seen" capitalised at a sentence start)
 *       gets none, so no name can reach it across scripts and it reaches no name; exact and Hindi
 *       fields still match it in its own script. Names get terms: words the lexicons do not know,
 *       proper nouns (केरल, लखनऊ; Lucknow), words that are both (सिंह, "China" capitalised), and
 *       every Devanagari spelling of an exonym group.</li>
 *   <li><b>Which terms.</b> The {@link dev.samachar.analysis.PhoneticKey phonetic keys} of the
 *       word's {@link CrossScriptReadings readings}; for each key with at least
 *       {@value #MIN_SKELETON_CONSONANTS} consonants, its vowel skeleton ({@value #SKELETON_PREFIX}
 *       and the key with each run of vowels as "V": Debrecen / डिब्रेसीन are both "#dVbrVsVn"),
 *       since foreign names differ most in their vowels; and the word's exonym group terms
 *       ({@link Exonyms#groupTerms}). Short skeletons are left out: with two or three consonants
 *       they join different names (Patel / Patil, Kerala / Karauli).</li>
 * </ul>
 *
 * <p>The terms are then prefixed by script and side ({@link Side}, {@link Maker#prefixes}).
 *
 * @param terms  the terms; empty for an ordinary word
 * @param exonym for each term, whether it is an exonym group term (token type {@link ExonymFilter#TYPE})
 */
record LooseForms(char[][] terms, boolean[] exonym) {

    static final LooseForms NONE = new LooseForms(new char[0][], new boolean[0]);

    /** What starts a vowel-skeleton term. */
    static final String SKELETON_PREFIX = "#";
    /** Skeletons with fewer consonants are not indexed. */
    static final int MIN_SKELETON_CONSONANTS = 4;
    /** What starts a consonant-skeleton term. */
    static final String CONSONANTS_PREFIX = "%";
    /** Consonant skeletons with fewer consonants are not indexed. */
    static final int MIN_CONSONANT_SKELETON = 5;

    /**
     * Which side of a search the terms are for. The terms of a word differ by script and side so
     * that a name meets its spellings in the other script, and Latin spellings meet each other,
     * but two Hindi words meet only if a dictionary knows at most one of them (see {@link #terms}).
     */
    enum Side {
        INDEX,
        QUERY,
        /**
         * A query's terms with the ordinary words that may be names kept, for a search client to
         * offer as optional terms: every Hindi word, since Hindi has no capitals to tell the name
         * सोनी (Sony) from the word सोनी; and a capitalised English word (Hills, Upper, Rapids),
         * since a capital in a query is the user naming something. Such an English word looks for
         * Devanagari spellings only: documents index no terms for ordinary words, and its Latin
         * spellings are the exact tier's.
         */
        QUERY_EVERY_WORD
    }

    /** What starts the indexed terms of a Devanagari word. */
    static final String DEVANAGARI_PREFIX = "_";
    /** What starts the terms of a Devanagari spelling no Hindi dictionary knows. */
    static final String UNKNOWN_HINDI_PREFIX = "~";
    /**
     * What starts a Devanagari name's {@link HindiNormalizer} form, on both sides: its nukta and
     * anusvara spellings meet (सिंह / सिँह) where no Hindi field does it (portable mode).
     */
    static final String HINDI_SPELLING_PREFIX = "^";

    /** Computes the forms of one word after another; reuses its buffers, so one per thread. */
    static final class Maker {

        private final CrossScriptReadings readings = new CrossScriptReadings();
        private final Exonyms exonyms;
        private final Vocabulary vocabulary;
        private final List<String> terms = new ArrayList<>(8);
        private final List<Boolean> partner = new ArrayList<>(8);
        private final Side side;

        Maker(Exonyms exonyms, Vocabulary vocabulary) {
            this(exonyms, vocabulary, Side.INDEX);
        }

        Maker(Exonyms exonyms, Vocabulary vocabulary, Side side) {
            this.exonyms = exonyms;
            this.vocabulary = vocabulary;
            this.side = side;
        }

        /** The forms of {@code word}, which must be lower case already (as the analyser makes it). */
        LooseForms of(CharSequence word, boolean capitalised) {
            String w = word.toString();
            boolean devanagari = CrossScriptReadings.hasDevanagari(w);
            List<String> groups = exonyms.groupTerms(w);
            // "china" in lower case is porcelain; चीन is China whatever the lexicon says.
            boolean named = devanagari && (!groups.isEmpty() || side == Side.QUERY_EVERY_WORD);
            boolean ordinary = !named && isOrdinary(w, devanagari, capitalised);
            boolean offeredAsName = ordinary && side == Side.QUERY_EVERY_WORD && capitalised;
            if (ordinary && !offeredAsName) {
                return NONE;
            }
            List<String> bare = new ArrayList<>(readings.keys(w));
            for (String key : List.copyOf(bare)) {
                for (String skeleton : new String[] {skeleton(key), consonants(key)}) {
                    if (skeleton != null && !bare.contains(skeleton)) {
                        bare.add(skeleton);
                    }
                }
            }
            if (bare.isEmpty() && groups.isEmpty()) {
                return NONE;
            }
            terms.clear();
            partner.clear();
            List<String> prefixes = offeredAsName
                    ? List.of(DEVANAGARI_PREFIX)
                    : prefixes(devanagari, !devanagari || vocabulary.isKnownHindi(w));
            for (String prefix : prefixes) {
                for (String term : bare) {
                    add(prefix + term, false);
                }
                for (String group : groups) {
                    add(prefix + group, true);
                }
            }
            if (devanagari) {
                add(HINDI_SPELLING_PREFIX + HindiNormalizer.normalize(w), false);
            }
            char[][] chars = new char[terms.size()][];
            boolean[] exonym = new boolean[terms.size()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = terms.get(i).toCharArray();
                exonym[i] = partner.get(i);
            }
            return new LooseForms(chars, exonym);
        }

        /**
         * The prefixes a word's terms get, by script and side. A Latin word indexes its terms as they
         * are and queries them bare (Latin spellings) and with {@value #DEVANAGARI_PREFIX} (Devanagari
         * spellings). A Devanagari word indexes them with {@value #DEVANAGARI_PREFIX}, and with
         * {@value #UNKNOWN_HINDI_PREFIX} too when no dictionary knows it; it queries them bare
         * (Latin spellings) and, for Devanagari spellings, with {@value #DEVANAGARI_PREFIX} when no
         * dictionary knows it, else with {@value #UNKNOWN_HINDI_PREFIX}. So अंडा (egg) and अंधा
         * (blind), both words of record, never meet, while यरमेकबायेव and यरमेकबेयेव, spellings of a
         * foreign name, meet each other and the known spelling of a name (कजाकिस्तान). A Devanagari
         * word also gets its {@link HindiNormalizer} form ({@value #HINDI_SPELLING_PREFIX}) on both sides.
         */
        private List<String> prefixes(boolean devanagari, boolean known) {
            if (!devanagari) {
                return side == Side.INDEX ? List.of("") : List.of("", DEVANAGARI_PREFIX);
            }
            if (side == Side.INDEX) {
                return known ? List.of(DEVANAGARI_PREFIX) : List.of(DEVANAGARI_PREFIX, UNKNOWN_HINDI_PREFIX);
            }
            return List.of("", known ? UNKNOWN_HINDI_PREFIX : DEVANAGARI_PREFIX);
        }

        private boolean isOrdinary(String w, boolean devanagari, boolean capitalised) {
            boolean letters = devanagari;
            for (int i = 0; i < w.length() && !letters; i++) {
                letters = Character.isLetter(w.charAt(i));
            }
            if (!letters) {
                return false; // numbers match across scripts as they are
            }
            return devanagari
                    ? vocabulary.isOrdinaryHindi(w)
                    : vocabulary.isOrdinaryEnglish(Exonyms.spellingKey(w), capitalised);
        }

        private void add(String term, boolean isPartner) {
            if (!terms.contains(term)) {
                terms.add(term);
                partner.add(isPartner);
            }
        }
    }

    /**
     * The consonant skeleton term of a key: {@value #CONSONANTS_PREFIX}, a V if it starts with a
     * vowel, its consonants (a run of one consonant written once: tt as t), and a V if it ends
     * with a vowel; or null when it has fewer than {@value #MIN_CONSONANT_SKELETON} consonants. A
     * Devanagari conjunct has no vowel where the English spelling writes one (एब्ट्सफोर्ड /
     * Abbotsford "%btsfrd", बेट्सविले / Batesville), and Hindi keeps a schwa that English drops;
     * with five consonants or more, and the vowels at its ends, the consonants alone still tell
     * names apart, while four consonants merge too many distinct names (scripts/bench-names;
     * docs/analysis.md#how-cross-script-matching-works).
     */
    static String consonants(String key) {
        StringBuilder s = new StringBuilder(CONSONANTS_PREFIX);
        int consonants = 0;
        char previous = 0;
        if (!key.isEmpty() && isVowel(key.charAt(0))) {
            s.append('V');
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean consonant = c >= 'a' && c <= 'z' && !isVowel(c);
            if (consonant && c != previous) {
                s.append(c);
                consonants++;
            }
            previous = c;
        }
        if (!key.isEmpty() && isVowel(key.charAt(key.length() - 1))) {
            s.append('V');
        }
        return consonants >= MIN_CONSONANT_SKELETON ? s.toString() : null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The vowel skeleton term of a key, or null when it has too few consonants. */
    static String skeleton(String key) {
        StringBuilder s = new StringBuilder(SKELETON_PREFIX);
        int consonants = 0;
        boolean inVowels = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean vowel = isVowel(c);
            if (vowel) {
                if (!inVowels) {
                    s.append('V');
                }
            } else {
                s.append(c);
                if (c >= 'a' && c <= 'z') {
                    consonants++;
                }
            }
            inVowels = vowel;
        }
        return consonants >= MIN_SKELETON_CONSONANTS ? s.toString() : null;
    }
}
