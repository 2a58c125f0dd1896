package dev.samachar.ingest.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** A path given on the command line that does not exist: the message, with the closest existing sibling if any. */
public final class MissingPath {

    private MissingPath() {}

    /** "no such file or directory: /a/b/sedds (did you mean /a/b/seeds?)" */
    public static String message(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        return "no such file or directory: " + absolute
                + closestSibling(absolute)
                        .map(s -> " (did you mean " + s + "?)")
                        .orElse("");
    }

    /** The sibling whose name is fewest edits away, if at most a third of the name (and 3) differs. */
    static Optional<Path> closestSibling(Path missing) {
        Path parent = missing.getParent();
        Path name = missing.getFileName();
        if (parent == null || name == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        String wanted = name.toString().toLowerCase(Locale.ROOT);
        int allowed = Math.min(3, Math.max(1, wanted.length() / 3));
        Path best = null;
        int bestDistance = Integer.MAX_VALUE;
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : (Iterable<Path>) siblings.sorted()::iterator) {
                int distance = distance(wanted, sibling.getFileName().toString().toLowerCase(Locale.ROOT), allowed);
                if (distance <= allowed && distance < bestDistance) {
                    best = sibling;
                    bestDistance = distance;
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder only costs the suggestion.
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, or more than {@code limit} as soon as it must exceed it. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
