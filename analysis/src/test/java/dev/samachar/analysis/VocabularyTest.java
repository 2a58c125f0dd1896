package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

    private static final Vocabulary DEFAULTS = Vocabulary.defaults();

    static Stream<Arguments> hindiRows() {
        return Stream.of(
                // word, ordinary, why
                Arguments.of("करने", true, "inflected verb (करना)"),
                Arguments.of("करते", true, "inflected verb"),
                Arguments.of("करना", true, "infinitive: a verb form as well as a noun"),
                Arguments.of("पर", true, "postposition, and a noun ('feather')"),
                Arguments.of("कर", true, "verb form, and a noun ('tax')"),
                Arguments.of("यादव", false, "only a noun's own form: may be the surname Yadav"),
                Arguments.of("पता", false, "a noun's own form: may be a name, so not ordinary"),
                Arguments.of("जहां", true, "adverb, anusvara spelling"),
                Arguments.of("जहाँ", true, "adverb, candrabindu spelling"),
                Arguments.of("वहां", true, "adverb"),
                Arguments.of("चिंता", false, "a noun's own form"),
                Arguments.of("संघ", false, "a noun's own form"),
                Arguments.of("संघों", true, "inflected noun"),
                Arguments.of("दीक्षित", false, "an adjective's own form, and the surname Dikshit"),
                // frequent in realnews-dev hi_covid
                Arguments.of("लोगों", true, "plural oblique noun"),
                Arguments.of("बातें", true, "plural noun"),
                Arguments.of("सरकारों", true, "inflected noun"),
                Arguments.of("अस्पतालों", true, "inflected noun"),
                Arguments.of("मरीजों", true, "plural oblique, written without nukta"),
                Arguments.of("बैठकों", true, "inflected noun"),
                Arguments.of("मजदूरों", true, "plural oblique noun"),
                Arguments.of("बढ़कर", true, "verbal adverb with nukta ड़"),
                Arguments.of("ज़रीए", true, "nukta spelling of the lexicon's जरीए"),
                Arguments.of("जरीए", true, "without nukta"),
                // names
                Arguments.of("केरल", false, "proper noun (place)"),
                Arguments.of("लखनऊ", false, "proper noun (place)"),
                Arguments.of("शर्मा", false, "proper noun (surname)"),
                Arguments.of("भारत", false, "proper noun (country)"),
                Arguments.of("सिंह", false, "surname as well as 'lion': any proper analysis wins"),
                Arguments.of("यरमेकबायेव", false, "foreign name the lexicon does not know"),
                Arguments.of("वुहान", false, "place the lexicon does not know"),
                Arguments.of("", false, "empty"));
    }

    @ParameterizedTest(name = "{0} ordinary={1}: {2}")
    @MethodSource("hindiRows")
    void hindi(String word, boolean ordinary, String why) {
        assertEquals(ordinary, DEFAULTS.isOrdinaryHindi(word), why);
    }

    @Test
    void hindiSpellingsMeet() {
        // Precomposed nukta letter (U+095C ड़) and combining nukta (ड + U+093C), both not NFC-stable.
        assertTrue(DEFAULTS.isOrdinaryHindi("ब\u095Cकर"));
        assertTrue(DEFAULTS.isOrdinaryHindi("ब\u0921\u093Cकर"));
        // ZWJ inside a conjunct is ignored like everywhere else.
        assertTrue(DEFAULTS.isOrdinaryHindi("लो\u200Dगों"));
        // A StringBuilder is as good as a String.
        assertTrue(DEFAULTS.isOrdinaryHindi(new StringBuilder("करने")));
    }

    static Stream<Arguments> englishRows() {
        return Stream.of(
                // word as lower-cased, capitalised in the text, ordinary
                Arguments.of("saying", false, true),
                Arguments.of("saying", true, true),
                Arguments.of("seen", false, true),
                Arguments.of("seen", true, true),
                Arguments.of("same", false, true),
                Arguments.of("same", true, true),
                Arguments.of("share", false, true),
                Arguments.of("share", true, true),
                Arguments.of("when", false, true),
                Arguments.of("when", true, true),
                Arguments.of("care", false, true),
                Arguments.of("care", true, true),
                Arguments.of("china", false, true),
                Arguments.of("china", true, false),
                Arguments.of("turkey", false, true),
                Arguments.of("turkey", true, false),
                Arguments.of("lucknow", false, false),
                Arguments.of("lucknow", true, false),
                Arguments.of("kerala", false, false),
                Arguments.of("kerala", true, false),
                Arguments.of("yermekbayev", false, false),
                Arguments.of("yermekbayev", true, false),
                Arguments.of("singh", true, false),
                Arguments.of("delhi", true, false),
                Arguments.of("", false, false));
    }

    @ParameterizedTest(name = "{0} capitalised={1} ordinary={2}")
    @MethodSource("englishRows")
    void english(String word, boolean capitalised, boolean ordinary) {
        assertEquals(ordinary, DEFAULTS.isOrdinaryEnglish(word, capitalised));
    }

    @Test
    void englishKeysAreFolded() {
        assertTrue(DEFAULTS.isOrdinaryEnglish("Seen", true), "upper case is folded");
        assertFalse(DEFAULTS.isOrdinaryEnglish("China", true));
        assertTrue(DEFAULTS.isOrdinaryEnglish("café", false), "diacritics are removed: cafe");
        assertTrue(DEFAULTS.isOrdinaryEnglish("cafe", false));
        assertFalse(DEFAULTS.isOrdinaryEnglish("don't", false), "no key has an apostrophe");
        assertFalse(DEFAULTS.isOrdinaryEnglish("करने", false), "Devanagari is never English");
        assertFalse(DEFAULTS.isOrdinaryHindi("seen"), "Latin is never Hindi");
    }

    @Test
    void defaultsAreLoadedOnceAndSized() {
        assertTrue(Vocabulary.defaults() == DEFAULTS);
        assertTrue(DEFAULTS.hindiSize() > 30_000, "Hindi keys: " + DEFAULTS.hindiSize());
        assertTrue(DEFAULTS.englishSize() > 50_000, "English keys: " + DEFAULTS.englishSize());
    }

    /**
     * The lists are keyed by the normaliser of the build that wrote them: a change to HindiNormalizer
     * without scripts/build-vocabulary would leave keys that no token looks up any more.
     */
    @Test
    void bundledHindiKeysAreInNormalForm() throws IOException {
        for (String resource : new String[] {Vocabulary.HINDI_RESOURCE, Vocabulary.HINDI_NAMES_RESOURCE}) {
            int stale = 0;
            String example = null;
            try (var in = new java.util.zip.GZIPInputStream(
                            Vocabulary.class.getClassLoader().getResourceAsStream(resource));
                    var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String key = lines.readLine(); key != null; key = lines.readLine()) {
                    if (!HindiNormalizer.normalize(key).equals(key)) {
                        stale++;
                        example = key;
                    }
                }
            }
            assertEquals(
                    0,
                    stale,
                    resource + " has keys the normaliser changes (e.g. " + example + "): run scripts/build-vocabulary");
        }
    }

    @Test
    void emptyKnowsNoWord() {
        Vocabulary empty = Vocabulary.empty();
        assertFalse(empty.isOrdinaryHindi("करने"));
        assertFalse(empty.isOrdinaryEnglish("seen", false));
        assertEquals(0, empty.hindiSize());
        assertEquals(0, empty.englishSize());
    }

    @Test
    void loadsTheResourceFormat() throws IOException {
        Vocabulary v = Vocabulary.load(gzip("करने\nजहां\n\nसेब\n"), gzip("apple\tP\nseen\n\nturkey\tP"));
        assertEquals(3, v.hindiSize());
        assertEquals(3, v.englishSize());
        assertTrue(v.isOrdinaryHindi("जहाँ"));
        assertTrue(v.isOrdinaryHindi("सेब"));
        assertFalse(v.isOrdinaryHindi("पता"));
        assertTrue(v.isOrdinaryEnglish("apple", false));
        assertFalse(v.isOrdinaryEnglish("apple", true));
        assertTrue(v.isOrdinaryEnglish("seen", true));
        assertFalse(v.isOrdinaryEnglish("turkey", true), "the last line needs no newline");
        assertFalse(v.isOrdinaryEnglish("same", false));
    }

    @Test
    void rejectsKeysOutsideAsciiAndDevanagari() {
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(gzip("ঢাকা\n"), gzip("")));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
