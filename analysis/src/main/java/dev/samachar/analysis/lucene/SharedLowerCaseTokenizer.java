package dev.samachar.analysis.lucene;

import dev.samachar.analysis.GluedFullStops;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Lucene's {@link StandardTokenizer} followed by {@link LowerCaseFilter}, scanning and lower-casing
 * each text once per thread however many analysers tokenise it: Elasticsearch inverts a
 * document's fields one after another on one thread, and a text field with the hindi, loose and
 * key sub-fields hands the same text to four analysers in a row. The first scans it and keeps its
 * tokens (lower-cased terms, offsets, position increments, types) for the thread; the others find
 * the same text there and replay them. The tokens are exactly those of StandardTokenizer and
 * LowerCaseFilter on the text with its {@link GluedFullStops glued full stops} replaced by spaces
 * ("हैं.दिल्ली" gives हैं and दिल्ली; the same length, so offsets are the text's): a text is replayed
 * only if it is equal, char for char, to the one scanned.
 *
 * <p>A token whose first letter was upper or title case before lower-casing carries the flag
 * {@link #CAPITALISED} ({@link FlagsAttribute}): the loose field tells names from ordinary English
 * words by it.
 *
 * <p>Scanning is the largest analysis cost on the node when each sub-field does it again
 * (docs/design-notes.md#one-scan-per-text). Texts longer than {@value #MAX_SHARED_CHARS} chars are
 * scanned every time, as they are read, so that no thread holds a large buffer or token list; a
 * thread keeps one text at most.
 */
public final class SharedLowerCaseTokenizer extends Tokenizer {

    /** The longest text whose tokens a thread keeps. */
    static final int MAX_SHARED_CHARS = 32_768;

    /** Flag bit: the token's first letter was upper or title case in the text. */
    public static final int CAPITALISED = 1;

    private static final ThreadLocal<ScannedText> LAST = new ThreadLocal<>();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    /** Scans on behalf of this tokenizer; its attributes are its own and are copied from. */
    private final StandardTokenizer scanner = new StandardTokenizer();

    private char[] text = new char[1024];
    private ScannedText tokens;
    private int next;
    /** Whether this text is too long to keep and its tokens come straight from {@link #scanner}. */
    private boolean streaming;

    @Override
    public void reset() throws IOException {
        super.reset();
        release();
        int length = readAtMost(MAX_SHARED_CHARS + 1);
        if (length > MAX_SHARED_CHARS) {
            // Too long to keep: its tokens come straight from the scanner as it reads, so a huge text
            // needs no buffer of its size, and a consumer that stops early (a highlighter's offset
            // limit) stops the reading. Kept whole, a page of megabytes would hold many times its size
            // per analyser on the node (docs/large-documents.md).
            scanner.setReader(new UngluingReader(new PrefixedReader(text, length, input)));
            scanner.reset();
            streaming = true;
            return;
        }
        ScannedText last = LAST.get();
        if (last == null || !last.holds(text, length)) {
            // Refilled only when no stream of this thread is replaying it (a highlighter can hold
            // the streams of several fields at once); otherwise a new one.
            if (last == null || last.readers > 0 || length > MAX_SHARED_CHARS) {
                last = new ScannedText();
            }
            last.scan(scanner, text, length);
            LAST.set(length <= MAX_SHARED_CHARS ? last : null);
        }
        tokens = last;
        tokens.readers++;
        next = 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (streaming) {
            return nextStreamed();
        }
        if (tokens == null) {
            // What Tokenizer's own reader throws: the tokens are replayed, so that reader is never asked.
            throw new IllegalStateException(
                    "TokenStream contract violation: reset()/close() call missing, "
                            + "reset() called multiple times, or subclass does not call super.reset(). "
                            + "Please see Javadocs of TokenStream class for more information about the correct consuming workflow.");
        }
        if (next == tokens.count) {
            return false;
        }
        clearAttributes();
        int i = next++;
        termAtt.copyBuffer(tokens.chars, tokens.termStart[i], tokens.termLength[i]);
        offsetAtt.setOffset(correctOffset(tokens.startOffset[i]), correctOffset(tokens.endOffset[i]));
        posIncAtt.setPositionIncrement(tokens.posInc[i]);
        typeAtt.setType(tokens.type[i]);
        flagsAtt.setFlags(tokens.capitalised[i] ? CAPITALISED : 0);
        return true;
    }

    /** The scanner's next token, lower-cased and flagged as {@link ScannedText#scan} keeps it. */
    private boolean nextStreamed() throws IOException {
        if (!scanner.incrementToken()) {
            return false;
        }
        clearAttributes();
        CharTermAttribute term = scanner.getAttribute(CharTermAttribute.class);
        OffsetAttribute offset = scanner.getAttribute(OffsetAttribute.class);
        int n = term.length();
        termAtt.copyBuffer(term.buffer(), 0, n);
        flagsAtt.setFlags(n > 0 && ScannedText.startsCapitalised(termAtt.buffer(), n) ? CAPITALISED : 0);
        CharacterUtils.toLowerCase(termAtt.buffer(), 0, n);
        offsetAtt.setOffset(correctOffset(offset.startOffset()), correctOffset(offset.endOffset()));
        posIncAtt.setPositionIncrement(
                scanner.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
        typeAtt.setType(scanner.getAttribute(TypeAttribute.class).type());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (streaming) {
            scanner.end();
            int finalOffset =
                    correctOffset(scanner.getAttribute(OffsetAttribute.class).endOffset());
            offsetAtt.setOffset(finalOffset, finalOffset);
            posIncAtt.setPositionIncrement(
                    scanner.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
            return;
        }
        if (tokens == null) {
            // reset() failed reading the input; a consumer still calls end() and close() after the error.
            return;
        }
        int finalOffset = correctOffset(tokens.finalOffset);
        offsetAtt.setOffset(finalOffset, finalOffset);
        posIncAtt.setPositionIncrement(tokens.finalPosInc);
    }

    @Override
    public void close() throws IOException {
        super.close();
        release();
    }

    private void release() throws IOException {
        if (tokens != null) {
            tokens.readers--;
            tokens = null;
        }
        if (streaming) {
            streaming = false;
            scanner.close();
        }
    }

    /** Reads up to {@code limit} chars of the input into {@link #text}; returns how many. */
    private int readAtMost(int limit) throws IOException {
        int length = 0;
        while (length < limit) {
            if (length == text.length) {
                text = Arrays.copyOf(text, Math.min(limit, 2 * text.length));
            }
            int read = input.read(text, length, text.length - length);
            if (read == -1) {
                break;
            }
            length += read;
        }
        return length;
    }

    /** The chars already read, then the rest of the input; closing it leaves the input to the tokenizer. */
    private static final class PrefixedReader extends Reader {
        private final char[] prefix;
        private final int prefixLength;
        private final Reader rest;
        private int position;

        PrefixedReader(char[] prefix, int prefixLength, Reader rest) {
            this.prefix = prefix;
            this.prefixLength = prefixLength;
            this.rest = rest;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position < prefixLength) {
                int n = Math.min(length, prefixLength - position);
                System.arraycopy(prefix, position, buffer, offset, n);
                position += n;
                return n;
            }
            return rest.read(buffer, offset, length);
        }

        @Override
        public void close() {
            // Tokenizer.close() closes the input.
        }
    }

    /** A text and its tokens, lower-cased. */
    private static final class ScannedText {
        /** Streams replaying these tokens: while there are any, the tokens must not change. */
        int readers;

        private char[] text = new char[256];
        private int textLength = -1;
        private int count;
        private char[] chars = new char[256];
        private int[] termStart = new int[64];
        private int[] termLength = new int[64];
        private int[] startOffset = new int[64];
        private int[] endOffset = new int[64];
        private int[] posInc = new int[64];
        private String[] type = new String[64];
        private boolean[] capitalised = new boolean[64];
        private int finalOffset;
        private int finalPosInc;

        boolean holds(char[] other, int length) {
            return length == textLength && Arrays.equals(text, 0, length, other, 0, length);
        }

        void scan(StandardTokenizer scanner, char[] source, int length) throws IOException {
            textLength = -1; // holds no text until the scan is complete
            if (text.length < length) {
                text = new char[Math.max(length, 2 * text.length)];
            }
            System.arraycopy(source, 0, text, 0, length);
            // The scanner reads the glued full stops as spaces; they are put back after the scan,
            // so that the text compares equal to the next one (no second copy of a large text).
            int[] gluedStops = GluedFullStops.find(text, length);
            for (int stop : gluedStops) {
                text[stop] = ' ';
            }
            CharTermAttribute term = scanner.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = scanner.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = scanner.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute tokenType = scanner.addAttribute(TypeAttribute.class);
            scanner.setReader(new CharArrayReader(text, 0, length));
            count = 0;
            int used = 0;
            try {
                scanner.reset();
                while (scanner.incrementToken()) {
                    if (count == termStart.length) {
                        grow();
                    }
                    int n = term.length();
                    if (used + n > chars.length) {
                        chars = Arrays.copyOf(chars, Math.max(used + n, 2 * chars.length));
                    }
                    System.arraycopy(term.buffer(), 0, chars, used, n);
                    capitalised[count] = n > 0 && startsCapitalised(term.buffer(), n);
                    CharacterUtils.toLowerCase(chars, used, used + n); // what LowerCaseFilter does
                    termStart[count] = used;
                    termLength[count] = n;
                    used += n;
                    startOffset[count] = offset.startOffset();
                    endOffset[count] = offset.endOffset();
                    posInc[count] = increment.getPositionIncrement();
                    type[count] = tokenType.type();
                    count++;
                }
                scanner.end();
                finalOffset = offset.endOffset();
                finalPosInc = increment.getPositionIncrement();
            } finally {
                scanner.close();
                for (int stop : gluedStops) {
                    text[stop] = '.';
                }
            }
            textLength = length;
        }

        private void grow() {
            int size = 2 * termStart.length;
            termStart = Arrays.copyOf(termStart, size);
            termLength = Arrays.copyOf(termLength, size);
            startOffset = Arrays.copyOf(startOffset, size);
            endOffset = Arrays.copyOf(endOffset, size);
            posInc = Arrays.copyOf(posInc, size);
            type = Arrays.copyOf(type, size);
            capitalised = Arrays.copyOf(capitalised, size);
        }

        private static boolean startsCapitalised(char[] buffer, int length) {
            int cp = Character.codePointAt(buffer, 0, length);
            return Character.isUpperCase(cp) || Character.isTitleCase(cp);
        }
    }
}
