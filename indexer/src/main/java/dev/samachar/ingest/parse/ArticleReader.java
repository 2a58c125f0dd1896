package dev.samachar.ingest.parse;

import dev.samachar.ingest.dates.DatelineParser;
import dev.samachar.ingest.dates.PublicationDateLimit;
import dev.samachar.ingest.files.ArticleFiles;
import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.ingest.files.TextDecoder;
import dev.samachar.ingest.files.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads one file into articles, choosing the parser by extension; never throws for bad input.
 * Reading is split in two so a run can skip unchanged files cheaply: {@link #load} reads the bytes
 * (never more than the size limit, whatever the file claims) and hashes them; {@link #parse} makes
 * articles of them.
 */
public final class ArticleReader {

    /** Scraped article pages are kilobytes; a huge file is almost certainly not one article. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** A file's bytes and their SHA-256 (hex), or why it could not be read. */
    public record Loaded(Path file, byte[] bytes, String hash, IngestFailure failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private final ScrapedPageParser pages;
    private final JsonLinesParser feeds;
    private final long maxBytes;

    public ArticleReader(DatelineParser dates, long maxBytes) {
        this(dates, maxBytes, PublicationDateLimit.systemClock());
    }

    /** @param limit publication dates later than it allows are left empty (a clock, for tests) */
    public ArticleReader(DatelineParser dates, long maxBytes, PublicationDateLimit limit) {
        this.pages = new ScrapedPageParser(dates, limit);
        this.feeds = new JsonLinesParser(dates, limit);
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(new DatelineParser(), DEFAULT_MAX_BYTES);
    }

    public ReadResult read(Path file) {
        Loaded loaded = load(file);
        return loaded.ok() ? parse(loaded) : ReadResult.failed(loaded.failure());
    }

    /** Reads at most the size limit plus one byte, so a file that grows or lies about its size cannot exhaust memory. */
    public Loaded load(Path file) {
        String origin = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return failed(file, "read", notRegular(file));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(file, "read", tooLarge(size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
                bytes = readUpTo(in, (int) Math.min(size, limit), limit);
            }
            if (bytes.length > maxBytes) {
                return failed(file, "read", tooLarge(bytes.length) + " (it grew while being read)");
            }
            return new Loaded(file, bytes, sha256(bytes), null);
        } catch (AccessDeniedException e) {
            return failed(file, "read", "permission denied");
        } catch (IOException e) {
            return failed(file, "read", "cannot be read: " + ArticleFiles.describe(e));
        } catch (RuntimeException e) {
            return new Loaded(file, null, null, new IngestFailure(origin, "read", "internal error: " + e));
        }
    }

    public ReadResult parse(Loaded loaded) {
        Path file = loaded.file();
        String origin = file.toString();
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(loaded.bytes());
            String text = decoded.text();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            ReadResult result;
            if (name.endsWith(".jsonl")) {
                result = feeds.parse(file, text);
            } else {
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    text = HtmlPage.toText(text);
                }
                result = new ReadResult(List.of(pages.parse(file, text)), List.of(), List.of());
            }
            return decoded.warning() == null ? result : withWarning(result, origin + ": " + decoded.warning());
        } catch (UnreadableFileException e) {
            return ReadResult.failed(new IngestFailure(origin, "parse", e.getMessage()));
        } catch (RuntimeException e) {
            // A parser bug must cost one file, not the run; the reason names the bug for a report.
            return ReadResult.failed(new IngestFailure(origin, "parse", "internal error: " + e));
        }
    }

    private static ReadResult withWarning(ReadResult result, String warning) {
        List<String> warnings = new ArrayList<>(result.warnings().size() + 1);
        warnings.add(warning);
        warnings.addAll(result.warnings());
        return new ReadResult(result.articles(), result.failures(), warnings);
    }

    private String tooLarge(long size) {
        return "file is " + size + " bytes, over the limit of " + maxBytes + " bytes (--max-file-size)";
    }

    private static String notRegular(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return "broken symbolic link (its target does not exist)";
        }
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "no such file";
        }
        return "not a regular file (a pipe, socket or device), not read";
    }

    private static Loaded failed(Path file, String stage, String reason) {
        return new Loaded(file, null, null, new IngestFailure(file.toString(), stage, reason));
    }

    /**
     * At most {@code limit} bytes, read into one array of the size the file had when asked: reading
     * in chunks up to the limit and copying them together cost two more arrays per file. A file that
     * shrank gives what it holds; one that grew is read on, up to the limit.
     */
    static byte[] readUpTo(InputStream in, int expected, int limit) throws IOException {
        byte[] bytes = new byte[Math.min(expected, limit)];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            return Arrays.copyOf(bytes, read);
        }
        int next = in.read();
        if (next < 0 || bytes.length == limit) {
            return bytes;
        }
        byte[] rest = in.readNBytes(limit - bytes.length - 1);
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = (byte) next;
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
