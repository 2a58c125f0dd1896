package dev.samachar.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens with their char offsets, for dictionary matching (not for the
 * search index, which has its own analysers).
 *
 * <p>A token is a maximal run of letters, digits and combining marks (Unicode categories L*, Nd,
 * Mn, Mc, Me: so Devanagari vowel signs, virama, nukta, anusvara and candrabindu stay inside the
 * word). ZWJ and ZWNJ inside a run stay in it too, since they only shape a conjunct. Everything
 * else splits: spaces, hyphens ("भारत-रूस" → भारत, रूस; "KAZIND-2018" → KAZIND, 2018), the
 * danda । ॥, the abbreviation sign ॰ and all other punctuation.
 *
 * <p>An English possessive is dropped: in "India's" or "India’s" the apostrophe splits and the
 * lone "s" after it is not a token, so both give the single token "India".
 */
public final class WordTokenizer {

    /** One token: its text and its offsets in the input, start inclusive, end exclusive. */
    public record Token(String text, int start, int end) {}

    private WordTokenizer() {}

    public static List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        forEachToken(
                text,
                (start, end) ->
                        tokens.add(new Token(text.subSequence(start, end).toString(), start, end)));
        return tokens;
    }

    /** Receives each token's offsets, start inclusive, end exclusive. */
    @FunctionalInterface
    interface TokenSink {
        void token(int start, int end);
    }

    /** The tokens of {@link #tokenize}, as offsets only: a caller that keeps its own strings makes none here. */
    static void forEachToken(CharSequence text, TokenSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = codePointAt(text, i);
                if (!isWordChar(c) && !(isJoiner(c) && i > start)) {
                    break;
                }
                i += Character.charCount(c);
            }
            int end = trimTrailingJoiners(text, start, i);
            if (!isPossessiveS(text, start, end)) {
                sink.token(start, end);
            }
        }
    }

    /** {@link Character#codePointAt(CharSequence, int)} without its surrogate checks for the chars that cannot be one. */
    private static int codePointAt(CharSequence text, int i) {
        char c = text.charAt(i);
        return Character.isSurrogate(c) ? Character.codePointAt(text, i) : c;
    }

    /**
     * The answer of {@link #isWordChar} for ASCII, Latin and Devanagari code points, which are
     * nearly all the text: worked out once from the Unicode rule below, so the common chars skip
     * the Unicode tables.
     */
    private static final int TABLE_END = 0x0980;

    private static final boolean[] WORD_CHAR = new boolean[TABLE_END];

    static {
        for (int c = 0; c < TABLE_END; c++) {
            WORD_CHAR[c] = isWordCharByUnicode(c);
        }
    }

    static boolean isWordChar(int cp) {
        return cp < TABLE_END ? WORD_CHAR[cp] : isWordCharByUnicode(cp);
    }

    private static boolean isWordCharByUnicode(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\u200C' || cp == '\u200D';
    }

    private static int trimTrailingJoiners(CharSequence text, int start, int end) {
        while (end > start && isJoiner(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** True for the "s" of "India's": a one-letter s token right after an apostrophe that follows a word. */
    private static boolean isPossessiveS(CharSequence text, int start, int end) {
        if (end - start != 1 || (text.charAt(start) != 's' && text.charAt(start) != 'S') || start < 2) {
            return false;
        }
        return isApostrophe(text.charAt(start - 1)) && isWordChar(Character.codePointBefore(text, start - 1));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\uFF07';
    }
}
