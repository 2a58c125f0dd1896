package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameKeyTest {

    private static final Romaniser ROMANISER = new Romaniser();

    static Stream<Arguments> rows() {
        return Stream.of(
                // rule, spelling (Latin, or Devanagari romanised without schwa deletion), key
                Arguments.of("vowels and y dropped", "Yermekbayev", "RNKBV"),
                Arguments.of("same key from Devanagari", "यरमेकबायेव", "RNKBV"),
                Arguments.of("same key, ye-", "येरमेकबायेव", "RNKBV"),
                Arguments.of("same key, -beyev", "यरमेकबेयेव", "RNKBV"),
                Arguments.of("kh: h dropped, z → j", "Kazakhstan", "KJKSTN"),
                Arguments.of("nukta z → j", "कज़ाकिस्तान", "KJKSTN"),
                Arguments.of("ज", "कजाकिस्तान", "KJKSTN"),
                Arguments.of("ख", "कजाखस्तान", "KJKSTN"),
                Arguments.of("th: h dropped", "Sitharaman", "STRMN"),
                Arguments.of("full romanisation", "सीतारमण", "STRMN"),
                Arguments.of("Rajnath", "Rajnath", "RJNT"),
                Arguments.of("राजनाथ", "राजनाथ", "RJNT"),
                Arguments.of("nasal class in the skeleton: mk", "Atamkulov", "TNKLV"),
                Arguments.of("nasal class, schwa in the romanisation", "अतामकुलोव", "TNKLV"),
                Arguments.of("anusvara and म्ब agree", "संबंध", "SNBND"),
                Arguments.of("म्ब", "सम्बन्ध", "SNBND"),
                Arguments.of("x → ks", "Dixit", "DKST"),
                Arguments.of("ksh", "दीक्षित", "DKST"),
                Arguments.of("ch → C", "Chandigarh", "CNDGR"),
                Arguments.of("च → C", "चंडीगढ़", "CNDGR"),
                Arguments.of("f → p", "फ़िनलैंड", "PNLND"),
                Arguments.of("w → v", "Manturov", "MNTRV"),
                Arguments.of("c → k", "Calcutta", "KLKT"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("rows")
    void keys(String rule, String spelling, String expected) {
        assertEquals(expected, NameKey.of(ROMANISER.romanise(spelling).withoutSchwaDeletion()), rule);
    }

    static Stream<Arguments> tooShort() {
        return Stream.of(
                Arguments.of("Russia"),
                Arguments.of("रूस"),
                Arguments.of("रस"),
                Arguments.of("Shoigu"),
                Arguments.of("शोइगू"),
                Arguments.of("Singh"),
                Arguments.of("सिंह"),
                Arguments.of("Modi"),
                Arguments.of("Sinha"),
                Arguments.of("2024"),
                Arguments.of(""));
    }

    @ParameterizedTest(name = "{0} has no key")
    @MethodSource("tooShort")
    void shortKeysAreNoKeys(String spelling) {
        assertNull(NameKey.of(ROMANISER.romanise(spelling).withoutSchwaDeletion()));
    }

    @org.junit.jupiter.api.Test
    void unromanisedScriptHasNoKey() {
        assertNull(NameKey.of("Москва"));
    }
}
