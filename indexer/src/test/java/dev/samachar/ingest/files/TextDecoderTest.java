package dev.samachar.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
        assertEquals(HINDI, TextDecoder.decode(plain).text());
        assertEquals(HINDI, TextDecoder.decode(withBom).text(), "the BOM is not part of the text");
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        assertEquals(
                HINDI,
                TextDecoder.decode(("\uFEFF" + HINDI).getBytes(StandardCharsets.UTF_16LE))
                        .text());
        assertEquals(
                HINDI,
                TextDecoder.decode(("\uFEFF" + HINDI).getBytes(StandardCharsets.UTF_16BE))
                        .text());
    }

    @Test
    void rejectsEmptyBinaryAndInvalidUtf8WithTheReason() {
        assertEquals(
                "empty file",
                assertThrows(UnreadableFileException.class, () -> TextDecoder.decode(new byte[0]))
                        .getMessage());
        assertTrue(assertThrows(
                        UnreadableFileException.class, () -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .getMessage()
                .startsWith("binary file"));
        assertEquals(
                "invalid UTF-8 at byte offset 3, and byte 0x81 is not windows-1252 either",
                assertThrows(
                                UnreadableFileException.class,
                                () -> TextDecoder.decode(new byte[] {'a', 'b', 'c', (byte) 0x81, 0x28}))
                        .getMessage());
        assertEquals(
                "file contains only whitespace",
                assertThrows(
                                UnreadableFileException.class,
                                () -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)))
                        .getMessage());
    }

    @Test
    void aLatin1PoundInAnAsciiPageIsReadAsWindows1252WithAWarning() throws Exception {
        byte[] page = "Profits rose to \u00A3600m in the quarter.".getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded decoded = TextDecoder.decode(page);
        assertEquals("Profits rose to £600m in the quarter.", decoded.text());
        assertEquals("not valid UTF-8: 1 byte from byte offset 16 read as windows-1252", decoded.warning());
    }

    @Test
    void theUtf8AroundAStrayByteIsKept() throws Exception {
        byte[] hindi = "मूल्य ".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[hindi.length + 4];
        System.arraycopy(hindi, 0, page, 0, hindi.length);
        page[hindi.length] = (byte) 0x80; // the euro sign in windows-1252
        page[hindi.length + 1] = '5';
        page[hindi.length + 2] = (byte) 0x96; // an en dash
        page[hindi.length + 3] = '6';
        TextDecoder.Decoded decoded = TextDecoder.decode(page);
        assertEquals("मूल्य €5–6", decoded.text());
        assertEquals(
                "not valid UTF-8: 2 bytes from byte offset " + hindi.length + " read as windows-1252",
                decoded.warning());
    }

    @Test
    void cleanUtf8HasNoWarning() throws Exception {
        assertNull(TextDecoder.decode(HINDI.getBytes(StandardCharsets.UTF_8)).warning());
    }
}
