package dev.samachar.benchmarks.names;

/** Which script a word is written in, by its letters. */
final class Scripts {

    private Scripts() {}

    static boolean isDevanagari(int cp) {
        return cp >= 0x0900 && cp <= 0x097F;
    }

    static boolean hasDevanagari(String s) {
        return s.codePoints().anyMatch(Scripts::isDevanagari);
    }

    static boolean hasLatin(String s) {
        return s.codePoints()
                .anyMatch(cp ->
                        Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** A letter or a combining mark (Devanagari vowel signs, virama, nukta are marks). */
    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp == 0x200C
                || cp == 0x200D;
    }
}
