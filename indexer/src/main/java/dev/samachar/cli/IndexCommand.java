package dev.samachar.cli;

import dev.samachar.enrich.Enricher;
import dev.samachar.es.BulkIndexer;
import dev.samachar.es.ConfigException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.es.IndexSetup;
import dev.samachar.es.RetryPolicy;
import dev.samachar.ingest.dates.DatelineParser;
import dev.samachar.ingest.files.ArticleFiles;
import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.ingest.files.MissingPath;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.pipeline.IndexRun;
import dev.samachar.pipeline.Progress;
import dev.samachar.state.FailureReport;
import dev.samachar.state.IndexScan;
import dev.samachar.state.IndexState;
import dev.samachar.state.LastRun;
import dev.samachar.watch.ClusterWait;
import dev.samachar.watch.WatchLoop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Read article files and directories (recursively: .txt scraped pages, .html pages, .jsonl "
                    + "feeds), strip page chrome, extract metadata and countries, and bulk-index them.",
            "Incremental: files whose content is already indexed are skipped (a moved or copied file too), "
                    + "an edited file replaces its documents, and an interrupted run resumes where it stopped. "
                    + "State and the failure report live in $SAMACHAR_HOME/state/<alias>/.",
            "A file that cannot be read or indexed is reported with the reason and the rest are still "
                    + "indexed (exit code 1); see `samachar failures`.",
            "With --watch it keeps running and indexes files as they are written (docs/watch.md)."
        })
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Mixin
    IndexShapeOptions indexShape;

    @Mixin
    WatchOptions watch;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to index.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--prune", description = "Also remove the documents of files indexed before that no longer exist.")
    boolean prune;

    @Option(
            names = "--rescan",
            description = "Rebuild the incremental state from the index itself before indexing "
                    + "(after losing $SAMACHAR_HOME, or when the index was filled from elsewhere).")
    boolean rescan;

    @Option(
            names = "--full",
            description = "Send every article again, even those already indexed "
                    + "(after an upgrade of Samachar's enrichment).")
    boolean full;

    @Option(names = "--retry-failures", description = "Also read again every file in the failure report.")
    boolean retryFailures;

    @Option(
            names = "--max-file-size",
            paramLabel = "BYTES",
            defaultValue = "10485760",
            description = "Skip (and report) files larger than this; files are never read past it "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(
            names = "--bulk-size",
            paramLabel = "N",
            defaultValue = "500",
            description = "Documents per bulk request (default: ${DEFAULT-VALUE}).")
    int bulkSize;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "2",
            description = "Bulk requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--max-retries",
            paramLabel = "N",
            defaultValue = "6",
            description = "How often a bulk request or item rejected with 429/5xx, or lost to a network error, "
                    + "is sent again before its files are reported as failed (default: ${DEFAULT-VALUE}). "
                    + "Mapping and parse errors are never retried.")
    int maxRetries;

    @Option(
            names = "--retry-max-wait",
            paramLabel = "MILLIS",
            defaultValue = "8000",
            description = "Longest wait between retries; waits double from 250 ms up to this "
                    + "(default: ${DEFAULT-VALUE}).")
    long retryMaxWait;

    @Override
    public Integer call() {
        if (bulkSize < 1 || concurrency < 1 || maxFileSize < 1 || retryMaxWait < 0) {
            throw new IllegalArgumentException("--bulk-size, --concurrency and --max-file-size must be positive");
        }
        if (paths.isEmpty() && !retryFailures && !prune && !rescan) {
            throw new IllegalArgumentException(
                    "give files or directories to index (or --retry-failures, --prune, --rescan)");
        }
        refuseMissing(paths);
        if (watch.enabled) {
            watch.check(paths);
        }
        Path stateDir = IndexState.directory(root.settings.home(), cluster.alias);
        FailureReport report = FailureReport.load(stateDir);
        Set<Path> toRead = new LinkedHashSet<>(paths);
        if (retryFailures) {
            report.paths().forEach(p -> toRead.add(Path.of(p)));
        }
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            IndexSetup.Outcome setup = new IndexSetup(
                            session.client,
                            cluster.alias,
                            session.modeForIndexing(root.err),
                            indexShape.shape(root.settings))
                    .apply();
            setup.warnings().forEach(w -> root.err.println("warning: " + w));
            String uuid = indexUuid(session, setup.index());
            List<String> notices = new ArrayList<>();
            IndexState state = rescan ? null : IndexState.open(stateDir, setup.index(), uuid, notices);
            boolean rebuild = rescan;
            if (state != null && state.files() == 0 && documentsIn(session, setup.index()) > 0) {
                // No state, but documents: $SAMACHAR_HOME was lost, another machine filled the index, or it was
                // filled by a Samachar whose ids came from paths. Without the state those would be duplicated.
                notices.add("no index state for " + setup.index() + " although it holds documents; rebuilding it "
                        + "from the index (as --rescan does)");
                rebuild = true;
            }
            if (rebuild) {
                state = IndexState.rebuilt(
                        stateDir, setup.index(), uuid, new IndexScan(session.client).scan(setup.index()));
            }
            notices.forEach(n -> root.err.println("note: " + n));
            if (rebuild) {
                root.err.printf(
                        Locale.ROOT,
                        "Rebuilt the state from %s: %d files, %d documents.%n",
                        setup.index(),
                        state.files(),
                        state.documents());
            }
            Progress progress = !output.json && root.interactive() ? Progress.forTerminal(root.err) : Progress.silent();
            RetryPolicy retry = new RetryPolicy(
                    maxRetries, Duration.ofMillis(Math.min(250, retryMaxWait)), Duration.ofMillis(retryMaxWait));
            var bulkOptions = new BulkIndexer.Options(bulkSize, 5L * 1024 * 1024, concurrency, retry);
            if (watch.enabled) {
                return watch(session, setup, state, report, List.copyOf(toRead), progress, bulkOptions);
            }
            IndexRun run = new IndexRun(
                    session.client,
                    cluster.alias,
                    new ArticleReader(new DatelineParser(), maxFileSize),
                    Enricher.load(setup.mode()),
                    progress,
                    bulkOptions,
                    state,
                    report,
                    full);
            IndexRun.Summary summary;
            try (InterruptNotice notice = InterruptNotice.during(run, state, root.err)) {
                summary = run.run(List.copyOf(toRead), prune);
            }
            report(summary, setup, report);
            if (summary.clusterFailure() != null || (summary.sent() > 0 && summary.indexed() == 0)) {
                // The cluster went away, or refused every article it was sent.
                return ExitCodes.CLUSTER;
            }
            return summary.complete() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }

    /**
     * `--watch`: the same run over {@code startupPaths} first, then one run per batch of changed files, all on
     * the one state; --full and the progress line apply to the first run only.
     */
    private int watch(
            ClusterSession session,
            IndexSetup.Outcome setup,
            IndexState state,
            FailureReport report,
            List<Path> startupPaths,
            Progress progress,
            BulkIndexer.Options bulkOptions) {
        ArticleReader reader = new ArticleReader(new DatelineParser(), maxFileSize);
        Enricher enricher = Enricher.load(setup.mode());
        WatchLoop.BatchRunner batches = (files, pruneGone, startup) -> new IndexRun(
                        session.client,
                        cluster.alias,
                        reader,
                        enricher,
                        startup ? progress : Progress.silent(),
                        bulkOptions,
                        state,
                        report,
                        startup && full)
                .run(files, pruneGone);
        WatchOutput out = new WatchOutput(root.out, root.err, output.json, setup, report.location());
        out.started(paths, watch, prune);
        WatchLoop loop = new WatchLoop(
                paths,
                startupPaths,
                prune,
                watch.quietPeriod(),
                watch.scanInterval(),
                batches,
                new ClusterWait(session.client, cluster.alias)::problem,
                state,
                out);
        try {
            return new IndexWatch(loop, out).run();
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot watch " + paths + ": " + e.getMessage() + " (docs/watch.md: inotify limits)");
        }
    }

    /**
     * A path typed wrongly is a usage mistake, not a file that failed: nothing is indexed and nothing goes into
     * the failure report (where it would stay, retried by every --retry-failures).
     */
    private static void refuseMissing(List<Path> given) {
        List<String> missing = given.stream()
                .filter(p -> !Files.exists(p))
                .map(MissingPath::message)
                .toList();
        if (!missing.isEmpty()) {
            throw new ConfigException(String.join("; ", missing) + "; nothing was indexed");
        }
    }

    /** "Skipped 12 files in the folders: 9 of other types (pdf 5, docx 4), 3 hidden; 1 hidden folder not entered." */
    static Optional<String> skippedLine(ArticleFiles.Skipped skipped) {
        if (skipped.total() + skipped.hiddenFolders() == 0) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        if (skipped.otherTypes() > 0) {
            List<String> types = new ArrayList<>();
            skipped.otherExtensions().entrySet().stream()
                    .limit(5)
                    .forEach(e ->
                            types.add((e.getKey().isEmpty() ? "no extension" : "." + e.getKey()) + " " + e.getValue()));
            if (skipped.otherExtensions().size() > 5) {
                types.add("…");
            }
            why.add(skipped.otherTypes() + " of other types (" + String.join(", ", types) + ")");
        }
        if (skipped.hidden() > 0) {
            why.add(skipped.hidden() + " hidden");
        }
        String line = "Skipped " + skipped.total() + (skipped.total() == 1 ? " file" : " files") + " in the folders"
                + (why.isEmpty() ? "" : ": " + String.join(", ", why));
        if (skipped.hiddenFolders() > 0) {
            line += "; " + skipped.hiddenFolders()
                    + (skipped.hiddenFolders() == 1 ? " hidden folder" : " hidden folders") + " not entered";
        }
        return Optional.of(line + ".");
    }

    private static long documentsIn(ClusterSession session, String index) {
        try {
            return session.client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    private static String indexUuid(ClusterSession session, String index) {
        try {
            var settings = session.client
                    .indices()
                    .getSettings(g -> g.index(index))
                    .result()
                    .get(index);
            String uuid = settings == null
                            || settings.settings() == null
                            || settings.settings().index() == null
                    ? null
                    : settings.settings().index().uuid();
            return uuid == null ? "unknown" : uuid;
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    private void report(IndexRun.Summary summary, IndexSetup.Outcome setup, FailureReport report) {
        new LastRun(
                        Instant.now().toString(),
                        setup.index(),
                        summary.files(),
                        summary.articles(),
                        summary.indexed(),
                        summary.alreadyIndexed(),
                        summary.deleted(),
                        summary.failures().size(),
                        summary.elapsed().toMillis(),
                        summary.clusterFailure())
                .save(report.location().getParent());
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("index", setup.index());
            json.put("alias", setup.alias());
            json.put("analysis", setup.mode().name().toLowerCase(Locale.ROOT));
            json.put("files", summary.files());
            json.put("unchanged", summary.unchanged());
            json.put("copies", summary.copies());
            json.put("articles", summary.articles());
            json.put("already_indexed", summary.alreadyIndexed());
            json.put("indexed", summary.indexed());
            json.put("deleted", summary.deleted());
            json.put("pruned_files", summary.prunedFiles());
            json.put("failed", summary.failures().size());
            json.put("bulk_requests", summary.bulkRequests());
            json.put("retried_items", summary.retriedItems());
            json.put("retried_requests", summary.retriedRequests());
            json.put("translation_links", summary.translationLinks());
            json.put("cluster_failure", summary.clusterFailure());
            List<Map<String, String>> failures = new ArrayList<>();
            for (IngestFailure f : summary.failures()) {
                failures.add(Map.of("file", f.origin(), "stage", f.stage(), "reason", f.reason()));
            }
            json.put("failures", failures);
            json.put("failure_report", report.location().toString());
            Map<String, Object> skipped = new LinkedHashMap<>();
            skipped.put("total", summary.skipped().total());
            skipped.put("hidden", summary.skipped().hidden());
            skipped.put("hidden_folders", summary.skipped().hiddenFolders());
            skipped.put("other_types", summary.skipped().otherExtensions());
            json.put("skipped", skipped);
            json.put("warnings", summary.warnings());
            json.put("elapsed_ms", summary.elapsed().toMillis());
            Json.print(root.out, json);
            return;
        }
        for (String warning : summary.warnings()) {
            root.err.println("warning: " + warning);
        }
        for (IngestFailure failure : summary.failures()) {
            root.err.println("FAILED " + failure.origin() + ": " + failure.reason() + " (" + failure.stage() + ")");
        }
        root.out.printf(
                Locale.ROOT,
                "Indexed %d of %d articles from %d files into %s (%s) in %.1f s%s%n",
                summary.indexed(),
                summary.sent(),
                summary.files(),
                setup.alias(),
                setup.index(),
                summary.elapsed().toMillis() / 1000.0,
                summary.failures().isEmpty() ? "." : "; " + summary.failures().size() + " failed (listed above).");
        skippedLine(summary.skipped()).ifPresent(root.out::println);
        if (summary.files() == 0 && summary.failures().isEmpty()) {
            root.out.println("No article files found in "
                    + paths.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(", "))
                    + ": folders are read for "
                    + ArticleFiles.extensionList() + " files; name a file to read it whatever its extension.");
        }
        if (summary.unchanged() + summary.copies() + summary.alreadyIndexed() > 0) {
            root.out.printf(
                    Locale.ROOT,
                    "Already indexed: %d unchanged files, %d copied or moved files, %d articles.%n",
                    summary.unchanged(),
                    summary.copies(),
                    summary.alreadyIndexed());
        }
        if (summary.deleted() > 0 || summary.prunedFiles() > 0) {
            root.out.printf(
                    Locale.ROOT, "Removed %d documents (%d files gone).%n", summary.deleted(), summary.prunedFiles());
        }
        if (summary.retriedItems() + summary.retriedRequests() > 0) {
            root.out.printf(
                    Locale.ROOT,
                    "Retried %d rejected items and %d failed requests.%n",
                    summary.retriedItems(),
                    summary.retriedRequests());
        }
        if (summary.clusterFailure() != null) {
            root.err.println("samachar: the cluster stopped accepting writes: " + summary.clusterFailure()
                    + ". Files not acknowledged were not recorded; run the same command again once it is back.");
        }
        if (!summary.failures().isEmpty()) {
            root.out.println("Failure report: " + report.location() + " (samachar failures; index --retry-failures)");
        }
        if (summary.translationLinks() > 0) {
            root.out.printf(
                    Locale.ROOT,
                    "Linked %d translation pair%s (samachar get ID shows them).%n",
                    summary.translationLinks(),
                    summary.translationLinks() == 1 ? "" : "s");
        }
    }
}
