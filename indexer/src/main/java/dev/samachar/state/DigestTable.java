package dev.samachar.state;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reference-counted set of hex digests (document ids, content hashes), each kept once as raw bits in
 * primitive arrays and named by a small int slot, so that 100,000 files' state costs a few megabytes rather
 * than a String, a map node and a boxed count per id. A value that is not lowercase hex of the table's width
 * (ids written by older versions, hand-made test values) is kept as its string, so every value round-trips
 * exactly. Slots of released values are reused. Not thread-safe: {@link IndexState} serialises access.
 */
final class DigestTable {

    /** 64-bit words per value: 2 for a 32-hex id, 4 for a 64-hex SHA-256. */
    private final int words;

    private long[] bits;
    private int[] refs;
    /** Only values stored as bits are in it. */
    private final SlotIndex index = new SlotIndex(this::hashOf);

    private int slots;
    private int live;
    private int[] free = new int[8];
    private int freeCount;
    /** Values that are not canonical hex: text by slot and slot by text. Rare. */
    private final Map<Integer, String> oddText = new HashMap<>();

    private final Map<String, Integer> oddSlot = new HashMap<>();

    DigestTable(int hexChars) {
        if (hexChars % 16 != 0) {
            throw new IllegalArgumentException("width must be a multiple of 16 hex digits");
        }
        this.words = hexChars / 16;
        this.bits = new long[16 * words];
        this.refs = new int[16];
    }

    /** Adds one reference to {@code value}, storing it if new; returns its slot. */
    int acquire(String value) {
        int slot = find(value);
        if (slot < 0) {
            slot = newSlot();
            if (parse(value, bits, slot * words)) {
                index.add(slot);
            } else {
                oddText.put(slot, value);
                oddSlot.put(value, slot);
            }
            live++;
        }
        refs[slot]++;
        return slot;
    }

    /** Drops one reference; the value is forgotten with its last one. */
    void release(int slot) {
        if (refs[slot] <= 0) {
            throw new IllegalStateException("slot " + slot + " is not in use");
        }
        if (--refs[slot] > 0) {
            return;
        }
        String odd = oddText.remove(slot);
        if (odd != null) {
            oddSlot.remove(odd);
        } else {
            index.remove(slot);
        }
        live--;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
    }

    /** The slot of {@code value}, or -1 when no one references it. */
    int find(String value) {
        if (!isCanonical(value)) {
            return oddSlot.getOrDefault(value, -1);
        }
        for (int at = index.start(mix(value)); index.slotAt(at) >= 0; at = index.next(at)) {
            if (equalsHex(index.slotAt(at), value)) {
                return index.slotAt(at);
            }
        }
        return -1;
    }

    int refs(int slot) {
        return refs[slot];
    }

    /** Values referenced at least once. */
    int size() {
        return live;
    }

    /** One past the highest slot ever handed out: arrays indexed by slot need this length. */
    int capacity() {
        return refs.length;
    }

    String text(int slot) {
        String odd = oddText.get(slot);
        if (odd != null) {
            return odd;
        }
        char[] hex = new char[words * 16];
        for (int w = 0; w < words; w++) {
            long word = bits[slot * words + w];
            for (int i = 0; i < 16; i++) {
                hex[w * 16 + i] = HEX[(int) (word >>> (60 - 4 * i)) & 0xf];
            }
        }
        return new String(hex);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private int newSlot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == refs.length) {
            refs = Arrays.copyOf(refs, slots * 2);
            bits = Arrays.copyOf(bits, slots * 2 * words);
        }
        return slots++;
    }

    private int hashOf(int slot) {
        return spread(bits[slot * words], bits[slot * words + words - 1]);
    }

    private int mix(String hex) {
        return spread(word(hex, 0), word(hex, words - 1));
    }

    private static int spread(long first, long last) {
        long h = (first ^ Long.rotateLeft(last, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private boolean equalsHex(int slot, String hex) {
        for (int w = 0; w < words; w++) {
            if (bits[slot * words + w] != word(hex, w)) {
                return false;
            }
        }
        return true;
    }

    private boolean isCanonical(String value) {
        if (value.length() != words * 16) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (digit(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Stores the bits of a canonical value at {@code target[at..]}; false if {@code value} is not canonical. */
    private boolean parse(String value, long[] target, int at) {
        if (!isCanonical(value)) {
            return false;
        }
        for (int w = 0; w < words; w++) {
            target[at + w] = word(value, w);
        }
        return true;
    }

    private static long word(String hex, int w) {
        long word = 0;
        for (int i = w * 16; i < w * 16 + 16; i++) {
            word = (word << 4) | digit(hex.charAt(i));
        }
        return word;
    }

    /** Lowercase only: "ABC" would not print back as itself. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
