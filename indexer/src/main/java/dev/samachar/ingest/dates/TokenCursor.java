package dev.samachar.ingest.dates;

import java.util.List;
import java.util.Set;

/**
 * A position in a token list that the date and time matchers step through. Each method either
 * consumes what it was asked for and reports success, or leaves the position unchanged; a
 * matcher that gives up half way through a longer shape goes back with {@link #reset}.
 */
final class TokenCursor {

    private final List<Token> tokens;
    private int pos;

    TokenCursor(List<Token> tokens, int pos) {
        this.tokens = tokens;
        this.pos = pos;
    }

    int pos() {
        return pos;
    }

    void reset(int pos) {
        this.pos = pos;
    }

    /** The token {@code ahead} places after the current one, or null past either end. */
    Token peek(int ahead) {
        int i = pos + ahead;
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** Value of a number with the given digit count, or -1 (and no move). */
    int number(int minDigits, int maxDigits) {
        Token t = peek(0);
        if (t == null || !t.isNumber(minDigits, maxDigits)) {
            return -1;
        }
        pos++;
        return t.value();
    }

    /** The punctuation character consumed if it is one of {@code oneOf}, else null. */
    String punct(String oneOf) {
        Token t = peek(0);
        if (t == null || !t.isPunct(oneOf)) {
            return null;
        }
        pos++;
        return t.text();
    }

    boolean word(Set<String> keys) {
        Token t = peek(0);
        if (t == null || !t.isWord() || !keys.contains(t.key())) {
            return false;
        }
        pos++;
        return true;
    }

    /** Consumes a word with no white space before it (a suffix like the "th" of "4th"). */
    boolean gluedWord(Set<String> keys) {
        Token t = peek(0);
        return t != null && !t.spaceBefore() && word(keys);
    }

    /** Consumes the current token whatever it is. */
    Token next() {
        Token t = peek(0);
        if (t != null) {
            pos++;
        }
        return t;
    }
}
