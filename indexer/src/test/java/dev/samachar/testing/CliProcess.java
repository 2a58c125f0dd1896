package dev.samachar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real CLI (scripts/samachar, the built jar) as a process of its own, for commands that keep running and
 * are stopped with a signal, as a user or systemd stops them. Its output is collected line by line as it comes.
 */
public final class CliProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();

    private CliProcess(Process process) {
        this.process = process;
        collect(process.getInputStream(), out, "cli-stdout");
        collect(process.getErrorStream(), err, "cli-stderr");
    }

    public static CliProcess start(Settings settings, String... args) {
        List<String> command = new ArrayList<>();
        command.add(TestData.repoRoot().resolve("scripts/samachar").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(settings.env());
        // The jar was just built by the same Maven run.
        builder.environment().put("SAMACHAR_NO_BUILD", "1");
        try {
            return new CliProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(InputStream stream, List<String> lines, String name) {
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in =
                            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        lines.add("(" + name + " unreadable: " + e + ")");
                    }
                },
                name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits for a line of JSON output that matches; fails with everything printed so far. */
    public JsonNode awaitRecord(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < out.size(); seen++) {
                JsonNode record = parse(out.get(seen));
                if (record != null && wanted.test(record)) {
                    return record;
                }
            }
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("no such output within " + timeout.toSeconds() + " s"
                        + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")") + "\n" + this);
            }
            Thread.sleep(50);
        }
    }

    /** Every line of JSON output so far, parsed (other lines left out). */
    public List<JsonNode> records() {
        List<JsonNode> records = new ArrayList<>();
        for (String line : out) {
            JsonNode record = parse(line);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    private static JsonNode parse(String line) {
        try {
            return line.startsWith("{") ? JSON.readTree(line) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** SIGTERM, as `systemctl stop` sends it; returns the exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close the pipes, losing what the process prints last.
        process.toHandle().destroy();
        return awaitExit(timeout, "SIGTERM");
    }

    /** SIGINT, as Ctrl-C sends it; returns the exit code. */
    public int interrupt(Duration timeout) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill -INT " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return awaitExit(timeout, "SIGINT");
    }

    /** SIGKILL to the CLI and anything it started, as a crash or power loss would stop it; returns the exit code. */
    public int kill(Duration timeout) throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return awaitExit(timeout, "SIGKILL");
    }

    private int awaitExit(Duration timeout, String signal) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running " + timeout.toSeconds() + " s after " + signal + "\n" + this);
        }
        return process.exitValue();
    }

    /** The exit code, or a description of the state for a failure message while it still runs. */
    public String exitState() {
        return process.isAlive() ? "still running" : "exit " + process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String err() {
        return String.join("\n", err);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "--- stdout\n" + String.join("\n", out) + "\n--- stderr\n" + String.join("\n", err);
    }
}
