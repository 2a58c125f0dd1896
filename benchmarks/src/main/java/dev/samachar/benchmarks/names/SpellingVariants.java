package dev.samachar.benchmarks.names;

/**
 * Whether two Hindi words are spellings of one word, decided on a key of each independently of
 * Samachar's HindiNormalizer: two words are spelling variants when their keys are equal. The key
 * removes the nukta (U+093C, and the precomposed nukta letters क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़, U+0958–U+095F, become
 * their base letters), turns candrabindu (U+0901) into anusvara (U+0902), turns a nasal consonant
 * (ङ ञ ण न म) with virama before a consonant into anusvara (पण्डित = पंडित, सम्बन्ध = संबंध), removes
 * ZWJ and ZWNJ, and turns the chandra vowels into the plain ones (ॅ → े, ॉ → ो, ऍ → ए, ऑ → ओ).
 */
public final class SpellingVariants {

    private static final char VIRAMA = '\u094D';
    private static final char ANUSVARA = '\u0902';
    private static final String NUKTA_LETTERS =
            "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F"; // for U+0958..U+095F

    private SpellingVariants() {}

    public static boolean variants(String a, String b) {
        return key(a).equals(key(b));
    }

    public static String key(String word) {
        StringBuilder s = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u0958' && c <= '\u095F') {
                s.append(NUKTA_LETTERS.charAt(c - '\u0958'));
            } else if (c == '\u093C' || c == '\u200C' || c == '\u200D') {
                continue;
            } else if (c == '\u0901') {
                s.append(ANUSVARA);
            } else if (c == '\u0945') {
                s.append('\u0947');
            } else if (c == '\u0949') {
                s.append('\u094B');
            } else if (c == '\u090D') {
                s.append('\u090F');
            } else if (c == '\u0911') {
                s.append('\u0913');
            } else {
                s.append(c);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isNasal(c) && i + 2 < s.length() && s.charAt(i + 1) == VIRAMA && isConsonant(s.charAt(i + 2))) {
                out.append(ANUSVARA);
                i++; // the virama
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNasal(char c) {
        return c == '\u0919' || c == '\u091E' || c == '\u0923' || c == '\u0928' || c == '\u092E';
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0915' && c <= '\u0939';
    }
}
