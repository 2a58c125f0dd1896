package dev.samachar.state;

/**
 * The hash index of a table that keeps its entries in primitive arrays by slot ({@link DigestTable},
 * {@link PathTable}): open addressing with linear probing, at most 3/4 full, and deletion by shifting the
 * rest of a probe run back, so no tombstones pile up as files come and go. The table says what each slot
 * hashes to; a lookup walks a probe run itself ({@link #start}, {@link #slotAt}, {@link #next}) and
 * compares the entries its own way. Not thread-safe.
 */
final class SlotIndex {

    /** What the entry in a slot hashes to, already spread over all 32 bits. */
    interface SlotHash {
        int of(int slot);
    }

    private static final int EMPTY = 0;

    private final SlotHash hash;
    /** Slot + 1, or {@link #EMPTY}. */
    private int[] entries = new int[16];

    private int size;

    SlotIndex(SlotHash hash) {
        this.hash = hash;
    }

    /** Where the probe run of entries hashing to {@code hashCode} starts. */
    int start(int hashCode) {
        return hashCode & (entries.length - 1);
    }

    int next(int at) {
        return (at + 1) & (entries.length - 1);
    }

    /** The slot at a position of a probe run, or -1 where the run ends. */
    int slotAt(int at) {
        return entries[at] - 1;
    }

    /** Indexes {@code slot}, whose hash the table can already tell. */
    void add(int slot) {
        if (4 * (size + 1) > 3 * entries.length) {
            int[] old = entries;
            entries = new int[old.length * 2];
            for (int entry : old) {
                if (entry != EMPTY) {
                    place(entry);
                }
            }
        }
        place(slot + 1);
        size++;
    }

    /** Removes {@code slot}, which must be indexed, while its hash is still what it was when added. */
    void remove(int slot) {
        int mask = entries.length - 1;
        int hole = hash.of(slot) & mask;
        while (entries[hole] != slot + 1) {
            hole = (hole + 1) & mask;
        }
        int at = hole;
        while (true) {
            at = (at + 1) & mask;
            if (entries[at] == EMPTY) {
                break;
            }
            int wanted = hash.of(entries[at] - 1) & mask;
            // Move it back unless its home lies cyclically in (hole, at]: then the hole does not break its run.
            boolean homeAfterHole = hole <= at ? hole < wanted && wanted <= at : hole < wanted || wanted <= at;
            if (!homeAfterHole) {
                entries[hole] = entries[at];
                hole = at;
            }
        }
        entries[hole] = EMPTY;
        size--;
    }

    private void place(int entry) {
        int mask = entries.length - 1;
        int at = hash.of(entry - 1) & mask;
        while (entries[at] != EMPTY) {
            at = (at + 1) & mask;
        }
        entries[at] = entry;
    }
}
