package dev.samachar.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.enrich.Enricher;
import dev.samachar.es.BulkIndexer;
import dev.samachar.es.ErrorMessages;
import dev.samachar.es.RenderedSource;
import dev.samachar.ingest.files.ArticleFiles;
import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.ingest.parse.ReadResult;
import dev.samachar.schema.ArticleField;
import dev.samachar.state.FailureReport;
import dev.samachar.state.IndexState;
import dev.samachar.state.UnlinkedSince;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One `samachar index` run: expand paths; for each file, skip it if the index state says its content is
 * already indexed (unchanged, or a copy/move of indexed content), else read, enrich and bulk-index the
 * articles the index does not have yet, deleting those the file no longer has; optionally prune the
 * documents of files that are gone; refresh; link translations among the days touched, and those of an earlier
 * run that stopped before it linked (see {@link UnlinkedSince}). A file is recorded
 * in the state only once Elasticsearch acknowledged all of its operations. A bad file becomes a failure
 * entry and the run goes on.
 */
public final class IndexRun {

    /**
     * @param unchanged       files skipped because their content was indexed from the same path before
     * @param copies          files whose content was already indexed from another path (copied or moved)
     * @param articles        articles read from the files that were read
     * @param alreadyIndexed  of those, articles already in the index under their id (not sent again)
     * @param prunedFiles     files gone from disk whose documents were removed (--prune)
     * @param clusterFailure  why the cluster stopped accepting requests, or null
     * @param skipped         files in the folders given that were not read (hidden, other types)
     */
    public record Summary(
            int files,
            int unchanged,
            int copies,
            long articles,
            long alreadyIndexed,
            long indexed,
            long deleted,
            int prunedFiles,
            List<IngestFailure> failures,
            List<String> warnings,
            Duration elapsed,
            long bulkRequests,
            long retriedItems,
            long retriedRequests,
            int translationLinks,
            String clusterFailure,
            ArticleFiles.Skipped skipped) {

        /** A run over files alone (no folder walked, so nothing skipped). */
        public Summary(
                int files,
                int unchanged,
                int copies,
                long articles,
                long alreadyIndexed,
                long indexed,
                long deleted,
                int prunedFiles,
                List<IngestFailure> failures,
                List<String> warnings,
                Duration elapsed,
                long bulkRequests,
                long retriedItems,
                long retriedRequests,
                int translationLinks,
                String clusterFailure) {
            this(
                    files,
                    unchanged,
                    copies,
                    articles,
                    alreadyIndexed,
                    indexed,
                    deleted,
                    prunedFiles,
                    failures,
                    warnings,
                    elapsed,
                    bulkRequests,
                    retriedItems,
                    retriedRequests,
                    translationLinks,
                    clusterFailure,
                    new ArticleFiles.Skipped(0, 0, Map.of()));
        }

        public boolean complete() {
            return failures.isEmpty();
        }

        public long sent() {
            return articles - alreadyIndexed;
        }
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final ArticleReader reader;
    private final Enricher enricher;
    private final Progress progress;
    private final BulkIndexer.Options bulkOptions;
    private final IndexState state;
    private final FailureReport report;
    private final boolean full;

    private final List<IngestFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = new ArrayList<>();
    /** Settled files that have entries in the failure report (those entries go); the others need no memory. */
    private final Set<String> settled = ConcurrentHashMap.newKeySet();

    private final AtomicInteger pruned = new AtomicInteger();
    private int unchanged;
    private int copies;
    private long articles;
    private long alreadyIndexed;
    private Instant indexedAt;
    /** Files recorded in the state by this run (their documents all acknowledged), for {@link #recorded}. */
    private final AtomicInteger recordedFiles = new AtomicInteger();

    private volatile BulkIndexer activeBulk;
    private volatile long acknowledged;
    private volatile boolean linking;
    /** What translation linking needs of the articles sent, on disk until the run has sent everything. */
    private RunArticles runArticles;

    /**
     * @param full send every article again, even those the state says are indexed (after upgrading
     *             Samachar's enrichment, say)
     */
    public IndexRun(
            ElasticsearchClient client,
            String alias,
            ArticleReader reader,
            Enricher enricher,
            Progress progress,
            BulkIndexer.Options bulkOptions,
            IndexState state,
            FailureReport report,
            boolean full) {
        this.client = client;
        this.alias = alias;
        this.reader = reader;
        this.enricher = enricher;
        this.progress = progress;
        this.bulkOptions = bulkOptions;
        this.state = state;
        this.report = report;
        this.full = full;
    }

    /**
     * What this run has recorded so far, for a run stopped by a signal. Read from another thread while the run
     * goes on.
     *
     * @param files     files recorded in the index state (all their documents acknowledged)
     * @param documents documents Elasticsearch acknowledged
     * @param linking   the run had sent everything and was linking translations
     */
    public record Recorded(int files, long documents, boolean linking) {}

    public Recorded recorded() {
        BulkIndexer bulk = activeBulk;
        return new Recorded(recordedFiles.get(), bulk != null ? bulk.acknowledged() : acknowledged, linking);
    }

    public Summary run(List<Path> paths, boolean prune) {
        Instant start = Instant.now();
        indexedAt = start;
        ArticleFiles.Listing listing = ArticleFiles.expand(paths);
        failures.addAll(listing.failures());
        try (RunArticles sent = new RunArticles()) {
            return run(listing, prune, start, sent);
        }
    }

    private Summary run(ArticleFiles.Listing listing, boolean prune, Instant start, RunArticles sent) {
        runArticles = sent;
        UnlinkedSince unlinked = UnlinkedSince.in(state.directory());
        Instant unlinkedSince = unlinked.mark(start);
        boolean leftUnlinked = unlinkedSince.isBefore(start);
        BulkIndexer.Summary bulk;
        int done = 0;
        try (BulkIndexer bulkIndexer = new BulkIndexer(client, alias, bulkOptions);
                EnrichmentWorkers workers = new EnrichmentWorkers(EnrichmentWorkers.defaultThreads())) {
            activeBulk = bulkIndexer;
            for (Path file : listing.files()) {
                if (bulkIndexer.clusterFailed()) {
                    // Reading on would only queue more for a cluster that stopped answering.
                    failures.add(
                            new IngestFailure(file.toString(), "bulk", "not sent: " + bulkIndexer.clusterFailure()));
                } else {
                    indexFile(file, bulkIndexer, workers);
                }
                progress.update(++done, listing.files().size(), bulkIndexer.acknowledged(), failures.size());
            }
            progress.phase(Progress.Phase.SENDING);
            workers.drain();
            if (prune && !bulkIndexer.clusterFailed()) {
                prune(bulkIndexer);
            }
            progress.phase(Progress.Phase.WAITING);
            bulk = bulkIndexer.finish();
            acknowledged = bulkIndexer.acknowledged();
            activeBulk = null;
        }
        failures.addAll(bulk.failures());
        finishState(bulk.clusterFailure() == null);
        int links = 0;
        try {
            if (bulk.clusterFailure() == null && (bulk.indexed() + bulk.deleted() > 0 || leftUnlinked)) {
                linking = true;
                progress.phase(Progress.Phase.LINKING);
                refresh();
                if (bulk.indexed() > 0 && sent.failure() != null) {
                    warnings.add("translation linking skipped: " + sent.failure());
                } else if (bulk.indexed() > 0 || leftUnlinked) {
                    links = new TranslationLinker(client, alias).linkDays(sent, start, unlinkedSince);
                }
            }
        } finally {
            progress.finish();
        }
        if (bulk.clusterFailure() == null && sent.failure() == null) {
            unlinked.clear();
        }
        return new Summary(
                listing.files().size(),
                unchanged,
                copies,
                articles,
                alreadyIndexed,
                bulk.indexed(),
                bulk.deleted(),
                pruned.get(),
                List.copyOf(failures),
                List.copyOf(warnings),
                Duration.between(start, Instant.now()),
                bulk.requests(),
                bulk.retriedItems(),
                bulk.retriedRequests(),
                links,
                bulk.clusterFailure(),
                listing.skipped());
    }

    private void indexFile(Path file, BulkIndexer bulk, EnrichmentWorkers workers) {
        String path = file.toString();
        ArticleReader.Loaded loaded = reader.load(file);
        if (!loaded.ok()) {
            failures.add(loaded.failure());
            return;
        }
        String hash = loaded.hash();
        if (!full && state.unchanged(path, hash)) {
            unchanged++;
            // Its bad lines are not read again, but they are still not indexed: this run reports them too.
            report.entriesFor(path).forEach(e -> failures.add(new IngestFailure(e.file(), e.stage(), e.reason())));
            return;
        }
        IndexState.Entry indexedElsewhere = full ? null : state.sameContent(hash);
        if (indexedElsewhere != null) {
            copies++;
            settle(path, hash, indexedElsewhere.ids(), bulk);
            return;
        }
        workers.submit(() -> parseAndEnrich(loaded), parsed -> index(path, hash, parsed, bulk), loaded.bytes().length);
    }

    /**
     * A file's articles, parsed and enriched, each with its {@code _source} rendered.
     *
     * @param sources one per document, in the same order
     */
    private record Parsed(ReadResult result, List<ArticleDocument> documents, List<RenderedSource> sources) {}

    /** On a worker thread: the CPU-heavy part, touching only the (thread-safe) reader and enricher. */
    private Parsed parseAndEnrich(ArticleReader.Loaded loaded) {
        try {
            ReadResult result = reader.parse(loaded);
            List<ArticleDocument> documents = new ArrayList<>();
            List<RenderedSource> sources = new ArrayList<>();
            for (Article article : result.articles()) {
                ArticleDocument document = enricher.enrich(article);
                documents.add(document);
                sources.add(rendered(document, loaded.hash()));
            }
            return new Parsed(result, documents, sources);
        } catch (OutOfMemoryError e) {
            // What this file allocated is garbage once the error is thrown: it fails alone, the run goes on.
            return new Parsed(
                    ReadResult.failed(
                            new IngestFailure(
                                    loaded.file().toString(),
                                    "parse",
                                    "out of memory parsing and enriching this " + loaded.bytes().length
                                            + "-byte file (heap limit "
                                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                                            + " MB); index it with a larger heap,"
                                            + " e.g. SAMACHAR_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx1g\", or lower --max-file-size")),
                    List.of(),
                    List.of());
        }
    }

    private RenderedSource rendered(ArticleDocument document, String fileHash) {
        Map<String, Object> source = document.source(indexedAt);
        source.put(ArticleField.FILE_HASH.fieldName(), fileHash);
        return RenderedSource.of(source);
    }

    /** Back on the run's thread, in file order: state, counters and bulk operations. */
    private void index(String path, String hash, Parsed parsed, BulkIndexer bulk) {
        failures.addAll(parsed.result().failures());
        warnings.addAll(parsed.result().warnings());
        List<ArticleDocument> documents = parsed.documents();
        if (documents.isEmpty()) {
            return;
        }
        List<String> ids = documents.stream().map(ArticleDocument::id).toList();
        FileJob job = new FileJob(() -> recordSettled(path, hash, ids));
        for (int i = 0; i < documents.size(); i++) {
            ArticleDocument document = documents.get(i);
            articles++;
            if (!full && state.present(document.id())) {
                alreadyIndexed++;
                continue;
            }
            bulk.index(
                    document.id(),
                    parsed.sources().get(i),
                    document.article().origin(),
                    keptForLinking(document, job.expect()));
        }
        deleteOrphans(path, ids, bulk, job);
        job.queued();
    }

    /** {@code outcome}, which also keeps the document for translation linking once Elasticsearch has it. */
    private BulkIndexer.Outcome keptForLinking(ArticleDocument document, BulkIndexer.Outcome outcome) {
        return new BulkIndexer.Outcome() {
            @Override
            public void acknowledged() {
                runArticles.add(document);
                outcome.acknowledged();
            }

            @Override
            public void failed(IngestFailure failure) {
                outcome.failed(failure);
            }
        };
    }

    /** Records {@code path} as holding documents that are already indexed, after removing what it held before. */
    private void settle(String path, String hash, List<String> ids, BulkIndexer bulk) {
        FileJob job = new FileJob(() -> recordSettled(path, hash, ids));
        deleteOrphans(path, ids, bulk, job);
        job.queued();
    }

    /** An edited file's old articles that no file has any more are removed from the index. */
    private void deleteOrphans(String path, List<String> keep, BulkIndexer bulk, FileJob job) {
        for (String id : state.orphanedBy(path, keep)) {
            bulk.delete(id, path, job.expect());
        }
    }

    private void recordSettled(String path, String hash, List<String> ids) {
        state.record(path, hash, ids);
        recordedFiles.incrementAndGet();
        markSettled(path);
    }

    private void markSettled(String path) {
        if (report.lists(path)) {
            settled.add(path);
        }
    }

    /** Files in the state that no longer exist: their documents go unless another file has the same articles. */
    private void prune(BulkIndexer bulk) {
        for (String path : state.paths()) {
            if (!Files.notExists(Path.of(path))) {
                continue;
            }
            FileJob job = new FileJob(() -> {
                state.forget(path);
                markSettled(path);
                pruned.incrementAndGet();
            });
            for (String id : state.orphanedBy(path, List.of())) {
                bulk.delete(id, path, job.expect());
            }
            job.queued();
        }
        // Failure entries of files that are gone can never be retried.
        report.paths().stream().filter(p -> Files.notExists(Path.of(p))).forEach(settled::add);
    }

    /**
     * A run that finished talking to the cluster compacts the journal; one cut short keeps it as it is
     * (complete up to the last acknowledged file). Either way the failure report is brought up to date.
     */
    private void finishState(boolean clean) {
        if (clean) {
            state.compact();
        }
        state.close();
        report.update(settled, failures, Instant.now());
        report.save();
    }

    /** Makes the run's documents searchable now, so a search right after `index` sees them. */
    private void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
