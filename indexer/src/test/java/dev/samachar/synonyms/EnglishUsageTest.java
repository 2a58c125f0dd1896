package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.analysis.WordTokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnglishUsageTest {

    private static EnglishUsage usageOf(String word, String... sentences) {
        EnglishUsage usage = new EnglishUsage(OrdinaryWords.defaults(), CommonCapitalisedWords.defaults());
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
    void aSurnameStandsAfterATitleOrAGivenName() {
        assertTrue(usageOf("Jain", "Mr Jain said so.", "Jain shares rose.", "Sanjay Jain left.", "The Jain temple.")
                .usedAsPersonName("Jain"));
    }

    @Test
    void aGivenNameStandsBeforeDifferentSurnames() {
        assertTrue(usageOf("Michael", "said Michael Weiss.", "Michael Chicoine agreed.", "a Michael fan")
                .usedAsPersonName("Michael"));
        // one fixed next word is one name (Latin America), not a given name shared by many people
        assertFalse(usageOf("Latin", "in Latin America.", "to Latin America and Asia.", "Latin music")
                .usedAsPersonName("Latin"));
    }

    @Test
    void anAdjectiveBeforeItsNounOrAfterOrdinaryWordsIsNot() {
        assertFalse(
                usageOf("Islamic", "Islamic banking grew.", "the Islamic Republic.", "Christian and Islamic leaders")
                        .usedAsPersonName("Islamic"));
        // South and Liberal are lower-case words too, so not given names
        assertFalse(usageOf("Democrat", "the Liberal Democrat spokesman", "the Democrat senator", "South Democrat")
                .usedAsPersonName("Democrat"));
    }

    @Test
    void aWordNeverSeenSaysNothing() {
        assertFalse(usageOf("Jain").usedAsPersonName("Jain"));
    }

    @Test
    void wordsAfterAreTheWordsOneSpaceAway() {
        EnglishUsage usage = usageOf("Latin", "Latin America grew.", "In Latin, the word. Latin music");
        assertEquals(Set.of("America", "music"), usage.wordsAfter("Latin"));
        assertEquals(Set.of(), usage.wordsAfter("Jain"));
    }
}
