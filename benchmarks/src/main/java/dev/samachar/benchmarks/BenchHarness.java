package dev.samachar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.IndexLayout;
import dev.samachar.es.IndexSetup;
import dev.samachar.es.IndexTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance harness behind {@code scripts/bench}: on one dedicated local Elasticsearch (a
 * temporary Samachar home, the plugin installed, {@code SAMACHAR_ES_HEAP} as the script sets it) it
 * measures, in one run:
 * <ol>
 *   <li>parse + enrich throughput without Elasticsearch, on one thread and on every core;</li>
 *   <li>for each corpus size: a raw {@code _bulk} load of the same enriched documents (pre-rendered
 *       NDJSON, same template, refresh off) and then the real {@code scripts/samachar index} as a child
 *       process (its index created by {@code samachar setup}, refresh off), with its peak RSS;</li>
 *   <li>for the largest size, the same two loads again with the cores split ({@link CoreSplit}): the node on
 *       one core, the sender or the indexer on the other;</li>
 *   <li>search latency p50/p99 over a fixed query mix, through the CLI's search code in-process and
 *       with the same bodies sent directly to {@code _search};</li>
 *   <li>cold-start wall time of {@code scripts/samachar --version} and {@code scripts/samachar search}.</li>
 * </ol>
 * Prints a Markdown section (machine, versions, table) on stdout and writes it to {@code --report};
 * progress goes to stderr. Exits non-zero if any measurement fails, so CI notices.
 */
