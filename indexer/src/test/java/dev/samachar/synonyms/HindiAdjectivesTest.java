package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HindiAdjectivesTest {

    private final HindiAdjectives adjectives = HindiAdjectives.defaults();

    @Test
    void anAdjectiveThatIsNoProperNounIsInTheList() {
        assertTrue(adjectives.contains("दैनिक"), "daily: an adjective (and a noun) to apertium-hin");
        assertTrue(adjectives.contains("गलत"));
    }

    @Test
    void nounsAndProperNounsAreNot() {
        assertFalse(adjectives.contains("कमल"), "apertium-hin also has it as a proper noun");
        assertFalse(adjectives.contains("मार्शल"), "a noun only");
        assertFalse(adjectives.contains("अस्ताना"), "unknown to the dictionary");
    }
}
