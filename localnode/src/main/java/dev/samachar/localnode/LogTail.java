package dev.samachar.localnode;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a log file, for error messages that should show why the node failed. */
final class LogTail {

    /** Enough for 20 long log lines; reading only this much keeps huge logs cheap. */
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {}

    static List<String> lastLines(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            List<String> lines =
                    new String(bytes, StandardCharsets.UTF_8).lines().toList();
            // The first line is probably cut in the middle unless the whole file fit.
            if (size < length && !lines.isEmpty()) {
                lines = lines.subList(1, lines.size());
            }
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + IoErrors.describe(e) + ")");
        }
    }

    /** A titled block for appending to an error message; empty when the file has nothing to show. */
    static String section(Path file, int count) {
        List<String> lines = lastLines(file, count);
        if (lines.isEmpty()) {
            return "";
        }
        return "\n--- last " + lines.size() + " lines of " + file + " ---\n" + String.join("\n", lines);
    }
}
