package dev.samachar.cli;

import dev.samachar.es.IndexSetup;
import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.watch.Batch;
import dev.samachar.watch.WatchLoop;
import dev.samachar.watch.WatchTotals;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What `index --watch` prints: one line per batch and per cluster outage on stdout (one JSON object per line
 * with --json), failures and warnings on stderr, and the summary when it stops.
 */
final class WatchOutput implements WatchLoop.Listener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final IndexSetup.Outcome setup;
    private final Path failureReport;

    WatchOutput(PrintStream out, PrintStream err, boolean json, IndexSetup.Outcome setup, Path failureReport) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.setup = setup;
        this.failureReport = failureReport;
    }

    void started(List<Path> roots, WatchOptions options, boolean prune) {
        String line = String.format(
                Locale.ROOT,
                "Watching %s for %s (%s): quiet period %d ms, rescan every %d s%s; " + "Ctrl-C or SIGTERM stops.",
                roots.size() == 1 ? roots.get(0) : roots.size() + " paths",
                setup.alias(),
                setup.index(),
                options.quietMillis,
                options.scanSeconds,
                prune ? ", documents of removed files deleted (--prune)" : "");
        if (json) {
            Map<String, Object> record = record("watching");
            record.put(
                    "paths",
                    roots.stream()
                            .map(p -> p.toAbsolutePath().normalize().toString())
                            .toList());
            record.put("quiet_period_ms", options.quietMillis);
            record.put("scan_interval_s", options.scanSeconds);
            record.put("prune", prune);
            Json.printLine(out, record);
        } else {
            err.println(line);
        }
    }

    @Override
    public void batch(Batch batch, WatchTotals.Snapshot totals) {
        if (!batch.worthReporting()) {
            return;
        }
        if (json) {
            Map<String, Object> record = record("batch");
            record.put("batch", batch.number());
            record.put("startup", batch.startup());
            record.put("files", batch.files());
            record.put("new", batch.added());
            record.put("changed", batch.changed());
            record.put("unchanged", batch.unchanged());
            record.put("removed", batch.removed());
            record.put("failed", batch.failed());
            record.put("indexed", batch.indexed());
            record.put("deleted", batch.deleted());
            record.put("translation_links", batch.translationLinks());
            record.put("elapsed_ms", batch.elapsed().toMillis());
            record.put("total_indexed", totals.indexed());
            record.put("total_deleted", totals.deleted());
            record.put("total_failing", totals.failing());
            List<Map<String, String>> failures = new ArrayList<>();
            for (IngestFailure f : batch.failures()) {
                failures.add(Map.of("file", f.origin(), "stage", f.stage(), "reason", f.reason()));
            }
            record.put("failures", failures);
            record.put("warnings", batch.warnings());
            Json.printLine(out, record);
            return;
        }
        batch.warnings().forEach(w -> err.println("warning: " + w));
        for (IngestFailure failure : batch.failures()) {
            err.println("FAILED " + failure.origin() + ": " + failure.reason() + " (" + failure.stage() + ")");
        }
        out.printf(
                Locale.ROOT,
                "%s batch %d%s (%d file%s): %d new, %d changed, %d unchanged, %d removed, %d failed; "
                        + "documents %d indexed, %d deleted; totals %d indexed, %d deleted, %d failing; %.1f s%n",
                now(),
                batch.number(),
                batch.startup() ? ", start-up" : "",
                batch.files(),
                batch.files() == 1 ? "" : "s",
                batch.added(),
                batch.changed(),
                batch.unchanged(),
                batch.removed(),
                batch.failed(),
                batch.indexed(),
                batch.deleted(),
                totals.indexed(),
                totals.deleted(),
                totals.failing(),
                batch.elapsed().toMillis() / 1000.0);
    }

    @Override
    public void clusterLost(String reason) {
        if (json) {
            Map<String, Object> record = record("waiting");
            record.put("reason", reason);
            Json.printLine(out, record);
        } else {
            out.println(now() + " Elasticsearch unavailable (" + reason + "); waiting for it, then the batch is "
                    + "sent again (changes keep collecting)");
        }
    }

    @Override
    public void clusterBack(Duration waited) {
        if (json) {
            Map<String, Object> record = record("resumed");
            record.put("waited_ms", waited.toMillis());
            Json.printLine(out, record);
        } else {
            out.printf(Locale.ROOT, "%s Elasticsearch is back after %s; resuming%n", now(), human(waited));
        }
    }

    @Override
    public void warning(String message) {
        if (json) {
            Map<String, Object> record = record("warning");
            record.put("message", message);
            Json.printLine(out, record);
        } else {
            err.println("warning: " + message);
        }
    }

    /**
     * @param unsent    stopped while waiting for the cluster: a batch was not sent
     * @param cutShort  the batch in progress did not end within the stop's grace period
     */
    void summary(WatchTotals.Snapshot totals, boolean unsent, boolean cutShort) {
        if (json) {
            Map<String, Object> record = record("summary");
            record.put("index", setup.index());
            record.put("alias", setup.alias());
            record.put("batches", totals.batches());
            record.put("new", totals.added());
            record.put("changed", totals.changed());
            record.put("removed", totals.removed());
            record.put("failing", totals.failing());
            record.put("indexed", totals.indexed());
            record.put("deleted", totals.deleted());
            record.put("translation_links", totals.translationLinks());
            record.put("cluster_waits", totals.clusterWaits());
            record.put("cluster_wait_ms", totals.waited().toMillis());
            record.put("unsent", unsent);
            record.put("cut_short", cutShort);
            record.put("failure_report", failureReport.toString());
            record.put("elapsed_ms", totals.elapsed().toMillis());
            Json.printLine(out, record);
            return;
        }
        out.printf(
                Locale.ROOT,
                "Stopped watching after %s: %d batch%s; %d new, %d changed, %d removed files, %d still failing; "
                        + "documents %d indexed, %d deleted in %s (%s).%n",
                human(totals.elapsed()),
                totals.batches(),
                totals.batches() == 1 ? "" : "es",
                totals.added(),
                totals.changed(),
                totals.removed(),
                totals.failing(),
                totals.indexed(),
                totals.deleted(),
                setup.alias(),
                setup.index());
        if (totals.clusterWaits() > 0) {
            out.printf(
                    Locale.ROOT,
                    "Waited %s for Elasticsearch (%d time%s).%n",
                    human(totals.waited()),
                    totals.clusterWaits(),
                    totals.clusterWaits() == 1 ? "" : "s");
        }
        if (totals.failing() > 0) {
            out.println("Failure report: " + failureReport + " (samachar failures; index --retry-failures)");
        }
        if (unsent) {
            err.println("samachar: stopped while Elasticsearch was unavailable; the changes not sent are indexed "
                    + "by the next `index` or `index --watch` over the same paths.");
        } else if (cutShort) {
            err.println("samachar: stopped during a batch; what Elasticsearch acknowledged is recorded, the rest is "
                    + "indexed by the next `index` or `index --watch` over the same paths.");
        }
    }

    private Map<String, Object> record(String type) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", type);
        record.put("time", Instant.now().toString());
        return record;
    }

    private static String now() {
        return LocalDateTime.now().format(TIME);
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
