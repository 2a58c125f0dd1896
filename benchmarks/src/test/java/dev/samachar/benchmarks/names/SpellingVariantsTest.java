package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    @Test
    void nukta() {
        assertTrue(SpellingVariants.variants("ज़रा", "जरा")); // ज + U+093C
        assertTrue(SpellingVariants.variants("\u095B\u0930\u093E", "जरा")); // precomposed ज़
        assertTrue(SpellingVariants.variants("\u095E\u094B\u0928", "फोन")); // precomposed फ़
        assertTrue(SpellingVariants.variants("पढ़ना", "पढना"));
    }

    @Test
    void candrabinduAndNasalClusters() {
        assertTrue(SpellingVariants.variants("अँगरेज़ी", "अंगरेजी"));
        assertTrue(SpellingVariants.variants("पण्डित", "पंडित"));
        assertTrue(SpellingVariants.variants("सम्बन्ध", "संबंध"));
        assertTrue(SpellingVariants.variants("हिन्दी", "हिंदी"));
        assertTrue(
                SpellingVariants.variants("सेन्टर", "सेंटर"), "any consonant after the nasal, not only its own class");
        assertEquals("जन्", SpellingVariants.key("जन्"), "a final virama stays: no consonant follows");
    }

    @Test
    void joinersAndChandraVowels() {
        assertTrue(SpellingVariants.variants("क्\u200Dष", "क्ष"));
        assertTrue(SpellingVariants.variants("कॉलेज", "कोलेज"));
        assertTrue(SpellingVariants.variants("बैंक", "बैंक"));
        assertTrue(SpellingVariants.variants("कॅम्प", "केंप"));
        assertTrue(SpellingVariants.variants("ऑफिस", "ओफिस"));
    }

    @Test
    void differentWordsStayApart() {
        assertFalse(SpellingVariants.variants("करता", "कर्ता"), "virama is not a variant");
        assertFalse(SpellingVariants.variants("दिन", "दीन"), "vowel length is not a variant");
        assertFalse(SpellingVariants.variants("देश", "देशों"));
        assertFalse(SpellingVariants.variants("अंडा", "अड्डा"));
    }
}
