package dev.samachar.benchmarks.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The realnews-dev folder, read at run time (its texts are copyrighted and never copied into the
 * repository): every page listed in {@code truth.jsonl} with its language, and its text folded once for
 * {@link RealNewsJudge}. Pages are keyed by their path relative to the folder ({@code en_bbc/business_001.txt}).
 */
public final class RealNewsCorpus {

    /** Where the shared data lives on the project's machines; {@code SAMACHAR_REALNEWS} overrides it. */
    public static final Path DEFAULT = Path.of("/work/shared/realnews-dev");

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Page(String key, String lang, Path file, String foldedText) {}

    private final Path root;
    private final Map<String, Page> pages;

    private RealNewsCorpus(Path root, Map<String, Page> pages) {
        this.root = root;
        this.pages = pages;
    }

    /** The folder named by SAMACHAR_REALNEWS, else {@link #DEFAULT}. */
    public static Path location(Map<String, String> env) {
        String configured = env.get("SAMACHAR_REALNEWS");
        return configured == null || configured.isBlank() ? DEFAULT : Path.of(configured.strip());
    }

    public static boolean present(Path root) {
        return Files.isRegularFile(root.resolve("truth.jsonl"));
    }

    public static RealNewsCorpus load(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        Map<String, Page> pages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(absolute.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode truth = JSON.readTree(line);
            String key = truth.path("path").asText();
            String lang = truth.path("lang").asText();
            Path file = absolute.resolve(key).normalize();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            pages.put(key, new Page(key, lang, file, RealNewsJudge.fold(text)));
        }
        return new RealNewsCorpus(absolute, pages);
    }

    public Path root() {
        return root;
    }

    /** The top-level folders that hold the pages (en_bbc, hi_covid): what gets indexed. */
    public List<Path> folders() {
        Set<Path> folders = new LinkedHashSet<>();
        for (Page page : pages.values()) {
            folders.add(root.resolve(root.relativize(page.file()).getName(0)));
        }
        return new ArrayList<>(folders);
    }

    public int size(String lang) {
        return (int) pages.values().stream().filter(p -> p.lang().equals(lang)).count();
    }

    public int size() {
        return pages.size();
    }

    /** The page a search hit's {@code file} field names (an absolute path, as the indexer stores it), or null. */
    public Page page(String indexedFile) {
        if (indexedFile == null) {
            return null;
        }
        Path file = Path.of(indexedFile).toAbsolutePath().normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        return pages.get(root.relativize(file).toString().replace('\\', '/'));
    }

    public Page pageByKey(String key) {
        return pages.get(key);
    }

    /** The keys of the pages of this language that the judge finds the name in. */
    public Set<String> relevant(RealNewsJudge judge, String lang) {
        Set<String> keys = new TreeSet<>();
        for (Page page : pages.values()) {
            if (page.lang().equals(lang) && judge.mentionsFolded(page.foldedText())) {
                keys.add(page.key());
            }
        }
        return keys;
    }
}
