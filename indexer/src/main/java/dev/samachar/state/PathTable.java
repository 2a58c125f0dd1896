package dev.samachar.state;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of file paths in the state, each named by an int slot. A path is kept as its folder, stored once
 * for all the files in it, and the UTF-8 bytes of its own name in one shared array: for a corpus of 100,000
 * files in a few hundred folders that is about 30 bytes a path instead of a string, its array and a map node.
 * A name that UTF-8 cannot carry (a lone surrogate) is kept as its string. Slots of removed paths are reused,
 * and the bytes of removed names are reclaimed once they are half of the array. Not thread-safe:
 * {@link IndexState} serialises access.
 */
final class PathTable {

    private final List<String> folders = new ArrayList<>();
    private final Map<String, Integer> folderIds = new HashMap<>();
    private int[] folderOf = new int[16];
    /** By slot: where the name starts in {@link #bytes} and its length; -1: free, -2: in {@link #oddNames}. */
    private int[] nameAt = new int[16];

    private int[] nameLength = new int[16];
    private byte[] bytes = new byte[256];
    private int used;
    private int garbage;
    private final Map<Integer, String> oddNames = new HashMap<>();
    private int[] hashes = new int[16];
    private final SlotIndex index = new SlotIndex(slot -> spread(hashes[slot]));
    private int slots;
    private int live;
    private int[] free = new int[8];
    private int freeCount;

    /** The slot of {@code path}, or -1. */
    int find(String path) {
        int split = split(path);
        String name = path.substring(split);
        byte[] utf8 = utf8(name);
        int hash = path.hashCode();
        for (int at = index.start(spread(hash)); index.slotAt(at) >= 0; at = index.next(at)) {
            int slot = index.slotAt(at);
            if (hashes[slot] == hash && matches(slot, path, split, name, utf8)) {
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
        storeName(slot, path.substring(split));
        hashes[slot] = path.hashCode();
        index.add(slot);
        live++;
        return slot;
    }

    void remove(int slot) {
        index.remove(slot);
        if (nameAt[slot] == -2) {
            oddNames.remove(slot);
        } else {
            garbage += nameLength[slot];
        }
        nameAt[slot] = -1;
        live--;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
    }

    String path(int slot) {
        return folders.get(folderOf[slot]).concat(name(slot));
    }

    boolean inUse(int slot) {
        return slot < slots && nameAt[slot] != -1;
    }

    int size() {
        return live;
    }

    /** One past the highest slot ever handed out: arrays indexed by slot need this length. */
    int capacity() {
        return nameAt.length;
    }

    /** Slots in use, ordered as their paths are by {@link String#compareTo}. */
    int[] sortedSlots() {
        Integer[] order = new Integer[live];
        // The names as strings only while sorting: UTF-8 byte order is not the strings' order.
        String[] names = new String[slots];
        int n = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (inUse(slot)) {
                order[n++] = slot;
                names[slot] = name(slot);
            }
        }
        Arrays.sort(order, (a, b) -> compare(a, b, names));
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = order[i];
        }
        return sorted;
    }

    /** Compares two paths as strings without building them. */
    private int compare(int a, int b, String[] names) {
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

    private boolean matches(int slot, String path, int split, String name, byte[] utf8) {
        String folder = folders.get(folderOf[slot]);
        if (folder.length() != split || !path.startsWith(folder)) {
            return false;
        }
        if (utf8 == null) {
            return name.equals(oddNames.get(slot));
        }
        return nameAt[slot] >= 0
                && Arrays.equals(bytes, nameAt[slot], nameAt[slot] + nameLength[slot], utf8, 0, utf8.length);
    }

    private String name(int slot) {
        return nameAt[slot] == -2
                ? oddNames.get(slot)
                : new String(bytes, nameAt[slot], nameLength[slot], StandardCharsets.UTF_8);
    }

    private void storeName(int slot, String name) {
        byte[] utf8 = utf8(name);
        if (utf8 == null) {
            nameAt[slot] = -2;
            nameLength[slot] = 0;
            oddNames.put(slot, name);
            return;
        }
        if (garbage > 4096 && garbage > used / 2) {
            reclaim();
        }
        if (used + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + utf8.length));
        }
        System.arraycopy(utf8, 0, bytes, used, utf8.length);
        nameAt[slot] = used;
        nameLength[slot] = utf8.length;
        used += utf8.length;
    }

    /** Moves the names in use together, dropping the bytes of removed ones. */
    private void reclaim() {
        byte[] packed = new byte[Math.max(256, (used - garbage) * 2)];
        int at = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (nameAt[slot] >= 0) {
                System.arraycopy(bytes, nameAt[slot], packed, at, nameLength[slot]);
                nameAt[slot] = at;
                at += nameLength[slot];
            }
        }
        bytes = packed;
        used = at;
        garbage = 0;
    }

    /** The UTF-8 bytes of {@code name}, or null when they would not decode back to it (a lone surrogate). */
    private static byte[] utf8(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return null;
            }
        }
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private int newSlot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == nameAt.length) {
            int size = slots * 2;
            folderOf = Arrays.copyOf(folderOf, size);
            nameAt = Arrays.copyOf(nameAt, size);
            nameLength = Arrays.copyOf(nameLength, size);
            hashes = Arrays.copyOf(hashes, size);
        }
        return slots++;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
