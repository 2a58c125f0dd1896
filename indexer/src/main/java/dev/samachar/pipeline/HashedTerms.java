package dev.samachar.pipeline;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of strings as its sorted, distinct 64-bit hashes, for counting what two sets share by one merge
 * of two arrays. Translation linking compares the names (and numbers) of every same-day pair of articles
 * in two languages, over a million pairs in a large run, and string-set lookups would be most of its
 * time (docs/design-notes.md#translation-linking). With 64-bit hashes a false match needs a collision between
 * two of a day's few thousand distinct terms: about one chance in 10^12.
 */
final class HashedTerms {

    static final long[] EMPTY = new long[0];

    private HashedTerms() {}

    static long[] of(Collection<String> terms) {
        long[] hashes = new long[terms.size()];
        int i = 0;
        for (String term : terms) {
            hashes[i++] = hash(term);
        }
        return sortedDistinct(hashes, hashes.length);
    }

    /** The first {@code count} hashes of {@code hashes} (which it reorders), sorted, each once. */
    static long[] sortedDistinct(long[] hashes, int count) {
        Arrays.sort(hashes, 0, count);
        int distinct = 0;
        for (int j = 0; j < count; j++) {
            if (j == 0 || hashes[j] != hashes[j - 1]) {
                hashes[distinct++] = hashes[j];
            }
        }
        return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
    }

    /** How many hashes the two sorted, distinct arrays have in common. */
    static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /** FNV-1a over the UTF-16 code units, then MurmurHash3's 64-bit finaliser to spread the bits. */
    static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
