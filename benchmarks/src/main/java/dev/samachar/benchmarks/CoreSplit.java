package dev.samachar.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Gives Elasticsearch one core and the load (the raw {@code _bulk} sender, or {@code samachar index})
 * the other, with {@code taskset}. On a 2-core machine the indexer and the node otherwise compete for
 * the same cores, so the plain end-to-end ratio measures their CPU cost added together. With the cores
 * split, the ratio answers the question the design is judged by: does the indexer keep up with a node
 * that has a core of its own, or is it the bottleneck?
 */
final class CoreSplit implements AutoCloseable {

    static final String NODE_CPU = "0";
    static final String LOAD_CPU = "1";

    private final long nodePid;
    private final long harnessPid = ProcessHandle.current().pid();
    private final String allCpus;

    private CoreSplit(long nodePid, String allCpus) {
        this.nodePid = nodePid;
        this.allCpus = allCpus;
    }

    /** Whether this machine can split: at least two cores and {@code taskset} (util-linux) on the PATH. */
    static boolean available() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        try {
            return new ProcessBuilder("taskset", "-V")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Pins every thread of the node to {@link #NODE_CPU} and this harness (the raw sender) to {@link #LOAD_CPU}. */
    static CoreSplit start(long nodePid) throws IOException, InterruptedException {
        CoreSplit split = new CoreSplit(nodePid, "0-" + (Runtime.getRuntime().availableProcessors() - 1));
        split.pin(nodePid, NODE_CPU);
        split.pin(split.harnessPid, LOAD_CPU);
        return split;
    }

    /** {@code command} run on {@link #LOAD_CPU} only (taskset execs it: same pid, so its CPU and RSS are still the command's). */
    static List<String> onLoadCpu(List<String> command) {
        List<String> pinned = new ArrayList<>(List.of("taskset", "-c", LOAD_CPU));
        pinned.addAll(command);
        return pinned;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        pin(nodePid, allCpus);
        pin(harnessPid, allCpus);
    }

    /** All threads of {@code pid} (-a): the JVMs' existing threads; threads they start later inherit it. */
    private void pin(long pid, String cpus) throws IOException, InterruptedException {
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
                .redirectErrorStream(true)
                .start();
        String output = new String(taskset.getInputStream().readAllBytes());
        if (!taskset.waitFor(30, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
            throw new IllegalStateException("taskset -a -p -c " + cpus + " " + pid + " failed: " + output);
        }
    }
}
