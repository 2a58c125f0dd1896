package dev.samachar.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PathTableTest {

    /** Paths added and removed at random, against a sorted set: lookups, spelling and order stay exact. */
    @Test
    void behavesAsASortedSetOfStrings() {
        Random random = new Random(5);
        List<String> universe = new ArrayList<>(List.of(
                "/c/a.txt",
                "/c/a/b.txt",
                "/c/a.txt/x",
                "/c/b\uD800.txt",
                "/c/\uDC00",
                "/c/z\uD83D\uDE00.txt",
                "/c/\uFFFD.txt",
                "plain.txt",
                "/c/",
                "/",
                "",
                "/c/हिंदी.txt"));
        for (int i = 0; i < 4000; i++) {
            universe.add("/corpus/" + (i % 50) + "/" + Integer.toString(i * 7919, 36) + ".txt");
        }
        PathTable table = new PathTable();
        TreeSet<String> expected = new TreeSet<>();
        Map<String, Integer> slots = new HashMap<>();
        for (int step = 0; step < 60_000; step++) {
            String path = universe.get(random.nextInt(universe.size()));
            if (random.nextInt(3) == 0) {
                int slot = table.find(path);
                assertEquals(expected.contains(path), slot >= 0, path);
                if (slot >= 0) {
                    table.remove(slot);
                    expected.remove(path);
                    slots.remove(path);
                }
            } else {
                int slot = table.add(path);
                if (slots.containsKey(path)) {
                    assertEquals(slots.get(path), slot, "a path keeps its slot");
                }
                slots.put(path, slot);
                expected.add(path);
            }
        }
        for (String path : universe) {
            int slot = table.find(path);
            assertEquals(expected.contains(path), slot >= 0, path);
            if (slot >= 0) {
                assertEquals(path, table.path(slot));
            }
        }
        List<String> ordered = new ArrayList<>();
        for (int slot : table.sortedSlots()) {
            ordered.add(table.path(slot));
        }
        assertEquals(new ArrayList<>(expected), ordered);
        assertEquals(expected.size(), table.size());
    }
}
