package dev.samachar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Samachar's analysis costs at index time: the same generated articles bulk-indexed on the same
 * local Elasticsearch into (a) an index with only the {@code standard} analyzer and (b) one with the
 * real template's samachar_* analyzers and sub-fields ({@link BenchIndices}). Runs (a), (b), (a), (b)
 * after a warm-up and prints the best docs/s of each and the ratio b/a; a ratio near 1 means the
 * cross-script sub-fields are nearly free, 0.5 that indexing takes twice as long. Also prints the
 * node's CPU time per run and the ratio of the least of each, which other work on a busy machine
 * disturbs far less than docs/s.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.samachar.benchmarks.AnalysisCostBenchmark [--articles N]}
 * (default 20,000). The node: see {@link BenchNode}. Lines starting with {@code result } are for
 * scripts/bench-analysis.
 */
public final class AnalysisCostBenchmark {

    private static final int BULK_SIZE = 1_000;
    private static final int CONCURRENCY = 2;
    private static final int WARM_UP_BULKS = 5;
    private static final String PREFIX = "samachar-bench-";
    /** Rounds of (a) then (b); SAMACHAR_BENCH_ROUNDS overrides it for a quick look while iterating. */
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("SAMACHAR_BENCH_ROUNDS", "2"));

    /** One run; {@code cpuMillis} is the node's CPU time over it. */
    private record Run(String mapping, double docsPerSecond, long storeBytes, long cpuMillis) {}

    public static void main(String[] args) throws Exception {
        boolean given = args.length == 2 && args[0].equals("--articles");
        int articles = given ? Integer.parseInt(args[1]) : 20_000;
        if (args.length != 0 && !given || articles < BULK_SIZE) {
            System.err.println("usage: AnalysisCostBenchmark [--articles N]   (N >= " + BULK_SIZE + ")");
            System.exit(2);
        }
        System.err.printf(Locale.ROOT, "Generating, reading and enriching %,d articles ...%n", articles);
        BulkBodies corpus = BulkBodies.generate(articles, BULK_SIZE);

        try (BenchNode node = BenchNode.startOrReuse(System.getenv())) {
            IndexingClient es = new IndexingClient(node.url());
            // JIT, caches and the plugin's tables warm up on a small index of each kind, then it is dropped.
            BulkBodies warmUp = corpus.first(WARM_UP_BULKS, BULK_SIZE);
            index(es, "warmup-standard", BenchIndices.standard(), warmUp, "standard");
            index(es, "warmup-samachar", BenchIndices.samachar(), warmUp, "samachar");

            List<Run> runs = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                runs.add(index(es, "standard-" + round, BenchIndices.standard(), corpus, "standard"));
                runs.add(index(es, "samachar-" + round, BenchIndices.samachar(), corpus, "samachar"));
            }
            print(corpus, articles, node, runs);
        }
    }

    /** Creates the index, bulk-indexes everything, checks the count, measures, and deletes the index. */
    private static Run index(IndexingClient es, String name, JsonNode body, BulkBodies docs, String mapping)
            throws Exception {
        String index = PREFIX + name;
        es.deleteIndex(index); // left over from an interrupted run
        es.createIndex(index, body);
        try {
            long cpuBefore = es.nodeCpuMillis();
            long nanos = es.bulkAndRefresh(index, docs.bodies(), CONCURRENCY);
            long cpuMillis = es.nodeCpuMillis() - cpuBefore;
            long count = es.count(index);
            if (count != docs.documents()) {
                throw new IllegalStateException(index + " holds " + count + " documents, expected " + docs.documents());
            }
            double docsPerSecond = docs.documents() / (nanos / 1e9);
            System.err.printf(
                    Locale.ROOT, "  %-26s %,9.0f docs/s, node CPU %,7d ms%n", index, docsPerSecond, cpuMillis);
            return new Run(mapping, docsPerSecond, es.storeBytes(index), cpuMillis);
        } finally {
            es.deleteIndex(index);
        }
    }

    private static void print(BulkBodies corpus, int articles, BenchNode node, List<Run> runs) {
        Run a = best(runs, "standard");
        Run b = best(runs, "samachar");
        double ratio = b.docsPerSecond() / a.docsPerSecond();
        double cpuRatio = (double) leastCpu(runs, "standard") / leastCpu(runs, "samachar");
        System.out.printf(
                Locale.ROOT,
                "%nBulk indexing %,d generated articles (%.1f KB per page, %.1f MB of bulk bodies)"
                        + "%non Elasticsearch %s (%s): %,d docs per bulk request, %d in flight, 1 shard, 0 replicas,"
                        + "%nrefresh_interval -1; each run's clock stops after a final refresh.%n%n",
                corpus.documents(),
                corpus.articleBytes() / 1e3 / articles,
                corpus.bytes() / 1e6,
                node.version(),
                node.url(),
                BULK_SIZE,
                CONCURRENCY);
        System.out.printf(
                Locale.ROOT,
                "%-46s %-28s %12s %10s %14s%n",
                "index",
                "docs/s per run",
                "best docs/s",
                "store MB",
                "node CPU s");
        row("(a) standard analyzer, no sub-fields", runs, a);
        row("(b) samachar template (exact+hindi+loose+key)", runs, b);
        System.out.printf(Locale.ROOT, "%nb/a = %.1f%% (target: at least 50%%)%n", 100 * ratio);
        System.out.printf(
                Locale.ROOT,
                "node CPU time, least of each: a/b = %.1f%% (less sensitive to other work on the"
                        + " machine than docs/s)%n",
                100 * cpuRatio);
        System.out.printf(Locale.ROOT, "result index.standard.docs_per_s=%.0f%n", a.docsPerSecond());
        System.out.printf(Locale.ROOT, "result index.samachar.docs_per_s=%.0f%n", b.docsPerSecond());
        System.out.printf(Locale.ROOT, "result index.ratio_pct=%.1f%n", 100 * ratio);
        System.out.printf(Locale.ROOT, "result index.cpu_ratio_pct=%.1f%n", 100 * cpuRatio);
        System.out.printf(Locale.ROOT, "result index.standard.store_mb=%.1f%n", a.storeBytes() / 1e6);
        System.out.printf(Locale.ROOT, "result index.samachar.store_mb=%.1f%n", b.storeBytes() / 1e6);
    }

    private static void row(String label, List<Run> runs, Run best) {
        List<Run> mine =
                runs.stream().filter(r -> r.mapping().equals(best.mapping())).toList();
        String each = String.join(
                " ",
                mine.stream()
                        .map(r -> String.format(Locale.ROOT, "%,6.0f", r.docsPerSecond()))
                        .toList());
        String cpu = String.join(
                " ",
                mine.stream()
                        .map(r -> String.format(Locale.ROOT, "%.1f", r.cpuMillis() / 1e3))
                        .toList());
        System.out.printf(
                Locale.ROOT,
                "%-46s %-28s %12s %10.1f %14s%n",
                label,
                each,
                String.format(Locale.ROOT, "%,.0f", best.docsPerSecond()),
                best.storeBytes() / 1e6,
                cpu);
    }

    private static long leastCpu(List<Run> runs, String mapping) {
        return runs.stream()
                .filter(r -> r.mapping().equals(mapping))
                .mapToLong(Run::cpuMillis)
                .min()
                .orElseThrow();
    }

    private static Run best(List<Run> runs, String mapping) {
        return runs.stream()
                .filter(r -> r.mapping().equals(mapping))
                .max((x, y) -> Double.compare(x.docsPerSecond(), y.docsPerSecond()))
                .orElseThrow();
    }
}
