package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HindiNormalizerTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // rule, input, expected
                Arguments.of("nasal cluster ण्ड", "पण्डित", "पंडित"),
                Arguments.of("nasal cluster म्ब, न्ध", "सम्बन्ध", "संबंध"),
                Arguments.of("nasal cluster न्द", "हिन्दी", "हिंदी"),
                Arguments.of("nasal cluster ङ्क", "अङ्क", "अंक"),
                Arguments.of("nasal cluster ञ्च", "चञ्चल", "चंचल"),
                Arguments.of("nasal cluster, non-homorganic न्ट", "सेन्टर", "सेंटर"),
                Arguments.of("nasal + virama at word end kept", "जगन्", "जगन्"),
                Arguments.of("anusvara spelling unchanged", "पंडित", "पंडित"),
                Arguments.of("candrabindu", "हाँ", "हां"),
                Arguments.of("candrabindu in a name", "सिँह", "सिंह"),
                Arguments.of(
                        "nukta, combining",
                        "\u0915\u091C\u093C\u093E\u0915\u093F\u0938\u094D\u0924\u093E\u0928",
                        "कजाकिस्तान"),
                Arguments.of(
                        "nukta, precomposed ज़ U+095B",
                        "\u0915\u095B\u093E\u0915\u093F\u0938\u094D\u0924\u093E\u0928",
                        "कजाकिस्तान"),
                Arguments.of("nukta, precomposed क़ U+0958", "\u0958", "क"),
                Arguments.of("nukta, precomposed फ़ U+095E", "\u095Eिल्म", "फिल्म"),
                Arguments.of("nukta, ड़ to ड", "सड़क", "सडक"),
                Arguments.of("nukta, ऱ U+0931", "\u0931", "र"),
                Arguments.of("nukta before a nasal cluster", "इन्ज़माम", "इंजमाम"),
                Arguments.of("chandra o sign", "डॉक्टर", "डोक्टर"),
                Arguments.of("chandra e sign", "बॅट", "बेट"),
                Arguments.of("independent chandra o", "ऑस्ट्रेलिया", "ओस्ट्रेलिया"),
                Arguments.of("independent chandra e", "ऍक्शन", "एक्शन"),
                Arguments.of("short o sign (South Indian names)", "कॊच्चि", "कोच्चि"),
                Arguments.of("ZWJ removed", "क्\u200Dष", "क्ष"),
                Arguments.of("ZWNJ removed, then nasal cluster", "सम्\u200Cबन्ध", "संबंध"),
                Arguments.of("Devanagari digits", "२०२४", "2024"),
                Arguments.of("digits inside a word", "१२वीं", "12वीं"),
                Arguments.of("virama kept", "कर्ता", "कर्ता"),
                Arguments.of("vowel length kept, long ी", "सीतारमण", "सीतारमण"),
                Arguments.of("vowel length kept, long ू", "शोइगू", "शोइगू"),
                Arguments.of("independent long vowels kept", "आदी", "आदी"),
                Arguments.of("Latin untouched, case too", "Kazakhstan", "Kazakhstan"),
                Arguments.of("empty", "", ""));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("rows")
    void normalizes(String rule, String input, String expected) {
        assertEquals(expected, HindiNormalizer.normalize(input), rule);
    }

    @Test
    void variantsMeet() {
        assertEquals(HindiNormalizer.normalize("पण्डित"), HindiNormalizer.normalize("पंडित"));
        assertEquals(HindiNormalizer.normalize("सम्बन्ध"), HindiNormalizer.normalize("संबंध"));
        assertEquals(HindiNormalizer.normalize("हिन्दी"), HindiNormalizer.normalize("हिंदी"));
        assertEquals(HindiNormalizer.normalize("\u0958"), HindiNormalizer.normalize("\u0915\u093C"));
        for (char c = '\u0958'; c <= '\u095F'; c++) {
            String precomposed = String.valueOf(c);
            String combining = com.ibm.icu.text.Normalizer2.getNFDInstance().normalize(precomposed);
            assertEquals(
                    HindiNormalizer.normalize(combining),
                    HindiNormalizer.normalize(precomposed),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void meaningfulDistinctionsStay() {
        assertNotEquals(HindiNormalizer.normalize("करता"), HindiNormalizer.normalize("कर्ता"));
        assertNotEquals(HindiNormalizer.normalize("आदि"), HindiNormalizer.normalize("आदी"));
        assertNotEquals(HindiNormalizer.normalize("अता"), HindiNormalizer.normalize("आता"));
        assertNotEquals(HindiNormalizer.normalize("कुल"), HindiNormalizer.normalize("कूल"));
    }

    @Test
    void inPlaceFormMatchesStringForm() {
        String nfc = HindiNormalizer.nfc("सम्\u200Cबन्ध डॉक्टर १२");
        char[] buf = (nfc + "xyz").toCharArray();
        int len = HindiNormalizer.normalizeNfc(buf, nfc.length());
        assertEquals(HindiNormalizer.normalize(nfc), new String(buf, 0, len));
    }

    @Test
    void isNfcAgreesWithIcuOnEveryShortDevanagariString() {
        // isNfc decides Latin-1 and Devanagari tokens from its own tables; every string of up to
        // three chars of the block, the joiners, a Latin letter and a combining acute must get ICU's answer.
        com.ibm.icu.text.Normalizer2 icu = com.ibm.icu.text.Normalizer2.getNFCInstance();
        StringBuilder alphabet = new StringBuilder("a\u0301\u200C\u200D");
        for (char c = '\u0900'; c < '\u0980'; c++) {
            alphabet.append(c);
        }
        int n = alphabet.length();
        int notNfc = 0;
        char[] s = new char[3];
        for (int length = 1; length <= 3; length++) {
            for (int code = 0; code < Math.pow(n, length); code++) {
                for (int i = 0, rest = code; i < length; i++, rest /= n) {
                    s[i] = alphabet.charAt(rest % n);
                }
                String text = new String(s, 0, length);
                boolean expected = icu.isNormalized(text);
                notNfc += expected ? 0 : 1;
                assertEquals(
                        expected,
                        HindiNormalizer.isNfc(text),
                        () -> "isNfc of "
                                + text.chars()
                                        .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
                                        .toList());
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(notNfc > 1000, "the alphabet has non-NFC strings: " + notNfc);
    }
}
