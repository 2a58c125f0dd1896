package dev.samachar.analysis.lucene;

import dev.samachar.analysis.GluedFullStops;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that hands out its input with each {@link GluedFullStops glued full stop} replaced by a
 * space, for texts too long to hold whole. The rule looks only inside a run of non-space chars, so
 * the input is passed on up to its last whitespace and the rest is held back until more is read.
 */
final class UngluingReader extends Reader {

    private static final int CHUNK = 8192;
    /** A run of non-space chars longer than this is passed on cut (no real word is that long). */
    private static final int MAX_HELD = 65_536;

    private final Reader in;
    private char[] buffer = new char[2 * CHUNK];
    /** buffer[next, ready) is unglued and not yet handed out; buffer[ready, end) is held back. */
    private int next;

    private int ready;
    private int end;
    private boolean exhausted;

    UngluingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (next == ready) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, ready - next);
        System.arraycopy(buffer, next, target, offset, n);
        next += n;
        return n;
    }

    /** Moves the held-back chars to the front and reads more; false once nothing is left. */
    private boolean fill() throws IOException {
        int held = end - ready;
        System.arraycopy(buffer, ready, buffer, 0, held);
        next = 0;
        ready = 0;
        end = held;
        if (exhausted) {
            return release(end);
        }
        if (end + CHUNK > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, end + CHUNK));
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read == -1) {
            exhausted = true;
            return release(end);
        }
        end += read;
        int cut = end;
        while (cut > 0 && !Character.isWhitespace(buffer[cut - 1])) {
            cut--;
        }
        if (cut == 0 && end >= MAX_HELD) {
            cut = end;
        }
        release(cut);
        return true;
    }

    /** Makes buffer[0, cut) ready, unglued; true if that is anything. */
    private boolean release(int cut) {
        GluedFullStops.replaceWithSpaces(buffer, cut);
        ready = cut;
        return cut > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
