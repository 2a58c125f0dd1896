package dev.samachar.ingest.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a dateline into numbers, words and single punctuation characters. Datelines glue
 * pieces together ("Publish:Fri", "7:50PM", "2018-10-04T14:20:00Z", "SinghEdited By:"), so
 * a token ends wherever the kind of character changes, not only at white space.
 */
final class Tokenizer {

    private static final int MAX_NUMBER_DIGITS = 9;

    private Tokenizer() {}

    static List<Token> tokenize(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean spaceBefore = false;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (isSpace(cp)) {
                spaceBefore = true;
                i += Character.charCount(cp);
                continue;
            }
            int end;
            if (Character.isDigit(cp)) {
                end = endOfNumber(line, i);
                tokens.add(number(line.substring(i, end), spaceBefore));
            } else if (isWordStart(cp)) {
                end = endOfWord(line, i);
                String word = line.substring(i, end);
                tokens.add(new Token(Token.Type.WORD, word, key(word), -1, spaceBefore));
            } else {
                end = i + Character.charCount(cp);
                String p = line.substring(i, end);
                tokens.add(new Token(Token.Type.PUNCT, p, p, -1, spaceBefore));
            }
            spaceBefore = false;
            i = end;
        }
        return tokens;
    }

    /**
     * Dateline words repeat from page to page (months, weekdays, markers, zones) and their
     * {@link MonthNames#key} folds the word (NFC, case, Devanagari variants): keys are kept, up to
     * {@link #CACHED_KEYS} words, after which new words are folded each time.
     */
    private static final int CACHED_KEYS = 10_000;

    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private static String key(String word) {
        String key = KEYS.get(word);
        if (key == null) {
            key = MonthNames.key(word);
            if (KEYS.size() < CACHED_KEYS) {
                KEYS.putIfAbsent(word, key);
            }
        }
        return key;
    }

    /** NBSP is common in scraped bylines and is not {@link Character#isWhitespace}. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isWordStart(int cp) {
        return Character.isLetter(cp) || isMark(cp);
    }

    /** Devanagari vowel signs, virama, nukta and anusvara are marks, and belong to their word. */
    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** ZWJ/ZWNJ sit inside Hindi words (अक्‍टूबर) and must not split them. */
    private static boolean isJoiner(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static int endOfNumber(String line, int start) {
        int i = start;
        while (i < line.length() && Character.isDigit(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        return i;
    }

    /** A lower-to-upper case step also ends a word: "SinghEdited" is two words glued. */
    private static int endOfWord(String line, int start) {
        int i = start;
        int previous = -1;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            boolean partOfWord = Character.isLetter(cp) || isMark(cp) || isJoiner(cp);
            boolean caseStep = previous >= 0 && Character.isLowerCase(previous) && Character.isUpperCase(cp);
            if (!partOfWord || caseStep) {
                break;
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static Token number(String digits, boolean spaceBefore) {
        StringBuilder ascii = new StringBuilder(digits.length());
        digits.codePoints().forEach(cp -> ascii.append((char) ('0' + Character.digit(cp, 10))));
        String text = ascii.toString();
        int value = text.length() <= MAX_NUMBER_DIGITS ? Integer.parseInt(text) : -1;
        return new Token(Token.Type.NUMBER, text, text, value, spaceBefore);
    }
}
