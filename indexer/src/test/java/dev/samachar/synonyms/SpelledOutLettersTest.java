package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpelledOutLettersTest {

    @Test
    void lettersSpelledOneAfterAnotherAreAnAcronym() {
        for (String acronym : List.of("डीएनए", "आईसीएमआर", "एनडीए", "डब्ल्यूएचओ", "डबल्यूएचओ", "एफ़बीआई", "यूके")) {
            assertTrue(SpelledOutLetters.isAcronym(acronym), acronym);
        }
    }

    @Test
    void namesAndSingleLettersAreNot() {
        for (String word : List.of("एलेक्स", "डायना", "लिंडा", "मिखाइल", "अस्ताना", "एन", "डीएनएक")) {
            assertFalse(SpelledOutLetters.isAcronym(word), word);
        }
        assertFalse(SpelledOutLetters.isAcronym("ए".repeat(100)), "too long to be one");
    }
}
