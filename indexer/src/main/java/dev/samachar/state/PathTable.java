package dev.samachar.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of file paths in the state, each named by an int slot. A path is kept as its folder, stored once
 * for all the files in it, and its own name: for a corpus of 100,000 files in a few hundred folders that is
 * a third of the bytes of whole path strings, and no map node per path. Slots of removed paths are reused.
 * Not thread-safe: {@link IndexState} serialises access.
 */
final class PathTable {

    private static final int EMPTY = 0;

    private final List<String> folders = new ArrayList<>();
    private final Map<String, Integer> folderIds = new HashMap<>();
    private int[] folderOf = new int[16];
    private String[] names = new String[16];
    private int[] hashes = new int[16];
    /** Open addressing, linear probing: slot + 1, or {@link #EMPTY}. */
    private int[] index = new int[32];
    private int slots;
    private int live;
    private int[] free = new int[8];
    private int freeCount;

    /** The slot of {@code path}, or -1. */
    int find(String path) {
        int split = split(path);
        int mask = index.length - 1;
        int hash = path.hashCode();
        for (int at = spread(hash) & mask; index[at] != EMPTY; at = (at + 1) & mask) {
            int slot = index[at] - 1;
            if (hashes[slot] == hash && matches(slot, path, split)) {
                return slot;
            }
        }
        return -1;
    }

    /** The slot of {@code path}, added if new. */
    int add(String path) {
        int found = find(path);
        if (found >= 0) {
            return found;
        }
        int slot = newSlot();
        int split = split(path);
        String folder = path.substring(0, split);
        Integer id = folderIds.get(folder);
        if (id == null) {
            id = folders.size();
            folders.add(folder);
            folderIds.put(folder, id);
        }
        folderOf[slot] = id;
        names[slot] = path.substring(split);
        hashes[slot] = path.hashCode();
        if (2 * (live + 1) > index.length) {
            rehash(index.length * 2);
        }
        place(slot + 1);
        live++;
        return slot;
    }

    void remove(int slot) {
        int mask = index.length - 1;
        int hole = spread(hashes[slot]) & mask;
        while (index[hole] != slot + 1) {
            hole = (hole + 1) & mask;
        }
        int at = hole;
        while (true) {
            at = (at + 1) & mask;
            if (index[at] == EMPTY) {
                break;
            }
            int wanted = spread(hashes[index[at] - 1]) & mask;
            boolean homeAfterHole = hole <= at ? hole < wanted && wanted <= at : hole < wanted || wanted <= at;
            if (!homeAfterHole) {
                index[hole] = index[at];
                hole = at;
            }
        }
        index[hole] = EMPTY;
        names[slot] = null;
        live--;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
    }

    String path(int slot) {
        return folders.get(folderOf[slot]).concat(names[slot]);
    }

    boolean inUse(int slot) {
        return slot < slots && names[slot] != null;
    }

    int size() {
        return live;
    }

    /** One past the highest slot ever handed out: arrays indexed by slot need this length. */
    int capacity() {
        return names.length;
    }

    /** Slots in use, ordered as their paths are by {@link String#compareTo}. */
    int[] sortedSlots() {
        Integer[] order = new Integer[live];
        int n = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (names[slot] != null) {
                order[n++] = slot;
            }
        }
        Arrays.sort(order, this::compare);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = order[i];
        }
        return sorted;
    }

    /** Compares two paths as strings without building them. */
    private int compare(int a, int b) {
        if (folderOf[a] == folderOf[b]) {
            return names[a].compareTo(names[b]);
        }
        String folderA = folders.get(folderOf[a]);
        String folderB = folders.get(folderOf[b]);
        int lengthA = folderA.length() + names[a].length();
        int lengthB = folderB.length() + names[b].length();
        for (int i = 0, end = Math.min(lengthA, lengthB); i < end; i++) {
            char ca = i < folderA.length() ? folderA.charAt(i) : names[a].charAt(i - folderA.length());
            char cb = i < folderB.length() ? folderB.charAt(i) : names[b].charAt(i - folderB.length());
            if (ca != cb) {
                return ca - cb;
            }
        }
        return lengthA - lengthB;
    }

    /** Where the name starts: after the last '/' (the whole string when there is none). */
    private static int split(String path) {
        return path.lastIndexOf('/') + 1;
    }

    private boolean matches(int slot, String path, int split) {
        String folder = folders.get(folderOf[slot]);
        return folder.length() == split && names[slot].length() == path.length() - split
                && path.startsWith(folder) && path.startsWith(names[slot], split);
    }

    private int newSlot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == names.length) {
            int size = slots * 2;
            folderOf = Arrays.copyOf(folderOf, size);
            names = Arrays.copyOf(names, size);
            hashes = Arrays.copyOf(hashes, size);
        }
        return slots++;
    }

    private void rehash(int size) {
        int[] old = index;
        index = new int[size];
        for (int entry : old) {
            if (entry != EMPTY) {
                place(entry);
            }
        }
    }

    private void place(int entry) {
        int mask = index.length - 1;
        int at = spread(hashes[entry - 1]) & mask;
        while (index[at] != EMPTY) {
            at = (at + 1) & mask;
        }
        index[at] = entry;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
