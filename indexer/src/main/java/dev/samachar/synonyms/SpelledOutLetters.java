package dev.samachar.synonyms;

import java.util.List;

/**
 * Devanagari words that spell Latin letters by their names, one after another: डीएनए (DNA), आईसीएमआर
 * (ICMR), एनडीए. Such a word is an acronym, whose English spelling is in capitals; the miner pairs only
 * capitalised names (Diane, Linda), so an acronym can only pair with one by chance.
 *
 * <p>The letter names are those Hindi writes for the English alphabet, with their common variants (एफ़,
 * डबल्यू, ज़ेड). Names are not strings of letter names: an independent vowel letter stands inside a
 * Devanagari word almost only where a letter name begins (एन·ए), while names write vowel signs (एलेक्स).
 */
final class SpelledOutLetters {

    private static final List<String> LETTER_NAMES = List.of(
            "ए", "बी", "सी", "डी", "ई", "एफ", "एफ़", "जी", "ज़ी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी",
            "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "डबल्यू", "एक्स", "वाई", "जेड", "ज़ेड");

    /** No acronym is this long; a longer token is not searched letter by letter. */
    private static final int MAX_LENGTH = 48;

    private SpelledOutLetters() {}

    /** Whether {@code word} is two or more letter names and nothing else. */
    static boolean isAcronym(String word) {
        return word.length() <= MAX_LENGTH && lettersFrom(word, 0) >= 2;
    }

    /** The most letter names that spell {@code word} from {@code start} to its end, or -1 if none do. */
    private static int lettersFrom(String word, int start) {
        if (start == word.length()) {
            return 0;
        }
        int best = -1;
        for (String letter : LETTER_NAMES) {
            if (word.startsWith(letter, start)) {
                int rest = lettersFrom(word, start + letter.length());
                if (rest >= 0) {
                    best = Math.max(best, rest + 1);
                }
            }
        }
        return best;
    }
}
