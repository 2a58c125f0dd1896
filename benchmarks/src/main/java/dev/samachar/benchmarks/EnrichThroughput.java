package dev.samachar.benchmarks;

import dev.samachar.enrich.Enricher;
import dev.samachar.es.AnalysisMode;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.ingest.parse.ReadResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Parse + enrich throughput without Elasticsearch: what {@code samachar index} does to each file
 * before the bulk request (read, decode, strip chrome, parse metadata, match countries and entities,
 * collect aliases, render the _source map), on files already in the page cache. One thread gives
 * the per-core rate; {@code threads} threads (one reader and enricher each, as the indexer's workers
 * have) show how it scales. A warm-up pass over the first files runs before the clock starts.
 */
final class EnrichThroughput {

    /**
     * @param cpuSeconds CPU time of the measuring threads: unlike wall time, not inflated by other work on the machine
     * @param allocatedBytes heap the measuring threads allocated: the same on a busy machine as on a quiet one, and
     *     what the collector's CPU time grows with
     */
    record Result(int threads, int documents, double seconds, double cpuSeconds, long allocatedBytes) {
        double docsPerSecond() {
            return documents / seconds;
        }

        double docsPerCpuSecond() {
            return documents / cpuSeconds;
        }

        double allocatedKbPerDocument() {
            return allocatedBytes / 1024.0 / documents;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Bytes this thread has allocated so far, or 0 where the JVM does not count them (the figure then reads 0). */
    private static long allocatedByThisThread() {
        return THREADS instanceof com.sun.management.ThreadMXBean counting
                ? counting.getThreadAllocatedBytes(Thread.currentThread().getId())
                : 0;
    }

    private static final Instant INDEXED_AT = Instant.parse("2024-01-01T00:00:00Z");

    private EnrichThroughput() {}

    /**
     * Only this measurement, no Elasticsearch: for profiling and A/B comparisons of the parse +
     * enrich code on a corpus made by {@code scripts/bench-tools corpus}.
     * Usage: {@code EnrichThroughput <corpus dir> [threads...]}, default 1; each count runs after its own warm-up.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: EnrichThroughput <corpus dir> [threads...]");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int warmUp = Math.min(2_000, files.size());
        List<String> counts = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("1");
        for (String count : counts) {
            Result r = measure(files, Integer.parseInt(count), warmUp);
            System.out.printf(
                    Locale.ROOT,
                    "threads=%d docs=%d wall=%.2fs cpu=%.2fs docs/s=%.0f docs/cpu-s=%.0f allocated-KB/doc=%.1f%n",
                    r.threads(),
                    r.documents(),
                    r.seconds(),
                    r.cpuSeconds(),
                    r.docsPerSecond(),
                    r.docsPerCpuSecond(),
                    r.allocatedKbPerDocument());
        }
    }

    static Result measure(List<Path> files, int threads, int warmUpFiles) throws Exception {
        process(files.subList(0, Math.min(warmUpFiles, files.size())), threads, new AtomicLong(), new AtomicLong());
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        long start = System.nanoTime();
        int documents = process(files, threads, cpuNanos, allocated);
        return new Result(threads, documents, (System.nanoTime() - start) / 1e9, cpuNanos.get() / 1e9, allocated.get());
    }

    private static int process(List<Path> files, int threads, AtomicLong cpuNanos, AtomicLong allocated)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long allocatedStart = allocatedByThisThread();
                    ArticleReader reader = new ArticleReader();
                    Enricher enricher = Enricher.load(AnalysisMode.PLUGIN);
                    int documents = 0;
                    long sink = 0; // keeps the JIT from dropping the rendered maps
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        ReadResult result = reader.read(files.get(i));
                        if (!result.failures().isEmpty()) {
                            throw new IllegalStateException("generated page not readable: " + result.failures());
                        }
                        for (Article article : result.articles()) {
                            sink += enricher.enrich(article).source(INDEXED_AT).size();
                            documents++;
                        }
                    }
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                    allocated.addAndGet(allocatedByThisThread() - allocatedStart);
                    return sink >= 0 ? documents : -1;
                }));
            }
            int documents = 0;
            for (Future<Integer> worker : workers) {
                documents += worker.get();
            }
            return documents;
        } finally {
            pool.shutdownNow();
        }
    }
}
