package dev.samachar.benchmarks.names;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GNU gettext message catalogue ({@code .mo}), read without gettext: the magic number
 * 0x950412de (either byte order), then the count N and the offsets of the two tables of N
 * (length, offset) entries, originals and translations. An original with a context is
 * {@code msgctxt + U+0004 + msgid}; plural originals and translations hold their forms separated
 * by NUL, of which only the first (singular) is kept. Strings are UTF-8. The header entry (empty
 * msgid) and untranslated entries (empty msgstr) are left out.
 */
public final class MoCatalog {

    static final char CONTEXT_SEPARATOR = '\u0004';
    private static final int MAGIC = 0x950412de;

    private final Map<String, String> translations;

    private MoCatalog(Map<String, String> translations) {
        this.translations = Collections.unmodifiableMap(translations);
    }

    public static MoCatalog read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    public static MoCatalog parse(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 20) {
            throw new IllegalArgumentException("not a .mo file: " + bytes.length + " bytes");
        }
        if (buf.getInt(0) != MAGIC) {
            buf.order(ByteOrder.BIG_ENDIAN);
            if (buf.getInt(0) != MAGIC) {
                throw new IllegalArgumentException("not a .mo file: bad magic number");
            }
        }
        int count = buf.getInt(8);
        int originals = buf.getInt(12);
        int translated = buf.getInt(16);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = firstForm(string(buf, originals + 8 * i));
            String value = firstForm(string(buf, translated + 8 * i));
            if (!key.isEmpty() && !value.isEmpty()) {
                map.putIfAbsent(key, value);
            }
        }
        return new MoCatalog(map);
    }

    private static String string(ByteBuffer buf, int entry) {
        int length = buf.getInt(entry);
        int offset = buf.getInt(entry + 4);
        if (length < 0 || offset < 0 || (long) offset + length > buf.capacity()) {
            throw new IllegalArgumentException("not a .mo file: string out of bounds at entry offset " + entry);
        }
        return new String(buf.array(), offset, length, StandardCharsets.UTF_8);
    }

    private static String firstForm(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** The key of a message: {@code msgctxt U+0004 msgid}, or the msgid alone without a context. */
    public static String key(String context, String msgid) {
        return context == null || context.isEmpty() ? msgid : context + CONTEXT_SEPARATOR + msgid;
    }

    /** The translation of msgid in context (null for none), or null when the catalogue has none. */
    public String translate(String context, String msgid) {
        return translations.get(key(context, msgid));
    }

    /** All entries, key to first translated form, in the file's order. */
    public Map<String, String> entries() {
        return translations;
    }

    public int size() {
        return translations.size();
    }
}
