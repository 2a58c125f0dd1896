package dev.samachar.localnode;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs short system commands (id, useradd, chown, elasticsearch-plugin) and captures their output for error
 * messages.
 */
final class Commands {

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private static final List<String> SYSTEM_DIRS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private Commands() {}

    static Result run(List<String> command) {
        return run(command, Map.of(), Duration.ofSeconds(60));
    }

    /**
     * @param environment added to (or, with a null value, removed from) this process's environment
     * @param timeout     how long the command may take before it is killed
     */
    static Result run(List<String> command, Map<String, String> environment, Duration timeout) {
        return run(command, environment, timeout, new byte[0]);
    }

    /**
     * @param stdin written to the command's standard input, then closed: how a secret reaches a command without
     *              appearing on its command line (which every user can read in {@code ps})
     */
    static Result run(List<String> command, Map<String, String> environment, Duration timeout, byte[] stdin) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            try (var in = process.getOutputStream()) {
                in.write(stdin);
            }
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LocalNodeException("Timed out running: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new LocalNodeException("Cannot run " + command.get(0) + ": " + IoErrors.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while running " + command.get(0), e);
        }
    }

    static Result runOrFail(List<String> command, String purpose) {
        Result result = run(command);
        if (!result.ok()) {
            throw new LocalNodeException("Cannot " + purpose + ": `" + String.join(" ", command) + "` exited with "
                    + result.exitCode() + (result.output().isEmpty() ? "" : ":\n" + result.output()));
        }
        return result;
    }

    /**
     * Resolves an admin tool such as useradd or runuser. They live in sbin, which is often missing from PATH
     * when the shell was entered via su or sudo without a login.
     */
    static String executable(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        for (String dir : SYSTEM_DIRS) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new LocalNodeException("The system command `" + name + "` was not found (looked in PATH and "
                + String.join(", ", SYSTEM_DIRS) + ").");
    }
}
