package dev.samachar.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command (the real {@code scripts/samachar}) as a child process and measures it from outside:
 * wall time from start to exit and, on Linux, the peak resident set size. The peak is the kernel's
 * high-water mark ({@code VmHWM} in {@code /proc/PID/status}), polled while the child runs; the
 * launcher script {@code exec}s the JVM, so the pid is the JVM's. Output goes to files, not pipes,
 * so a chatty child can never block on a full pipe while we wait for it.
 */
final class ChildProcess {

    /** @param cpuSeconds user + system CPU time of the child (its own threads), as last seen while it ran */
    record Outcome(
            List<String> command,
            int exit,
            long wallNanos,
            long peakRssKb,
            double cpuSeconds,
            String stdout,
            String stderr) {
        double seconds() {
            return wallNanos / 1e9;
        }

        Outcome requireSuccess() {
            if (exit != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " exited with " + exit + ":\n" + tail(stderr) + tail(stdout));
            }
            return this;
        }

        private static String tail(String text) {
            return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
        }
    }

    private static final long POLL_MILLIS = 20;

    private ChildProcess() {}

    static Outcome run(List<String> command, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("samachar-bench-child", ".out");
        Path err = Files.createTempFile("samachar-bench-child", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close(); // no terminal, no input: the CLI's non-interactive path
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
            long peak = 0;
            double cpu = 0;
            long deadline = start + timeout.toNanos();
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMarkKb(status));
                cpu = Math.max(cpu, cpuSeconds(stat));
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
                }
            }
            long wall = System.nanoTime() - start;
            return new Outcome(
                    command,
                    process.exitValue(),
                    wall,
                    peak,
                    cpu,
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** utime + stime from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s), or 0. */
    static double cpuSeconds(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime field 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** VmHWM in kB, or 0 when the process is gone or the platform has no /proc. */
    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // exited between waitFor and the read
        }
        return 0;
    }
}
