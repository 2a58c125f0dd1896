package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoCatalogTest {

    /** A .mo file as msgfmt writes it: header, two tables, then the strings (no hash table). */
    static byte[] mo(ByteOrder order, String... keysAndValues) {
        int n = keysAndValues.length / 2;
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(keysAndValues[2 * i].getBytes(StandardCharsets.UTF_8));
            values.add(keysAndValues[2 * i + 1].getBytes(StandardCharsets.UTF_8));
        }
        int originals = 28;
        int translations = originals + 8 * n;
        int strings = translations + 8 * n;
        int size = strings;
        for (int i = 0; i < n; i++) {
            size += keys.get(i).length + 1 + values.get(i).length + 1;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(order);
        b.putInt(0x950412de)
                .putInt(0)
                .putInt(n)
                .putInt(originals)
                .putInt(translations)
                .putInt(0)
                .putInt(strings);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int[] keyAt = new int[n];
        int[] valueAt = new int[n];
        for (int i = 0; i < n; i++) {
            keyAt[i] = strings + data.size();
            data.writeBytes(keys.get(i));
            data.write(0);
        }
        for (int i = 0; i < n; i++) {
            valueAt[i] = strings + data.size();
            data.writeBytes(values.get(i));
            data.write(0);
        }
        for (int i = 0; i < n; i++) {
            b.putInt(originals + 8 * i, keys.get(i).length).putInt(originals + 8 * i + 4, keyAt[i]);
            b.putInt(translations + 8 * i, values.get(i).length).putInt(translations + 8 * i + 4, valueAt[i]);
        }
        b.position(strings);
        b.put(data.toByteArray());
        return b.array();
    }

    private static final String[] ENTRIES = {
        "", "Content-Type: text/plain; charset=UTF-8\n",
        "Lucknow", "लखनऊ",
        "City in India\u0004Patna", "पटना",
        "Country\u0004Georgia", "जॉर्जिया",
        "State in United States\u0004Georgia", "जॉर्जिया राज्य",
        "%d city\u0000%d cities", "%d शहर\u0000%d शहर",
        "Untranslated", "",
    };

    @Test
    void readsLittleEndianWithContexts() {
        MoCatalog mo = MoCatalog.parse(mo(ByteOrder.LITTLE_ENDIAN, ENTRIES));
        assertEquals("लखनऊ", mo.translate(null, "Lucknow"));
        assertEquals("पटना", mo.translate("City in India", "Patna"));
        assertNull(mo.translate(null, "Patna"), "a context is part of the key");
        assertEquals("जॉर्जिया", mo.translate("Country", "Georgia"));
        assertEquals("जॉर्जिया राज्य", mo.translate("State in United States", "Georgia"));
        assertEquals("%d शहर", mo.translate(null, "%d city"), "plural forms: the first of each");
        assertNull(mo.translate(null, "Untranslated"));
        assertNull(mo.translate(null, ""), "the header is not a message");
        assertEquals(5, mo.size());
    }

    @Test
    void readsBigEndian() {
        MoCatalog mo = MoCatalog.parse(mo(ByteOrder.BIG_ENDIAN, ENTRIES));
        assertEquals("लखनऊ", mo.translate(null, "Lucknow"));
        assertEquals("पटना", mo.translate("City in India", "Patna"));
    }

    @Test
    void keyJoinsContextWithEot() {
        assertEquals("Country\u0004Chad", MoCatalog.key("Country", "Chad"));
        assertEquals("Chad", MoCatalog.key(null, "Chad"));
    }

    @Test
    void rejectsOtherFiles() {
        assertThrows(
                IllegalArgumentException.class,
                () -> MoCatalog.parse("not a catalogue at all".getBytes(StandardCharsets.UTF_8)));
        byte[] truncated = mo(ByteOrder.LITTLE_ENDIAN, ENTRIES);
        assertThrows(IllegalArgumentException.class, () -> MoCatalog.parse(java.util.Arrays.copyOf(truncated, 100)));
    }
}
