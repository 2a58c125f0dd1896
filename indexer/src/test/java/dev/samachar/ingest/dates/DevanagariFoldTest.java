package dev.samachar.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevanagariFoldTest {

    @ParameterizedTest(name = "{2}: {0} = {1}")
    @CsvSource({
        "फ़रवरी, फरवरी, nukta dropped (decomposed)",
        "\u095Eरवरी, फरवरी, nukta dropped (precomposed letter)",
        "अक्\u200Dटूबर, अक्तूबर, ZWJ dropped",
        "अक्\u200Cटूबर, अक्तूबर, ZWNJ dropped",
        "सितम्बर, सितंबर, म + virama before consonant = anusvara",
        "नवम्बर, नवंबर, म + virama before consonant = anusvara",
        "हिन्दी, हिंदी, न + virama before consonant = anusvara",
        "गङ्गा, गंगा, ङ + virama before consonant = anusvara",
        "चाँद, चांद, candrabindu = anusvara",
        "अक्टूबर, अक्तूबर, ट folded onto त"
    })
    void foldsVariantsTogether(String variant, String expected, String rule) {
        assertEquals(DevanagariFold.fold(expected), DevanagariFold.fold(variant), rule);
        assertEquals(expected, DevanagariFold.fold(variant), rule);
    }

    @Test
    void nasalRuleNeedsAFollowingConsonant() {
        assertEquals("वाङ्", DevanagariFold.fold("वाङ्"));
        assertEquals("नमक", DevanagariFold.fold("नमक"));
        // The rule ignores pronunciation (अन्य folds too): the fold only serves matching.
        assertEquals("अंय", DevanagariFold.fold("अन्य"));
    }

    @Test
    void latinTextIsOnlyLowerCased() {
        assertEquals("october", DevanagariFold.fold("October"));
    }
}
