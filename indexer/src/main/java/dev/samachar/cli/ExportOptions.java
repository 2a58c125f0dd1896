package dev.samachar.cli;

import dev.samachar.search.ArticleExport;
import dev.samachar.search.ExportFormat;
import dev.samachar.search.SearchQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** `search --format csv|jsonl [--all] [--out FILE]`: hits as rows for other tools (docs/export.md). */
public class ExportOptions {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "csv or jsonl: write the hits as rows (columns in docs/export.md) instead of text.")
    String format;

    @Option(
            names = "--all",
            description = "With --format: every hit, however many (streamed; --size and --page are ignored).")
    boolean all;

    @Option(names = "--out", paramLabel = "FILE", description = "With --format: write to FILE instead of stdout.")
    Path out;

    boolean requested(boolean json) {
        if (format != null && json) {
            throw new IllegalArgumentException("--json and --format are alternatives: give one");
        }
        if (format == null && (all || out != null)) {
            throw new IllegalArgumentException((all ? "--all" : "--out") + " needs --format csv or jsonl");
        }
        return format != null;
    }

    /**
     * Writes the hits of {@code query}: all of them with --all, else the page --size and --page select.
     * A cluster problem before the first row leaves no partial file behind.
     */
    int run(SamacharCli root, ClusterSession session, String alias, SearchQuery query) {
        ExportFormat exportFormat = ExportFormat.of(format);
        long skip = all ? 0 : query.offset();
        long limit = all ? Long.MAX_VALUE : query.size();
        try (ArticleExport.Cursor cursor =
                new ArticleExport(session.client, alias, session.searchMode(alias)).open(query)) {
            long written;
            if (out == null) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(root.out, StandardCharsets.UTF_8));
                try {
                    written = write(exportFormat, cursor, skip, limit, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    written = write(exportFormat, cursor, skip, limit, writer);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot write " + out + ": " + reason(e));
                }
                root.err.println(String.format(
                        Locale.ROOT, "Exported %,d %s to %s", written, written == 1 ? "article" : "articles", out));
            }
            return ExitCodes.OK;
        }
    }

    private static long write(ExportFormat format, ArticleExport.Cursor cursor, long skip, long limit, Writer writer)
            throws IOException {
        format.writeStart(writer);
        long seen = 0;
        long written = 0;
        while (written < limit && cursor.hasNext()) {
            ArticleExport.Row row = cursor.next();
            if (seen++ < skip) {
                continue;
            }
            format.write(writer, row.id(), row.score(), row.source());
            written++;
        }
        writer.flush();
        return written;
    }

    private static String reason(IOException e) {
        return e instanceof NoSuchFileException
                ? "no such folder"
                : e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }
}
