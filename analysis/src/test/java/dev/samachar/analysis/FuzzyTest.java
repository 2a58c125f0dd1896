package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FuzzyTest {

    @Test
    void distance() {
        assertEquals(0, Fuzzy.distance("rajnath", "rajnath"));
        assertEquals(1, Fuzzy.distance("ras", "rus"));
        assertEquals(1, Fuzzy.distance("ab", "ba"), "adjacent transposition is one edit");
        assertEquals(3, Fuzzy.distance("sitaram", "sitharaman"));
        assertEquals(3, Fuzzy.distance("", "abc"));
    }

    @Test
    void autoEdits() {
        assertEquals(0, Fuzzy.autoEdits(2));
        assertEquals(1, Fuzzy.autoEdits(3));
        assertEquals(1, Fuzzy.autoEdits(5));
        assertEquals(2, Fuzzy.autoEdits(6));
        assertEquals(0, Fuzzy.autoEdits(3, 4, 7));
        assertEquals(1, Fuzzy.autoEdits(6, 4, 7));
        assertEquals(2, Fuzzy.autoEdits(7, 4, 7));
    }

    @Test
    void bridgesByTheShorterTerm() {
        assertTrue(Fuzzy.bridges("ras", "rus", 3, 6));
        assertFalse(Fuzzy.bridges("ras", "rus", 4, 7));
        assertTrue(Fuzzy.bridges("sitharaman", "sitarman", 3, 6));
        assertFalse(Fuzzy.bridges("sitaram", "sitharaman", 3, 6));
    }
}
