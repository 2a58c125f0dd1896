package dev.samachar.cli;

import dev.samachar.enrich.Enricher;
import dev.samachar.es.BulkIndexer;
import dev.samachar.es.IndexSetup;
import dev.samachar.ingest.ArticleReader;
import dev.samachar.ingest.DatelineParser;
import dev.samachar.ingest.IngestFailure;
import dev.samachar.pipeline.IndexRun;
import dev.samachar.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Read article files and directories (recursively: .txt scraped pages, .jsonl feeds), "
                + "strip page chrome, extract metadata and countries, and bulk-index them.",
                "Re-indexing a file replaces its document. A file that cannot be read is reported with the "
                        + "reason and the rest are still indexed (exit code 1)."})
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;
    @Mixin
    ClusterOptions cluster;
    @Mixin
    OutputOptions output;
    @Mixin
    IndexShapeOptions indexShape;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
    List<Path> paths;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "20971520",
            description = "Skip (and report) files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--bulk-size", paramLabel = "N", defaultValue = "500",
            description = "Documents per bulk request (default: ${DEFAULT-VALUE}).")
    int bulkSize;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
            description = "Bulk requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Override
    public Integer call() {
        if (bulkSize < 1 || concurrency < 1 || maxFileSize < 1) {
            throw new IllegalArgumentException("--bulk-size, --concurrency and --max-file-size must be positive");
        }
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            IndexSetup.Outcome setup = new IndexSetup(session.client, cluster.alias, session.mode(),
                    indexShape.shape(root.settings)).apply();
            setup.warnings().forEach(w -> root.err.println("warning: " + w));
            Progress progress = !output.json && root.interactive() ? Progress.forTerminal(root.err) : Progress.silent();
            var bulkOptions = new BulkIndexer.Options(bulkSize, 5L * 1024 * 1024, concurrency);
            IndexRun.Summary summary = new IndexRun(session.client, cluster.alias,
                    new ArticleReader(new DatelineParser(), maxFileSize), Enricher.load(setup.mode()), progress, bulkOptions)
                    .run(paths);
            report(summary, setup);
            if (summary.articles() > 0 && summary.indexed() == 0) {
                // Every article was read but none was written: the cluster refused them all.
                return ExitCodes.CLUSTER;
            }
            return summary.complete() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }

    private void report(IndexRun.Summary summary, IndexSetup.Outcome setup) {
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("index", setup.index());
            json.put("alias", setup.alias());
            json.put("analysis", setup.mode().name().toLowerCase(java.util.Locale.ROOT));
            json.put("files", summary.files());
            json.put("articles", summary.articles());
            json.put("indexed", summary.indexed());
            json.put("failed", summary.failures().size());
            json.put("translation_links", summary.translationLinks());
            List<Map<String, String>> failures = new ArrayList<>();
            for (IngestFailure f : summary.failures()) {
                failures.add(Map.of("file", f.origin(), "stage", f.stage(), "reason", f.reason()));
            }
            json.put("failures", failures);
            json.put("warnings", summary.warnings());
            json.put("elapsed_ms", summary.elapsed().toMillis());
            Json.print(root.out, json);
            return;
        }
        for (String warning : summary.warnings()) {
            root.err.println("warning: " + warning);
        }
        for (IngestFailure failure : summary.failures()) {
            root.err.println("FAILED " + failure.origin() + ": " + failure.reason());
        }
        root.out.printf("Indexed %d of %d articles from %d files into %s (%s) in %.1f s%s%n",
                summary.indexed(), summary.articles(), summary.files(), setup.alias(), setup.index(),
                summary.elapsed().toMillis() / 1000.0,
                summary.failures().isEmpty() ? "." : "; " + summary.failures().size() + " failed (listed above).");
        if (summary.translationLinks() > 0) {
            root.out.printf("Linked %d translation pair%s (samachar get ID shows them).%n", summary.translationLinks(),
                    summary.translationLinks() == 1 ? "" : "s");
        }
    }
}
