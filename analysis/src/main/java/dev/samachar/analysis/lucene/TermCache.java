package dev.samachar.analysis.lucene;

import java.util.Arrays;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a pure function of a term gave for the terms seen recently, for one token filter (one
 * thread: Lucene reuses a filter chain per thread, so no locking). News text repeats its words
 * and names all the time, and the romanised, loose and key forms of a word never change, so the
 * work of a chain is done once per distinct word rather than once per occurrence: a lookup costs
 * one hash of the term's chars and no allocation.
 *
 * <p>Bounded by emptying itself when it holds {@value #CAPACITY} terms: the frequent words are back
 * after a few hundred tokens, and there is no per-lookup bookkeeping as in an LRU.
 *
 * @param <V> what the function gives for a term; never null (use a sentinel for "nothing")
 */
final class TermCache<V> {

    /** Distinct terms kept: some hundred kilobytes per chain and thread at most. */
    static final int CAPACITY = 8_192;

    private final CharArrayMap<V> values = new CharArrayMap<>(CAPACITY, false);
    private final Function<CharTermAttribute, V> compute;

    /** {@code compute} must depend on the term's chars alone and not change the term. */
    TermCache(Function<CharTermAttribute, V> compute) {
        this.compute = compute;
    }

    V get(CharTermAttribute term) {
        V value = values.get(term.buffer(), 0, term.length());
        if (value == null) {
            value = compute.apply(term);
            if (values.size() >= CAPACITY) {
                values.clear();
            }
            values.put(Arrays.copyOf(term.buffer(), term.length()), value);
        }
        return value;
    }
}
