package dev.samachar.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private static final String HINDI = "भारत और कजाकिस्तान";

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        byte[] plain = HINDI.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        assertEquals(HINDI, TextDecoder.decode(plain));
        assertEquals(HINDI, TextDecoder.decode(withBom), "the BOM is not part of the text");
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        assertEquals(HINDI, TextDecoder.decode(("\uFEFF" + HINDI).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(HINDI, TextDecoder.decode(("\uFEFF" + HINDI).getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void rejectsEmptyBinaryAndInvalidUtf8WithTheReason() {
        assertEquals("empty file", assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(new byte[0])).getMessage());
        assertTrue(assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(new byte[]{'P', 'K', 3, 4, 0, 0, 1})).getMessage().startsWith("binary file"));
        assertEquals("invalid UTF-8 at byte offset 3", assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(new byte[]{'a', 'b', 'c', (byte) 0xC3, 0x28})).getMessage());
        assertEquals("file contains only whitespace", assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).getMessage());
    }
}
