package dev.samachar.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads one file into articles, choosing the parser by extension; never throws for bad input. */
public final class ArticleReader {

    /** Scraped article pages are kilobytes; a huge file is almost certainly not one article. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final ScrapedPageParser pages;
    private final JsonLinesParser feeds;
    private final long maxBytes;

    public ArticleReader(DatelineParser dates, long maxBytes) {
        this.pages = new ScrapedPageParser(dates);
        this.feeds = new JsonLinesParser(dates);
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(new DatelineParser(), DEFAULT_MAX_BYTES);
    }

    public ReadResult read(Path file) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return ReadResult.failed(new IngestFailure(origin, "read",
                        "file is " + size + " bytes, over the limit of " + maxBytes + " bytes (--max-file-size)"));
            }
            String text = TextDecoder.decode(Files.readAllBytes(file));
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                return feeds.parse(file, text);
            }
            return new ReadResult(List.of(pages.parse(file, text)), List.of(), List.of());
        } catch (UnreadableFileException e) {
            return ReadResult.failed(new IngestFailure(origin, "parse", e.getMessage()));
        } catch (AccessDeniedException e) {
            return ReadResult.failed(new IngestFailure(origin, "read", "permission denied"));
        } catch (IOException e) {
            return ReadResult.failed(new IngestFailure(origin, "read", "cannot be read: " + ArticleFiles.describe(e)));
        } catch (RuntimeException e) {
            // A parser bug must cost one file, not the run; the reason names the bug for a report.
            return ReadResult.failed(new IngestFailure(origin, "parse", "internal error: " + e));
        }
    }
}
