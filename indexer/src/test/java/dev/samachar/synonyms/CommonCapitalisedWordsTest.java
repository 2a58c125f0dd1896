package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommonCapitalisedWordsTest {

    private static final CommonCapitalisedWords COMMON = CommonCapitalisedWords.defaults();

    @Test
    void properAdjectivesLanguagesAndKindsOfPersonAreCommon() {
        for (String word : List.of("Islamic", "Latin", "Democrat", "Hindu", "Chinese")) {
            assertTrue(COMMON.contains(word), word);
        }
    }

    @Test
    void wordsWordNetAlsoHasAsANamedPersonOrPlaceAreNot() {
        // David, Paris and Marshall are also one named person or place in WordNet; Kamal and Patel are not in it
        for (String word : List.of("David", "Paris", "Marshall", "Texas", "Kamal", "Patel")) {
            assertFalse(COMMON.contains(word), word);
        }
    }

    @Test
    void onlyTheCapitalisedFormIsListed() {
        assertFalse(COMMON.contains("islamic"));
        assertFalse(COMMON.contains("democrat"));
    }
}
