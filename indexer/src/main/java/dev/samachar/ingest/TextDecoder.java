package dev.samachar.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says precisely why it cannot. Scraped pages arrive as UTF-8
 * with or without a byte-order mark, sometimes as UTF-16 with a BOM; anything else that is not
 * valid UTF-8 is rejected rather than guessed at, so mojibake never reaches the index.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            throw new UnreadableFileException("binary file (contains NUL or control bytes), not text");
        }
        String text = utf8(bytes, offset);
        if (text.isBlank()) {
            throw new UnreadableFileException("file contains only whitespace");
        }
        return text;
    }

    /**
     * The String constructor decodes much faster than a CharsetDecoder, but replaces malformed
     * input with U+FFFD instead of reporting it. Text without U+FFFD therefore had none; text with
     * one (malformed, or a real U+FFFD in the file) is decoded again strictly, which decides.
     */
    private static String utf8(byte[] bytes, int offset) throws UnreadableFileException {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(bytes, offset, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, java.nio.charset.Charset charset)
            throws UnreadableFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new UnreadableFileException("invalid " + charset.name() + " at byte offset "
                    + firstBadByte(bytes, offset, charset));
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("invalid " + charset.name() + ": " + e.getMessage());
        }
    }

    /** Finds the offending offset by decoding incrementally; only runs on the error path. */
    private static int firstBadByte(byte[] bytes, int offset, java.nio.charset.Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 4);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** NUL bytes, or a high share of C0 control bytes other than tab/newline/CR/FF. */
    static boolean looksBinary(byte[] bytes, int offset) {
        int sample = Math.min(bytes.length, offset + 8192);
        int control = 0;
        for (int i = offset; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        int length = sample - offset;
        return length > 0 && control * 100 / length > 5;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
