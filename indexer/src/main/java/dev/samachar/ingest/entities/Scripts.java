package dev.samachar.ingest.entities;

/** Which script a word or spelling is in, as the entity matcher's rules need to know. */
final class Scripts {

    private Scripts() {}

    /** Whether {@code s} has a Latin letter. */
    static boolean isLatin(CharSequence s) {
        // A loop, not codePoints().anyMatch(): this runs for every word the entity matcher sees.
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            boolean latin = cp < 0x80
                    ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
                    : (cp < 0x0900 || cp > 0x097F) // Devanagari, most of what is not ASCII here, is not Latin
                            && Character.isLetter(cp)
                            && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            if (latin) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
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
