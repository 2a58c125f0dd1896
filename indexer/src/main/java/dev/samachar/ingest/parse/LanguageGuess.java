package dev.samachar.ingest.parse;

/**
 * Hindi or English, by which script most letters are in. Hindi news is full of English words and
 * English news quotes Hindi rarely, so a plain majority of letters is a sound rule for this corpus.
 */
public final class LanguageGuess {

    private LanguageGuess() {}

    public static String of(CharSequence text) {
        return of(new CharSequence[] {text});
    }

    /** The guess for the parts read as one text (title and body), without joining them first. */
    public static String of(CharSequence... parts) {
        long devanagari = 0;
        long latin = 0;
        for (CharSequence text : parts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '\u0900' && c <= '\u097F') {
                    devanagari++;
                } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    latin++;
                }
            }
        }
        return devanagari > latin ? "hi" : "en";
    }
}
