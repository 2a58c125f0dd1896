package dev.samachar.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestTableTest {

    @Test
    void valuesRoundTripExactlyWhateverTheirShape() {
        DigestTable table = new DigestTable(32);
        List<String> values = List.of(
                "0123456789abcdef0123456789abcdef",
                "00000000000000000000000000000000",
                "ffffffffffffffffffffffffffffffff",
                "0123456789ABCDEF0123456789ABCDEF",
                "id1",
                "",
                "0123456789abcdef0123456789abcde",
                "0123456789abcdef0123456789abcdef0",
                "/feed.jsonl#3");
        for (String value : values) {
            assertEquals(value, table.text(table.acquire(value)));
        }
        assertEquals(values.size(), table.size());
        for (String value : values) {
            assertEquals(1, table.refs(table.find(value)), value);
        }
    }

    /** Random references taken and dropped, against a map of counts: growth, reuse and back-shifted probes. */
    @Test
    void countsMatchAMapOfCounts() {
        Random random = new Random(3);
        DigestTable table = new DigestTable(64);
        Map<String, Integer> expected = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder hex = new StringBuilder();
            while (hex.length() < 64) {
                hex.append(Character.forDigit(random.nextInt(16), 16));
            }
            values.add(i % 500 == 0 ? "odd-" + i : hex.toString());
        }
        for (int step = 0; step < 100_000; step++) {
            String value = values.get(random.nextInt(values.size()));
            if (random.nextBoolean()) {
                table.acquire(value);
                expected.merge(value, 1, Integer::sum);
            } else if (expected.containsKey(value)) {
                table.release(table.find(value));
                expected.computeIfPresent(value, (k, n) -> n == 1 ? null : n - 1);
            }
        }
        for (String value : values) {
            int slot = table.find(value);
            assertEquals(expected.getOrDefault(value, 0), slot < 0 ? 0 : table.refs(slot), value);
            if (slot >= 0) {
                assertEquals(value, table.text(slot));
            }
        }
        assertEquals(expected.size(), table.size());
    }

    @Test
    void releasingAFreeSlotIsABug() {
        DigestTable table = new DigestTable(32);
        int slot = table.acquire("id1");
        table.release(slot);
        assertThrows(IllegalStateException.class, () -> table.release(slot));
    }
}
