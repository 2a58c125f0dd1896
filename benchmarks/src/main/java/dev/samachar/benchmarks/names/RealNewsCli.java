package dev.samachar.benchmarks.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code scripts/samachar} as a child process against the benchmark's node. Output goes to
 * files, not pipes, so a chatty child never blocks; standard input is closed (the CLI's non-interactive path).
 */
final class RealNewsCli {

    record Outcome(List<String> command, int exit, double seconds, String stdout, String stderr) {

        /** Fails unless the exit code is one of {@code allowed}. */
        Outcome require(int... allowed) {
            for (int code : allowed) {
                if (exit == code) {
                    return this;
                }
            }
            throw new IllegalStateException(
                    String.join(" ", command) + " exited with " + exit + ":\n" + tail(stderr) + tail(stdout));
        }

        private static String tail(String text) {
            return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
        }
    }

    private final Path script;
    private final Map<String, String> env;

    /** @param env set on top of ours; SAMACHAR_ES_URL and a SAMACHAR_ES_PLUGIN not in it are removed */
    RealNewsCli(Path script, Map<String, String> env) {
        this.script = script;
        this.env = Map.copyOf(env);
    }

    Outcome run(List<String> args, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(args);
        Path out = Files.createTempFile("realnews-cli", ".out");
        Path err = Files.createTempFile("realnews-cli", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            Map<String, String> childEnv = builder.environment();
            childEnv.remove("SAMACHAR_ES_URL");
            childEnv.remove("SAMACHAR_ES_SECURITY");
            childEnv.remove(RealNewsNode.ENV_PLUGIN);
            childEnv.putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Outcome(
                    command,
                    process.exitValue(),
                    seconds,
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
