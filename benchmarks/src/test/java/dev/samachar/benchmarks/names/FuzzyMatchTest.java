package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FuzzyMatchTest {

    @Test
    void autoFourSeven() {
        assertEquals(0, FuzzyMatch.allowedEdits(3));
        assertEquals(1, FuzzyMatch.allowedEdits(4));
        assertEquals(1, FuzzyMatch.allowedEdits(6));
        assertEquals(2, FuzzyMatch.allowedEdits(7));
        assertFalse(FuzzyMatch.finds("rus", "ras"), "under 4: exact only");
        assertTrue(FuzzyMatch.finds("luknov", "laknov"));
        assertFalse(FuzzyMatch.finds("luknov", "laknau"), "6 chars, 2 edits");
        assertTrue(FuzzyMatch.finds("lakhnaua", "laknau"), "8 chars, 2 edits");
    }

    @Test
    void prefixAndTranspositions() {
        assertFalse(FuzzyMatch.finds("kolkata", "colkata"), "prefix length 1");
        assertTrue(FuzzyMatch.finds("patna", "ptana"), "a transposition is one edit");
        assertEquals(1, FuzzyMatch.distance("patna", "ptana"));
        assertEquals(3, FuzzyMatch.distance("abc", ""));
    }

    @Test
    void eitherDirectionUsesTheLongerAllowance() {
        // "laknau" (6) allows 1 edit, "lakhnaua" (8) allows 2: distance 2 matches only from the longer.
        assertFalse(FuzzyMatch.finds("laknau", "lakhnaua"));
        assertTrue(FuzzyMatch.either("laknau", "lakhnaua"));
        assertTrue(FuzzyMatch.either("lakhnaua", "laknau"));
    }
}
