package dev.samachar.ingest.files;

import dev.samachar.analysis.HindiNormalizer;
import java.text.Normalizer;

/**
 * NFC of a page or line, answered without normalising when the text already is NFC, as scraped
 * text nearly always is. {@link HindiNormalizer#isNfc} decides Latin-1 and Devanagari from tables
 * (cheaper than the JDK's check: docs/design-notes.md#nfc-checks-from-tables); what it cannot
 * confirm goes to the JDK's own check, and
 * only text that is not NFC is normalised. Normalisation of assigned characters is stable across
 * Unicode versions, so ICU's "already NFC" means the JDK's normaliser would return it unchanged.
 */
public final class Nfc {

    /** Chars checked at a time: a page is checked piece by piece in one small buffer, not copied whole. */
    static final int PIECE = 4096;

    /** Each parsing thread checks in its own buffer. */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[PIECE]);

    private Nfc() {}

    public static String of(String text) {
        if (isNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code text} is NFC, by pieces that each end right before a char below U+0300. Such a
     * char never combines with what precedes it (canonical combining class 0, NFC quick check yes),
     * so the text is NFC exactly when each piece is. A text with a run of {@link #PIECE} chars and
     * none below U+0300 (no space, no line break) is checked whole.
     */
    static boolean isNfc(String text) {
        char[] buffer = BUFFER.get();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + PIECE);
            while (end < text.length() && end > start && text.charAt(end) >= '\u0300') {
                end--;
            }
            if (end == start) {
                return HindiNormalizer.isNfc(text);
            }
            text.getChars(start, end, buffer, 0);
            if (!HindiNormalizer.isNfc(buffer, end - start)) {
                return false;
            }
            start = end;
        }
        return true;
    }
}
