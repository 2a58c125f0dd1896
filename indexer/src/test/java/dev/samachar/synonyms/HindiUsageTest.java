package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.analysis.WordTokenizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HindiUsageTest {

    private static HindiUsage usageOf(String word, String... sentences) {
        HindiUsage usage = new HindiUsage(OrdinaryWords.defaults());
        for (String sentence : sentences) {
            List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals(word)) {
                    usage.add(sentence, tokens, i);
                }
            }
        }
        return usage;
    }

    @Test
    void aWordBeforeVerbsIsAComplementNotAName() {
        HindiUsage usage = usageOf("साबित", "यह दवा कारगर साबित हुई।", "वह दोषी साबित होगा।", "यह सच साबित हुआ।");
        assertTrue(usage.modifiesOrComplements("साबित"));
    }

    @Test
    void aWordBeforePostpositionsPausesAndSurnamesIsNot() {
        HindiUsage usage = usageOf("पटेल", "पटेल ने कहा।", "अनुप्रिया पटेल, मंत्री", "कमल पटेल के साथ");
        assertFalse(usage.modifiesOrComplements("पटेल"));
        HindiUsage givenName = usageOf("रोहित", "रोहित कंसल ने कहा", "रोहित कुमार ने बताया", "रोहित कंसल के अनुसार");
        assertFalse(givenName.modifiesOrComplements("रोहित"));
    }

    @Test
    void tooFewUsesSayNothing() {
        assertFalse(usageOf("साबित", "कारगर साबित हुई", "दोषी साबित होगा").modifiesOrComplements("साबित"));
    }

    @Test
    void aWordMostlyBeforeAnotherNameStartsNames() {
        HindiUsage usage = usageOf("कमल", "मंत्री कमल पटेल ने कहा।", "कमल पटेल के साथ", "कमल विहार में");
        assertTrue(usage.startsNames("कमल"));
        HindiUsage noun = usageOf("निशान", "शेयर लाल निशान पर खुले", "बाजार लाल निशान पर था", "सवालिया निशान लगा");
        assertFalse(noun.startsNames("निशान"));
    }

    @Test
    void aWordNearlyAlwaysBeforeTheSameWordIsPartOfAFixedPhrase() {
        HindiUsage usage = usageOf("वंदे", "वंदे भारत मिशन", "वंदे भारत की उड़ान", "वंदे भारत से", "वंदे मातरम गाया");
        assertEquals(Optional.of("भारत"), usage.fixedNextWord("वंदे"));
        HindiUsage givenName = usageOf("कमल", "कमल पटेल ने", "कमल पटेल के साथ", "कमल विहार में");
        assertEquals(Optional.empty(), givenName.fixedNextWord("कमल"), "two of three uses are not enough");
        HindiUsage postpositions =
                usageOf("स्ट्रासबर्ग", "स्ट्रासबर्ग के बजाय", "स्ट्रासबर्ग के बीच", "स्ट्रासबर्ग के पास");
        assertEquals(Optional.empty(), postpositions.fixedNextWord("स्ट्रासबर्ग"), "a postposition ends the phrase");
    }
}
