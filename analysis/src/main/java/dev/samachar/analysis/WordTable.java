package dev.samachar.analysis;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@link Word}s met so far, looked up by a token's place in its text, so a known word costs one
 * probe and no new string. Words recur across texts (names, places, the language's common words),
 * and folding one and resolving it against a dictionary would be most of the cost of matching
 * (docs/design-notes.md#per-word-and-per-token-caches-in-matching). Bounded: after
 * {@link #capacity} words, new ones are made afresh for each token and memory stays flat.
 *
 * <p>Thread-safe without locks: slots are only ever filled, never changed, by compare-and-set.
 */
final class WordTable {

    private final int capacity;
    private final AtomicReferenceArray<Word> slots;
    private final int mask;
    private final AtomicInteger size = new AtomicInteger();

    WordTable(int capacity) {
        this.capacity = capacity;
        // At most half full, so a probe for a new word meets an empty slot soon.
        int length = Integer.highestOneBit(Math.max(2, capacity) * 4 - 1);
        this.slots = new AtomicReferenceArray<>(length);
        this.mask = length - 1;
    }

    /** The word {@code text} has from {@code start} (inclusive) to {@code end}. */
    Word get(CharSequence text, int start, int end) {
        int hash = hash(text, start, end);
        int i = spread(hash) & mask;
        while (true) {
            Word word = slots.get(i);
            if (word == null) {
                Word fresh = new Word(text.subSequence(start, end).toString());
                // Racing threads may each pass this check: the table is sized for a few more than capacity.
                if (size.get() >= capacity) {
                    return fresh;
                }
                if (slots.compareAndSet(i, null, fresh)) {
                    size.incrementAndGet();
                    return fresh;
                }
                continue; // another thread filled the slot: look at what it put there
            }
            if (word.text().hashCode() == hash && word.is(text, start, end)) {
                return word;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size.get();
    }

    /** {@link String#hashCode} of the chars, without making the string. */
    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** Spreads the high bits down, as HashMap does: String hashes of short words differ mostly in low bits. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
