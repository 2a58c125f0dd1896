package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrdinaryWordsTest {

    private static final OrdinaryWords ORDINARY = OrdinaryWords.defaults();

    @Test
    void ordinaryWordsOfEitherLanguageAreRecognised() {
        for (String latin : List.of("Limited", "November", "Monday", "Company", "Minister")) {
            assertTrue(ORDINARY.isOrdinaryLatin(latin), latin);
        }
        // मंत्री and प्रदेश are noun lemmas, which the lexicon lists for given names too; their plurals decide
        for (String hindi : List.of("मंत्री", "नवंबर", "प्रदेश", "करते", "मैंने")) {
            assertTrue(ORDINARY.isOrdinaryDevanagari(hindi), hindi);
        }
    }

    @Test
    void namesAreNotOrdinary() {
        for (String latin : List.of("Lucknow", "Kairat", "Abdrakhmanov", "Astana", "Yermekbayev", "Gupta")) {
            assertFalse(ORDINARY.isOrdinaryLatin(latin), latin);
        }
        for (String hindi : List.of("कैरात", "अब्द्राखमानोव", "अस्ताना", "यरमेकबायेव", "गुप्ता")) {
            assertFalse(ORDINARY.isOrdinaryDevanagari(hindi), hindi);
        }
    }

    @Test
    void pluralsFollowTheEnding() {
        assertTrue(OrdinaryWords.pluralCandidates("मंत्री").contains("मंत्रियों"));
        assertTrue(OrdinaryWords.pluralCandidates("प्रदेश").contains("प्रदेशों"));
        assertTrue(OrdinaryWords.pluralCandidates("राजा").contains("राजों"));
        assertTrue(Set.copyOf(OrdinaryWords.pluralCandidates("माता")).contains("माताओं"));
    }

    @Test
    void pluralsOfCommonNounsWrittenWithACapitalAreOrdinary() {
        for (String latin : List.of("Democrats", "Republicans", "Communists")) {
            assertTrue(ORDINARY.isOrdinaryLatin(latin), latin);
        }
        // Surnames that look like plurals: of a name (William), of a word only in lower case (wale), of none
        for (String latin : List.of("Williams", "Wales", "Hopkins", "Texas", "Brussels")) {
            assertFalse(ORDINARY.isOrdinaryLatin(latin), latin);
        }
    }

    @Test
    void devanagariWordsEndingInAnObliquePluralAreOrdinary() {
        for (String hindi : List.of("परसों", "लोगों", "बिंदुओं")) {
            assertTrue(ORDINARY.isOrdinaryDevanagari(hindi), hindi);
        }
        assertFalse(OrdinaryWords.endsLikeAPlural("मुंबई"));
    }

    @Test
    void aSignTypedTwiceDoesNotHideAnOrdinaryWord() {
        assertTrue(ORDINARY.isOrdinaryHindiForm("देखेंं"), "देखें with its anusvara typed twice");
        assertTrue(ORDINARY.isOrdinaryHindiForm("हैंं"));
        assertFalse(ORDINARY.isOrdinaryHindiForm("अस्ताना"));
        assertEquals("देखें", OrdinaryWords.withoutRepeatedSigns("देखेंं"));
        assertEquals("कक्का", OrdinaryWords.withoutRepeatedSigns("कक्का"), "letters may repeat, signs may not");
    }

    @Test
    void aWordOfRecordWrittenTwiceOverIsOrdinary() {
        assertTrue(ORDINARY.isOrdinaryHindiForm("बारबार"), "बार-बार without its hyphen");
        assertTrue(ORDINARY.isOrdinaryHindiForm("धीरेधीरे"));
        assertFalse(ORDINARY.isOrdinaryHindiForm("टाटा"), "a repeated syllable is no repeated word");
    }
}
