package dev.samachar.ingest.parse;

import dev.samachar.ingest.dates.IsoDateTimeText;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One article as read from a file, chrome already removed. Nullable fields are unknown, never
 * guessed: {@code published} is null when the page gives no full date.
 *
 * @param file      the file it was read from (absolute, normalised)
 * @param line      1-based line for articles from a .jsonl file, 0 for a whole-file article
 * @param format    "text" or "jsonl"
 * @param source    e.g. "PIB Delhi", "PTI"; nullable
 * @param lang      "hi" or "en"
 * @param releaseId PIB release id; nullable
 * @param url       nullable
 */
public record Article(
        Path file,
        int line,
        String format,
        String title,
        String body,
        OffsetDateTime published,
        String source,
        String lang,
        String releaseId,
        String url) {

    /** Publication time as ISO-8601 with seconds and the IST offset, e.g. 2018-10-04T19:50:00+05:30; null if undated. */
    public String publishedIso() {
        return published == null ? null : IsoDateTimeText.of(published);
    }

    /** Where the article came from, for messages: the path, plus the line for .jsonl. */
    public String origin() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
