package dev.samachar.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * A long text cut into consecutive windows of at most {@link #MAX_CHARS} chars, for the work that
 * keeps an object per word (dictionary matching, loose forms, link forms): done window by window,
 * its memory is bounded by the window instead of growing with the document, so a 10 MB page
 * enriches within the indexer's heap cap. A text up to the limit is one window, the text itself, so
 * every real article (tens of KB at most) is matched exactly as a whole text.
 *
 * <p>Cuts fall at a paragraph break (a blank line) where there is one in the window's second half,
 * else at a line break, else at a space, so a name is only split where the text itself breaks; only
 * a run of {@link #MAX_CHARS} chars without any whitespace is cut mid-word (never mid-code-point).
 */
public final class TextWindows {

    /** Many times the longest real article; about 17,000 words, a few MB of per-word objects. */
    public static final int MAX_CHARS = 100_000;

    private TextWindows() {}

    /** The windows of {@code text}, in order; their concatenation is {@code text}. */
    public static List<String> of(String text) {
        return of(text, MAX_CHARS);
    }

    static List<String> of(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return List.of(text);
        }
        List<String> windows = new ArrayList<>(text.length() / maxChars + 1);
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            windows.add(text.substring(start, end));
            start = end;
        }
        windows.add(text.substring(start));
        return windows;
    }

    /** Where the window starting at {@code start} ends, at most at {@code limit}. */
    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= half) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', limit - 1);
        if (line >= half) {
            return line + 1;
        }
        for (int i = limit - 1; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
