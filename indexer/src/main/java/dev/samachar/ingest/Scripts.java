package dev.samachar.ingest;

/** Which script a word or spelling is in, as the entity matcher's rules need to know. */
final class Scripts {

    private Scripts() {}

    /** Whether {@code s} has a Latin letter. */
    static boolean isLatin(CharSequence s) {
        return s.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** Whether {@code s} has a char of the Devanagari block. */
    static boolean hasDevanagari(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0900' && c <= '\u097F') {
                return true;
            }
        }
        return false;
    }
}
