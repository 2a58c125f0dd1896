package dev.samachar.analysis;

import java.util.function.Function;

/**
 * A distinct word of text as the dictionary matchers see it: its text, its {@link LookupFold} key,
 * and what one matcher worked out about it ({@link #memo}). {@link TokenizedText} hands every
 * matcher the same {@code Word} for the same token, from one shared table, so a word is looked up
 * and folded once per text instead of once per matcher.
 *
 * <p>Thread-safe: the text and key are final, and a memo is published whole.
 */
public final class Word {

    private final String text;
    private final String key;
    private volatile Memo memo;

    /** What {@code owner} worked out for this word; the owner's identity says whose it is. */
    private record Memo(Object owner, Object value) {}

    Word(String text) {
        this.text = text;
        this.key = LookupFold.fold(text);
    }

    /** The word as the text spells it. */
    public String text() {
        return text;
    }

    /** {@link LookupFold#fold} of {@link #text}. */
    public String key() {
        return key;
    }

    /**
     * What {@code owner} derives from this word, computed on its first request and kept for the
     * later ones. One owner per word keeps a memo (the first to ask): the indexer has one matcher
     * that needs it, and a matcher built later (a test's own dictionary) computes its value each
     * time instead of evicting the first one's.
     *
     * @param owner the matcher, compared by identity; it must always pass the same {@code compute}
     */
    @SuppressWarnings("unchecked")
    public <V> V memo(Object owner, Function<Word, V> compute) {
        Memo known = memo;
        if (known != null && known.owner() == owner) {
            return (V) known.value();
        }
        V value = compute.apply(this);
        if (known == null) {
            memo = new Memo(owner, value);
        }
        return value;
    }

    /** Whether this is the word {@code text} has from {@code start} (inclusive) to {@code end}. */
    boolean is(CharSequence text, int start, int end) {
        int length = end - start;
        if (this.text.length() != length) {
            return false;
        }
        if (text instanceof String s) {
            return s.regionMatches(start, this.text, 0, length);
        }
        for (int i = 0; i < length; i++) {
            if (this.text.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
