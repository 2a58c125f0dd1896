package dev.samachar.ingest.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a file's bytes into text, or says precisely why it cannot. Scraped pages arrive as UTF-8
 * with or without a byte-order mark, sometimes as UTF-16 with a BOM. Bytes that are not UTF-8
 * (a "£" saved as Latin-1 in an otherwise UTF-8 or ASCII page) are read as windows-1252, one
 * malformed sequence at a time so the valid UTF-8 around them (Devanagari) is kept, and the
 * result carries a warning; a byte that windows-1252 does not define either, or a binary file,
 * is rejected.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param warning null when the bytes were clean; otherwise what was read as windows-1252, for the
     *                run's warnings (the caller adds the file name)
     */
    public record Decoded(String text, String warning) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), null);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            throw new UnreadableFileException("binary file (contains NUL or control bytes), not text");
        }
        Decoded decoded = utf8(bytes, offset);
        if (decoded.text().isBlank()) {
            throw new UnreadableFileException("file contains only whitespace");
        }
        return decoded;
    }

    /**
     * The String constructor decodes much faster than a CharsetDecoder, but replaces malformed
     * input with U+FFFD instead of reporting it. Text without U+FFFD therefore had none; text with
     * one (malformed, or a real U+FFFD in the file) is decoded again strictly, which decides.
     */
    private static Decoded utf8(byte[] bytes, int offset) throws UnreadableFileException {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? new Decoded(text, null) : utf8OrWindows1252(bytes, offset);
    }

    /** UTF-8, each malformed sequence read as windows-1252 instead; a byte neither defines rejects the file. */
    private static Decoded utf8OrWindows1252(byte[] bytes, int offset) throws UnreadableFileException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // Neither UTF-8 nor windows-1252 makes more chars than it reads bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        int first = -1;
        int count = 0;
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            int at = in.position();
            first = first < 0 ? at : first;
            for (int k = 0; k < result.length(); k++) {
                out.put(windows1252(bytes[at + k], at + k));
            }
            count += result.length();
            in.position(at + result.length());
        }
        utf8.flush(out);
        out.flip();
        if (count == 0) {
            return new Decoded(out.toString(), null); // valid after all: the file holds a real U+FFFD
        }
        return new Decoded(
                out.toString(),
                "not valid UTF-8: " + count + (count == 1 ? " byte" : " bytes") + " from byte offset " + first
                        + " read as windows-1252");
    }

    private static char windows1252(byte b, int at) throws UnreadableFileException {
        CharBuffer decoded;
        try {
            decoded = WINDOWS_1252
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(new byte[] {b}));
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(String.format(
                    Locale.ROOT,
                    "invalid UTF-8 at byte offset %d, and byte 0x%02X is not windows-1252 either",
                    at,
                    b & 0xFF));
        }
        return decoded.get(0);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new UnreadableFileException(
                    "invalid " + charset.name() + " at byte offset " + firstBadByte(bytes, offset, charset));
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("invalid " + charset.name() + ": " + e.getMessage());
        }
    }

    /** Finds the offending offset by decoding incrementally; only runs on the error path. */
    private static int firstBadByte(byte[] bytes, int offset, Charset charset) {
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
