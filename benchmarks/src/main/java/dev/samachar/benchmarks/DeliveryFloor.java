package dev.samachar.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What delivering the documents alone costs the sender, against what indexing them costs the node: the
 * enriched documents of a corpus are rendered as bulk bodies first, then sent to a local node with the
 * harness's settings (same template, 500 per request, 2 in flight, refresh off) over plain java.net.http, and
 * this JVM's CPU time and the node's are read around each load. Two sizes give the marginal CPU per article of
 * each side, as the harness takes it. The sender's figure is a floor for any indexer: it does no reading,
 * parsing or enrichment, only the HTTP exchange of bytes already made.
 *
 * <p>Usage: {@code DeliveryFloor <corpus dir> <smaller size> <larger size>}; the node is the harness's
 * ({@code SAMACHAR_BENCH_HOME} to reuse one).
 */
final class DeliveryFloor {

    private static final int BULK_SIZE = 500;
    private static final int CONCURRENCY = 2;

    private DeliveryFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DeliveryFloor <corpus dir> <smaller size> <larger size>");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int small = Integer.parseInt(args[1]);
        int large = Integer.parseInt(args[2]);
        if (large > files.size() || small >= large) {
            System.err.println("need smaller < larger <= " + files.size() + " files");
            System.exit(2);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("SAMACHAR_HOME");
        String benchHome = System.getenv("SAMACHAR_BENCH_HOME");
        if (benchHome != null && !benchHome.isBlank()) {
            env.put("SAMACHAR_HOME", benchHome);
        }
        try (BenchNode node = BenchNode.startOrReuse(env)) {
            IndexingClient es = new IndexingClient(node.url());
            load(es, node, BulkBodies.render(files.subList(0, Math.min(2_000, small)), BULK_SIZE), "floor-warmup");
            double[] smallCpu = load(es, node, BulkBodies.render(files.subList(0, small), BULK_SIZE), "floor-small");
            double[] largeCpu = load(es, node, BulkBodies.render(files.subList(0, large), BULK_SIZE), "floor-large");
            int articles = large - small;
            double sender = (largeCpu[0] - smallCpu[0]) / articles * 1e6;
            double indexing = (largeCpu[1] - smallCpu[1]) / articles * 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%s, %,d → %,d articles; marginal CPU per article, µs: sender %.1f, node %.1f; sender ÷ node %.2f×%n",
                    args[0],
                    small,
                    large,
                    sender,
                    indexing,
                    sender / indexing);
        }
    }

    /** Sends the bodies into a fresh index; returns {this JVM's CPU seconds, the node's} spent meanwhile. */
    private static double[] load(IndexingClient es, BenchNode node, BulkBodies bodies, String index) throws Exception {
        es.deleteIndex(index);
        es.createIndex(index, BenchIndices.samachar());
        System.gc(); // rendering's garbage is not the sender's
        double senderBefore = processCpuSeconds();
        double nodeBefore = ChildProcess.cpuSeconds(Path.of("/proc", Long.toString(node.pid()), "stat"));
        es.bulkAndRefresh(index, bodies.bodies(), CONCURRENCY);
        double[] spent = {
            processCpuSeconds() - senderBefore,
            ChildProcess.cpuSeconds(Path.of("/proc", Long.toString(node.pid()), "stat")) - nodeBefore
        };
        System.err.printf(
                Locale.ROOT,
                "%s: %,d documents, sender %.2f CPU-s, node %.2f CPU-s%n",
                index,
                bodies.documents(),
                spent[0],
                spent[1]);
        es.deleteIndex(index);
        return spent;
    }

    private static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof OperatingSystemMXBean cpu) {
            return cpu.getProcessCpuTime() / 1e9;
        }
        throw new IllegalStateException("this JVM does not report its process CPU time");
    }
}
