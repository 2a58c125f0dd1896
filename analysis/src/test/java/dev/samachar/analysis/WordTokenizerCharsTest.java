package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ASCII shortcut of {@link WordTokenizer#isWordChar} answers as the Unicode rule does, for every code point. */
class WordTokenizerCharsTest {

    @Test
    void wordCharsAreLettersDigitsAndMarks() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            boolean expected = Character.isLetterOrDigit(cp)
                    || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            assertEquals(expected, WordTokenizer.isWordChar(cp), "U+" + Integer.toHexString(cp));
        }
    }
}
