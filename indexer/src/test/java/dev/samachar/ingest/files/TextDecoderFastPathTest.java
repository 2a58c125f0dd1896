package dev.samachar.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The String-constructor fast path of {@link TextDecoder} accepts exactly the UTF-8 a strict
 * decoder accepts, with the same text and no warning: valid text, text with a real U+FFFD; mangled
 * bytes (cut sequences, overlong forms, encoded surrogates, stray continuation bytes) always get the
 * windows-1252 warning or a rejection.
 */
class TextDecoderFastPathTest {

    private static final byte[][] PIECES = {
        "India ".getBytes(StandardCharsets.UTF_8),
        "भारत ".getBytes(StandardCharsets.UTF_8),
        "\uFFFD".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8),
        "ü\n".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC3},
        {(byte) 0xE0, (byte) 0xA4},
        {(byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xFF},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}
    };

    @Test
    void acceptsAndRejectsAsTheStrictDecoder() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes("x".getBytes(StandardCharsets.UTF_8));
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                // Mostly valid pieces, so that a good share of the inputs is valid text.
                int pick = random.nextInt(10) < 7 ? random.nextInt(5) : random.nextInt(PIECES.length);
                out.writeBytes(PIECES[pick]);
            }
            byte[] bytes = out.toByteArray();
            String expected = strict(bytes);
            if (expected == null) {
                // Not UTF-8: read with a warning, or rejected when a byte is not windows-1252 either.
                try {
                    assertNotNull(TextDecoder.decode(bytes).warning());
                } catch (UnreadableFileException e) {
                    assertTrue(e.getMessage().endsWith("is not windows-1252 either"), e.getMessage());
                }
            } else {
                TextDecoder.Decoded decoded = assertDoesNotThrow(bytes);
                assertEquals(expected, decoded.text());
                assertNull(decoded.warning());
            }
        }
    }

    private static TextDecoder.Decoded assertDoesNotThrow(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes);
        } catch (UnreadableFileException e) {
            throw new AssertionError("valid UTF-8 rejected: " + e.getMessage(), e);
        }
    }

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
