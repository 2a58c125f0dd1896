package dev.samachar.analysis;

import java.lang.ref.WeakReference;
import java.util.Objects;
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

    /**
     * What {@code owner} worked out for this word; the owner's identity says whose it is. Held weakly:
     * the shared table outlives a matcher built for a while (a test's own dictionary), and its words
     * must not keep it alive.
     */
    private record Memo(WeakReference<Object> owner, Object value) {}

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
     * later ones. One owner per word keeps a memo, the first to ask, until it is garbage: the
     * indexer has one matcher that needs it, and another one alive at the same time computes its
     * value each time instead of evicting the first one's.
     *
     * @param owner the matcher, compared by identity; it must always pass the same {@code compute}
     */
    @SuppressWarnings("unchecked")
    public <V> V memo(Object owner, Function<Word, V> compute) {
        Objects.requireNonNull(owner, "owner");
        Memo known = memo;
        Object knownOwner = known == null ? null : known.owner().get();
        if (knownOwner == owner) {
            return (V) known.value();
        }
        V value = compute.apply(this);
        if (knownOwner == null) {
            memo = new Memo(new WeakReference<>(owner), value);
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
