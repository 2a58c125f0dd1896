package dev.samachar.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.ingest.files.IngestFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code state/<alias>/failures.jsonl}: every file (or .jsonl line) that is not in the index, with the stage
 * that failed, the reason and when. It outlives runs: an entry goes away only when a later run indexes that
 * file (or prunes it because the file is gone), so `samachar failures` and `index --retry-failures` see
 * everything still missing, not just the last run's problems.
 */
public final class FailureReport {

    /**
     * @param file   what failed: a path, or path:line for one line of a .jsonl feed
     * @param path   the file to read again to retry it
     * @param stage  read, parse, index (refused by Elasticsearch) or bulk (never acknowledged)
     */
    public record Entry(String file, String path, String stage, String reason, String time) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINE_SUFFIX = Pattern.compile("^(.*\\.jsonl):(\\d+)$");

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** The files the entries name, for {@link #lists}: read by the run's threads while the entries stay put. */
    private volatile Set<String> listed = Set.of();

    private FailureReport(Path file) {
        this.file = file;
    }

    public static FailureReport load(Path stateDir) {
        FailureReport report = new FailureReport(stateDir.resolve("failures.jsonl"));
        try {
            for (String line : Files.readAllLines(report.file, StandardCharsets.UTF_8)) {
                try {
                    JsonNode n = JSON.readTree(line);
                    if (n != null && n.hasNonNull("file")) {
                        Entry e = new Entry(
                                n.path("file").asText(),
                                n.path("path").asText(pathOf(n.path("file").asText())),
                                n.path("stage").asText(),
                                n.path("reason").asText(),
                                n.path("time").asText());
                        report.entries.put(e.file(), e);
                    }
                } catch (IOException torn) {
                    // The report is rewritten whole by rename; a bad line can only come from a hand edit.
                }
            }
        } catch (NoSuchFileException e) {
            // No failures yet.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + report.file + ": " + e.getMessage(), e);
        }
        report.listed = report.paths();
        return report;
    }

    public Path location() {
        return file;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entries of one file (several for a feed with bad lines). */
    public List<Entry> entriesFor(String path) {
        return entries.values().stream().filter(e -> e.path().equals(path)).toList();
    }

    /**
     * True when some entry names {@code path}: only such paths matter to {@link #update} as settled, so a run
     * need not remember every file it settled.
     */
    public boolean lists(String path) {
        return listed.contains(path);
    }

    /** The files to read again for `index --retry-failures`. */
    public Set<String> paths() {
        Set<String> paths = new TreeSet<>();
        entries.values().forEach(e -> paths.add(e.path()));
        return paths;
    }

    /**
     * Applies a run's outcome: entries of files the run settled (indexed, unchanged with nothing missing,
     * or pruned) go, the run's failures come in (replacing older entries for the same file or line).
     */
    public void update(Collection<String> settledPaths, List<IngestFailure> failures, Instant now) {
        Set<String> settled = Set.copyOf(settledPaths);
        Set<String> failedPaths = new TreeSet<>();
        failures.forEach(f -> failedPaths.add(pathOf(f.origin())));
        // A re-read file reports all of its problems again, so its older entries are stale either way.
        entries.values().removeIf(e -> settled.contains(e.path()) || failedPaths.contains(e.path()));
        for (IngestFailure f : failures) {
            entries.put(f.origin(), new Entry(f.origin(), pathOf(f.origin()), f.stage(), f.reason(), now.toString()));
        }
        listed = paths();
    }

    public void save() {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            List<String> lines = new ArrayList<>();
            for (Entry e : entries.values()) {
                lines.add(JSON.writeValueAsString(e));
            }
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** "…/feed.jsonl:12" names line 12 of a feed; the file to read again is the feed. */
    public static String pathOf(String origin) {
        Matcher m = LINE_SUFFIX.matcher(origin);
        return m.matches() ? m.group(1) : origin;
    }
}
