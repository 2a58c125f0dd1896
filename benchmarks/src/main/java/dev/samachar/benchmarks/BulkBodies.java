package dev.samachar.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.enrich.Enricher;
import dev.samachar.es.AnalysisMode;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.ingest.parse.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The generated corpus as ready-to-send {@code _bulk} request bodies (NDJSON, index actions with
 * their ids), so that the timed part of the indexing benchmark is Elasticsearch's work only: the
 * pages are written, read, parsed and enriched exactly as {@code samachar index} does, but once,
 * before any clock starts, and every index receives the very same bytes.
 *
 * @param bodies       one body per bulk request, {@code batchSize} documents each (the last may have fewer)
 * @param documents    documents over all bodies
 * @param distinctIds  different ids among them: fewer when two pages hold the same article (real pages may)
 * @param articleBytes total size of the generated page files
 */
record BulkBodies(List<byte[]> bodies, int documents, int distinctIds, long articleBytes) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A fixed indexing time: the same bytes on every run. */
    private static final Instant INDEXED_AT = Instant.parse("2024-01-01T00:00:00Z");

    static BulkBodies generate(int articles, int batchSize) throws IOException {
        Path dir = Files.createTempDirectory("samachar-bench-corpus");
        try {
            List<Path> files = new CorpusGenerator(42).write(dir, articles);
            // The path relative to the corpus folder: ids and the file field do not depend on the temp dir.
            return render(
                    files,
                    batchSize,
                    read -> new Article(
                            dir.relativize(read.file()),
                            read.line(),
                            read.format(),
                            read.title(),
                            read.body(),
                            read.published(),
                            read.source(),
                            read.lang(),
                            read.releaseId(),
                            read.url()));
        } finally {
            Folders.deleteRecursively(dir);
        }
    }

    /**
     * The documents {@code samachar index} would send for these files (same ids, same file paths),
     * rendered as bulk bodies.
     */
    static BulkBodies render(List<Path> files, int batchSize) throws IOException {
        return render(files, batchSize, UnaryOperator.identity());
    }

    private static BulkBodies render(List<Path> files, int batchSize, UnaryOperator<Article> relocate)
            throws IOException {
        ArticleReader reader = new ArticleReader();
        Enricher enricher = Enricher.load(AnalysisMode.PLUGIN);
        List<byte[]> bodies = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int documents = 0;
        Set<String> ids = new HashSet<>();
        long articleBytes = 0;
        for (Path file : files) {
            articleBytes += Files.size(file);
            ReadResult result = reader.read(file);
            if (!result.failures().isEmpty()) {
                throw new IllegalStateException("page not readable: " + result.failures());
            }
            for (Article read : result.articles()) {
                ArticleDocument document = enricher.enrich(relocate.apply(read));
                ids.add(document.id());
                body.write(JSON.writeValueAsBytes(Map.of("index", Map.of("_id", document.id()))));
                body.write('\n');
                body.write(JSON.writeValueAsBytes(document.source(INDEXED_AT)));
                body.write('\n');
                if (++documents % batchSize == 0) {
                    bodies.add(body.toByteArray());
                    body.reset();
                }
            }
        }
        if (body.size() > 0) {
            bodies.add(body.toByteArray());
        }
        return new BulkBodies(List.copyOf(bodies), documents, ids.size(), articleBytes);
    }

    /** The first {@code count} bodies, for warming up. */
    BulkBodies first(int count, int batchSize) {
        List<byte[]> head = bodies.subList(0, Math.min(count, bodies.size()));
        int documentsInHead = Math.min(documents, head.size() * batchSize);
        return new BulkBodies(head, documentsInHead, documentsInHead, 0);
    }

    long bytes() {
        return bodies.stream().mapToLong(b -> b.length).sum();
    }
}