public final class BenchHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BULK_SIZE = 500; // the indexer's default --bulk-size
    private static final int CONCURRENCY = 2; // the indexer's default --concurrency
    private static final String ALIAS_PREFIX = "bench-";

    /**
     * @param corpus       a folder of real pages to use instead of generated articles ({@link RealCorpus}), or null
     * @param indexingOnly only parse + enrich and the two loads at each size: no cores-split pass, search or cold start
     */
    private record Options(
            List<Integer> sizes,
            int searchRounds,
            int coldRuns,
            Path samachar,
            Path report,
            String mode,
            String commit,
            Path corpus,
            boolean indexingOnly) {}

    private record SizeResult(
            int articles,
            double rawDocsPerSecond,
            double indexDocsPerSecond,
            double indexWallSeconds,
            double indexCpuSeconds,
            long peakRssKb,
            long bulkBytes,
            double rawSeconds,
            double rawEsCpu,
            double indexEsCpu) {
        double ratio() {
            return indexDocsPerSecond / rawDocsPerSecond;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        String started =
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String loadBefore = loadAverage();
        Path work = Files.createTempDirectory("samachar-bench");
        Map<String, String> nodeEnv = new HashMap<>(System.getenv());
        nodeEnv.remove("SAMACHAR_HOME"); // a dedicated, temporary node, unless asked to use one already set up:
        String benchHome = System.getenv("SAMACHAR_BENCH_HOME");
        if (benchHome != null && !benchHome.isBlank()) {
            // On a loaded machine a node can take longer to start than the start timeout; one node kept
            // running serves several runs (the CPU rows read the node's CPU before and after each load).
            nodeEnv.put("SAMACHAR_HOME", benchHome);
        }
        BenchReport report = new BenchReport();
        String esVersion;
        try (BenchNode node = BenchNode.startOrReuse(nodeEnv)) {
            esVersion = node.version();
            Map<String, String> cliEnv = Map.of("SAMACHAR_HOME", node.home().toString(), "SAMACHAR_NO_BUILD", "1");
            IndexingClient es = new IndexingClient(node.url());
            List<SizeResult> sizes = new ArrayList<>();
            SizeResult split = null;
            String searchAlias = null;
            for (int i = 0; i < options.sizes().size(); i++) {
                int articles = options.sizes().get(i);
                Path corpus = work.resolve("corpus-" + articles);
                List<Path> files;
                if (options.corpus() == null) {
                    progress("Generating %,d articles in %s", articles, corpus);
                    files = new CorpusGenerator(42).write(corpus, articles);
                } else {
                    progress("Copying %,d real pages from %s to %s", articles, options.corpus(), corpus);
                    files = RealCorpus.write(options.corpus(), corpus, articles);
                }
                if (i == 0) {
                    enrichment(report, files);
                    warmUp(es, files);
                }
                String alias = ALIAS_PREFIX + articles;
                if (i == options.sizes().size() - 1 && !options.indexingOnly() && CoreSplit.available()) {
                    // The largest corpus: the indexer's fixed costs (JVM start, JIT) weigh least there.
                    split = indexSize(options, node, es, cliEnv, files, corpus, alias + "-split", true);
                    es.deleteIndex(indexBehind(alias + "-split"));
                }
                sizes.add(indexSize(options, node, es, cliEnv, files, corpus, alias, false));
                Folders.deleteRecursively(corpus);
                if (searchAlias != null) {
                    es.deleteIndex(indexBehind(searchAlias));
                }
                searchAlias = alias; // searches run on the largest index
            }
            for (SizeResult size : sizes) {
                String n = BenchReport.count(size.articles());
                report.add(
                        "raw `_bulk` of the same enriched documents, docs/s (" + n + " articles)",
                        BenchReport.count(size.rawDocsPerSecond()));
                report.add(
                        "`samachar index`, docs/s (" + n + " articles; "
                                + String.format(Locale.ROOT, "%.1f", size.indexWallSeconds())
                                + " s wall incl. JVM start)",
                        BenchReport.count(size.indexDocsPerSecond()));
                double ratio = size.ratio();
                report.add(
                        "`samachar index` / raw `_bulk` (" + n + " articles)",
                        BenchReport.ratio(ratio),
                        "≥ 0.9×",
                        ratio >= 0.9);
                // What the indexer itself costs: on a machine where it shares the cores with the node,
                // this CPU is taken from Elasticsearch.
                report.add(
                        "`samachar index` CPU time, s (" + n + " articles; cores busy on average over the wall time)",
                        String.format(
                                Locale.ROOT,
                                "%.1f (%.2f)",
                                size.indexCpuSeconds(),
                                size.indexCpuSeconds() / size.indexWallSeconds()));
                report.add(
                        "Elasticsearch CPU time, s: raw `_bulk` / `samachar index` (" + n
                                + " articles; cores busy during raw)",
                        String.format(
                                Locale.ROOT,
                                "%.1f / %.1f (%.2f)",
                                size.rawEsCpu(),
                                size.indexEsCpu(),
                                size.rawEsCpu() / size.rawSeconds()));
                // Both processes want the same cores: however well they overlap, the run cannot beat the
                // rate at which the cores can supply the CPU both spend on it.
                int cores = Runtime.getRuntime().availableProcessors();
                double ceiling = size.articles() / ((size.indexCpuSeconds() + size.indexEsCpu()) / cores);
                // The CPU counts the whole process, JVM start included, so the rate it is compared with does too.
                report.add(
                        "CPU-bound ceiling of `samachar index` on " + cores
                                + " cores: articles ÷ ((indexer + node CPU) ÷ cores), docs/s (" + n
                                + " articles; in brackets the run's rate over its whole wall time, JVM start included, as a share of it)",
                        BenchReport.count(ceiling) + " ("
                                + String.format(
                                        Locale.ROOT,
                                        "%.0f%%",
                                        100 * size.articles() / size.indexWallSeconds() / ceiling)
                                + ")");
            }
            if (sizes.size() >= 2) {
                marginal(report, sizes.get(0), sizes.get(sizes.size() - 1));
            }
            if (split != null) {
                String n = BenchReport.count(split.articles());
                report.add(
                        "cores split (node on core " + CoreSplit.NODE_CPU + ", sender or indexer on core "
                                + CoreSplit.LOAD_CPU + "): raw `_bulk` / `samachar index`, docs/s (" + n + " articles)",
                        BenchReport.count(split.rawDocsPerSecond()) + " / "
                                + BenchReport.count(split.indexDocsPerSecond()));
                report.add(
                        "cores split: `samachar index` / raw `_bulk` (" + n
                                + " articles; below 1× the indexer on its core is the bottleneck)",
                        BenchReport.ratio(split.ratio()));
                report.add(
                        "cores split: CPU time, s: `samachar index` / Elasticsearch during it / Elasticsearch during raw ("
                                + n + " articles)",
                        String.format(
                                Locale.ROOT,
                                "%.1f / %.1f / %.1f",
                                split.indexCpuSeconds(),
                                split.indexEsCpu(),
                                split.rawEsCpu()));
            }
            for (SizeResult size : sizes) {
                report.add(
                        "indexer peak RSS (" + BenchReport.count(size.articles()) + " articles)",
                        BenchReport.megabytes(size.peakRssKb()),
                        "≤ 512 MB",
                        size.peakRssKb() <= 512 * 1024);
            }
            if (!options.indexingOnly()) {
                search(report, node.url(), searchAlias, options);
                coldStart(report, options, cliEnv, node.url(), searchAlias);
            }
        } finally {
            Folders.deleteRecursively(work);
        }
        String section = section(options, started, loadBefore, esVersion, report);
        System.out.print(section);
        if (options.report() != null) {
            Files.createDirectories(options.report().toAbsolutePath().getParent());
            Files.writeString(options.report(), section, StandardCharsets.UTF_8);
        }
    }

    /**
     * CPU per article between two sizes: the difference of the CPU spent at each, divided by the difference
     * of the articles, cancels what does not grow with the corpus (the indexer's JVM start and warm-up, the
     * node's per-index costs), so it shows what each further article costs the indexer and the node.
     */
    private static void marginal(BenchReport report, SizeResult small, SizeResult large) {
        double articles = large.articles() - small.articles();
        double indexer = (large.indexCpuSeconds() - small.indexCpuSeconds()) / articles * 1e6;
        double nodeRaw = (large.rawEsCpu() - small.rawEsCpu()) / articles * 1e6;
        double nodeDuringIndex = (large.indexEsCpu() - small.indexEsCpu()) / articles * 1e6;
        String between = " (between " + BenchReport.count(small.articles()) + " and "
                + BenchReport.count(large.articles()) + " articles)";
        report.add(
                "marginal CPU per article, µs: `samachar index` / node on raw `_bulk` / node during `samachar index`"
                        + between,
                String.format(Locale.ROOT, "%.0f / %.0f / %.0f", indexer, nodeRaw, nodeDuringIndex));
        if (indexer <= 0 || nodeRaw <= 0 || nodeDuringIndex <= 0) {
            // Sizes too close, or noise larger than the difference (a node's warm-up at the smaller size): no ratio.
            report.add(
                    "marginal CPU per article: ratios" + between,
                    "not measurable: a process's CPU did not grow between the sizes (use sizes such as 10,000 and 30,000)");
            return;
        }
        double indexerShare = indexer / nodeRaw;
        report.add(
                "marginal CPU per article: `samachar index` / node on raw `_bulk`" + between,
                BenchReport.ratio(indexerShare),
                "≤ 0.3×",
                indexerShare <= 0.3);
        double nodeShare = nodeDuringIndex / nodeRaw;
        report.add(
                "marginal CPU per article: node during `samachar index` / node on raw `_bulk`" + between,
                BenchReport.ratio(nodeShare),
                "≤ 1.1×",
                nodeShare <= 1.1);
    }

    private static void enrichment(BenchReport report, List<Path> files) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int warmUp = Math.min(2_000, files.size());
        progress("Parse + enrich, 1 thread and %d threads, %,d files (after %,d warm-up)", cores, files.size(), warmUp);
        EnrichThroughput.Result one = EnrichThroughput.measure(files, 1, warmUp);
        EnrichThroughput.Result all = EnrichThroughput.measure(files, cores, warmUp);
        report.add(
                "parse + enrich without Elasticsearch, docs/s on 1 core (" + BenchReport.count(one.documents())
                        + " articles)",
                BenchReport.count(one.docsPerSecond()),
                "≥ 5,000",
                one.docsPerSecond() >= 5_000);
        report.add(
                "parse + enrich, docs per CPU-second of the enriching thread (other load on the machine does not count)",
                BenchReport.count(one.docsPerCpuSecond()));
        report.add(
                "parse + enrich, KB allocated per article on the enriching thread (the same however busy the machine)",
                BenchReport.count(one.allocatedKbPerDocument()));
        report.add(
                "parse + enrich, docs/s on " + cores + " threads (" + BenchReport.count(all.docsPerSecond() / cores)
                        + " per core)",
                BenchReport.count(all.docsPerSecond()));
    }

    /** Elasticsearch's JIT and caches warm up on a small throwaway index before anything is timed. */
    private static void warmUp(IndexingClient es, List<Path> files) throws Exception {
        BulkBodies bodies = BulkBodies.render(files.subList(0, Math.min(2_000, files.size())), BULK_SIZE);
        String index = "bench-warmup";
        es.deleteIndex(index);
        es.createIndex(index, BenchIndices.samachar());
        es.bulkAndRefresh(index, bodies.bodies(), CONCURRENCY);
        es.deleteIndex(index);
    }

    private static SizeResult indexSize(
            Options options,
            BenchNode node,
            IndexingClient es,
            Map<String, String> cliEnv,
            List<Path> files,
            Path corpus,
            String alias,
            boolean splitCores)
            throws Exception {
        progress(
                "Rendering the enriched documents of %,d files as bulk bodies (%d per request)",
                files.size(), BULK_SIZE);
        BulkBodies bodies = BulkBodies.render(files, BULK_SIZE);
        int articles = bodies.documents();
        String raw = "bench-raw-" + articles + (splitCores ? "-split" : "");
        es.deleteIndex(raw);
        es.createIndex(raw, BenchIndices.samachar());
        progress(
                "Raw _bulk%s: %,d docs, %.1f MB, %d requests in flight",
                splitCores ? " (cores split)" : "", bodies.documents(), bodies.bytes() / 1e6, CONCURRENCY);
        double esCpuBefore;
        long nanos;
        double rawEsCpu;
        try (CoreSplit split = splitCores ? CoreSplit.start(node.pid()) : null) {
            esCpuBefore = esCpu(node);
            nanos = es.bulkAndRefresh(raw, bodies.bodies(), CONCURRENCY);
            rawEsCpu = esCpu(node) - esCpuBefore;
        }
        int distinct = bodies.distinctIds();
        expectCount(es, raw, distinct);
        double rawRate = bodies.documents() / (nanos / 1e9);
        progress("  %,.0f docs/s", rawRate);
        es.deleteIndex(raw);
        long bulkBytes = bodies.bytes();
        bodies = null; // the next run must not pay for our heap

        Duration timeout = Duration.ofMinutes(30);
        String url = node.url();
        ChildProcess.run(
                        List.of(options.samachar().toString(), "setup", "--es-url", url, "--alias", alias),
                        cliEnv,
                        timeout)
                .requireSuccess();
        es.refreshInterval(alias, "-1");
        progress("samachar index%s: %,d articles", splitCores ? " (cores split)" : "", articles);
        List<String> index = List.of(
                options.samachar().toString(), "index", "--json", "--es-url", url, "--alias", alias, corpus.toString());
        ChildProcess.Outcome run;
        double indexEsCpu;
        try (CoreSplit split = splitCores ? CoreSplit.start(node.pid()) : null) {
            esCpuBefore = esCpu(node);
            run = ChildProcess.run(splitCores ? CoreSplit.onLoadCpu(index) : index, cliEnv, timeout)
                    .requireSuccess();
            indexEsCpu = esCpu(node) - esCpuBefore;
        }
        JsonNode summary = JSON.readTree(run.stdout());
        long indexed = summary.path("indexed").asLong();
        if (indexed != distinct || summary.path("failed").asInt() != 0) {
            throw new IllegalStateException(
                    "samachar index indexed " + indexed + " of " + distinct + ": " + run.stdout());
        }
        expectCount(es, alias, distinct);
        double seconds = summary.path("elapsed_ms").asLong() / 1000.0;
        double rate = articles / seconds;
        progress(
                "  %,.0f docs/s (%.1f s in the run, %.1f s wall), peak RSS %,d MB",
                rate, seconds, run.seconds(), run.peakRssKb() / 1024);
        return new SizeResult(
                articles,
                rawRate,
                rate,
                run.seconds(),
                run.cpuSeconds(),
                run.peakRssKb(),
                bulkBytes,
                nanos / 1e9,
                rawEsCpu,
                indexEsCpu);
    }

    private static double esCpu(BenchNode node) {
        return ChildProcess.cpuSeconds(Path.of("/proc", Long.toString(node.pid()), "stat"));
    }

    /** The versioned index `samachar setup` creates behind an alias. */
    private static String indexBehind(String alias) {
        var template = IndexSetup.templateBody(AnalysisMode.PLUGIN);
        return new IndexLayout(alias, IndexTemplates.schemaVersion(template), AnalysisMode.PLUGIN).versionedIndex();
    }

    private static void expectCount(IndexingClient es, String index, long expected) throws IOException {
        long count = es.count(index);
        if (count != expected) {
            throw new IllegalStateException(index + " holds " + count + " documents, expected " + expected);
        }
    }

    private static void search(BenchReport report, String url, String alias, Options options) throws IOException {
        progress(
                "Search latency: %d rounds of %d queries on %s, CLI code in-process vs direct _search",
                options.searchRounds(), SearchLatency.queryMix().size(), alias);
        SearchLatency.Result result = SearchLatency.measure(url, alias, options.searchRounds(), 5);
        String n = result.cli().count() + " searches";
        report.add(
                "search p50 / p99 through the CLI's search code, in-process (" + n + ")",
                BenchReport.millis(result.cli().millis(50)) + " / "
                        + BenchReport.millis(result.cli().millis(99)));
        report.add(
                "search p50 / p99, same bodies sent directly to `_search` (" + n + ")",
                BenchReport.millis(result.direct().millis(50)) + " / "
                        + BenchReport.millis(result.direct().millis(99)));
        double ratio = result.cli().millis(50) / result.direct().millis(50);
        report.add("CLI / direct, p50", BenchReport.ratio(ratio), "≤ 1.2×", ratio <= 1.2);
    }

    private static void coldStart(
            BenchReport report, Options options, Map<String, String> env, String url, String alias) throws Exception {
        String script = options.samachar().toString();
        List<String> version = List.of(script, "--version");
        List<String> search = List.of(script, "search", "Yermekbayev", "--es-url", url, "--alias", alias);
        progress("Cold start: %d runs each of samachar --version and samachar search", options.coldRuns());
        ChildProcess.run(version, env, Duration.ofMinutes(1)).requireSuccess(); // page cache, not the JVM, warms up
        long[] versionNanos = new long[options.coldRuns()];
        long[] searchNanos = new long[options.coldRuns()];
        for (int i = 0; i < options.coldRuns(); i++) {
            versionNanos[i] = ChildProcess.run(version, env, Duration.ofMinutes(1))
                    .requireSuccess()
                    .wallNanos();
            searchNanos[i] = ChildProcess.run(search, env, Duration.ofMinutes(1))
                    .requireSuccess()
                    .wallNanos();
        }
        Percentiles v = new Percentiles(versionNanos);
        Percentiles s = new Percentiles(searchNanos);
        report.add(
                "`samachar --version` cold start, median (min) of " + v.count() + " runs",
                seconds(v.millis(50)) + " (" + seconds(v.millis(0.0001)) + ")",
                "≤ 0.5 s",
                v.millis(50) <= 500);
        report.add(
                "`samachar search Yermekbayev` cold start, median (min) of " + s.count() + " runs",
                seconds(s.millis(50)) + " (" + seconds(s.millis(0.0001)) + ")");
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    private static String section(
            Options options, String started, String loadBefore, String esVersion, BenchReport report) {
        long memKb = memTotalKb();
        StringBuilder out = new StringBuilder();
        out.append("\n## ")
                .append(started)
                .append(" (scripts/bench, ")
                .append(options.mode())
                .append(")\n\n");
        out.append("- Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(String.format(Locale.ROOT, "%.1f GiB", memKb / 1048576.0))
                .append(" memory, CPU ")
                .append(cpuModel())
                .append("; load average ")
                .append(loadBefore)
                .append(" at start, ")
                .append(loadAverage())
                .append(" at the end\n");
        out.append("- JDK: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" (")
                .append(System.getProperty("java.vendor"))
                .append(")\n");
        out.append("- Elasticsearch: ")
                .append(esVersion)
                .append(" (dedicated local node with the samachar-analysis plugin, heap ")
                .append(System.getenv().getOrDefault("SAMACHAR_ES_HEAP", "default"))
                .append(")\n");
        if (options.commit() != null) {
            out.append("- Commit: ").append(options.commit()).append('\n');
        }
        out.append("- Corpus: ")
                .append(
                        options.corpus() == null
                                ? "`CorpusGenerator(42)`"
                                : "real pages of " + options.corpus() + " (repeated to size, see `RealCorpus`)")
                .append(", ")
                .append(options.sizes().stream().map(BenchReport::count).toList())
                .append(" articles; bulk ")
                .append(BULK_SIZE)
                .append(" docs per request, ")
                .append(CONCURRENCY)
                .append(" in flight, `refresh_interval: -1`, 1 shard, 0 replicas for both loads\n\n");
        out.append(report.markdown());
        return out.toString();
    }

    private static Options parse(String[] args) {
        List<Integer> sizes = List.of(20_000, 100_000);
        int searchRounds = 50;
        int coldRuns = 15;
        Path samachar = Path.of("scripts/samachar");
        Path report = null;
        String mode = "full";
        String commit = null;
        Path corpus = null;
        boolean indexingOnly = false;
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--indexing-only")) {
                indexingOnly = true;
                continue;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument " + args[i]);
            }
            given.put(args[i], args[++i]);
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            switch (e.getKey()) {
                case "--sizes" ->
                    sizes = List.of(e.getValue().split(",")).stream()
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .toList();
                case "--search-rounds" -> searchRounds = Integer.parseInt(e.getValue());
                case "--cold-runs" -> coldRuns = Integer.parseInt(e.getValue());
                case "--samachar" -> samachar = Path.of(e.getValue());
                case "--report" -> report = Path.of(e.getValue());
                case "--mode" -> mode = e.getValue();
                case "--commit" -> commit = e.getValue();
                case "--corpus" -> corpus = Path.of(e.getValue());
                default -> usage("unknown option " + e.getKey());
            }
        }
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < BULK_SIZE) || searchRounds < 1 || coldRuns < 1) {
            usage("sizes must be at least " + BULK_SIZE + ", rounds and runs at least 1");
        }
        if (corpus != null && !Files.isDirectory(corpus)) {
            usage("--corpus " + corpus + " is not a folder");
        }
        return new Options(
                sizes, searchRounds, coldRuns, samachar.toAbsolutePath(), report, mode, commit, corpus, indexingOnly);
    }

    private static void usage(String problem) {
        System.err.println("BenchHarness: " + problem);
        System.err.println("usage: BenchHarness [--sizes 20000,100000] [--search-rounds 50] [--cold-runs 15]"
                + " [--samachar scripts/samachar] [--report FILE] [--mode full|quick] [--commit ID] [--corpus FOLDER]"
                + " [--indexing-only]");
        System.exit(2);
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "==> " + format + "%n", args);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long memTotalKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().maxMemory() / 1024;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }
}
