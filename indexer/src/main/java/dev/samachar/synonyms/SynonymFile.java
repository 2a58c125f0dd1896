package dev.samachar.synonyms;

import dev.samachar.config.MappingFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * mappings/synonyms.tsv: accepted transliteration groups, one per line, tab-separated spellings.
 * The indexer adds every spelling of a group an article mentions to its search aliases; `samachar
 * synonyms export` turns the file into an Elasticsearch synonyms file and a Synonyms API set.
 */
public final class SynonymFile {

    static final String HEADER = """
            # Transliteration groups accepted from `samachar synonyms suggest --accept`.
            # One group per line: tab-separated spellings of one name, Latin first, then Devanagari.
            # The indexer adds every spelling of a group an article mentions to its search aliases.
            """;

    private SynonymFile() {}

    public static List<List<String>> fromClasspath() {
        return MappingFiles.readIfPresent(
                        "synonyms.tsv",
                        in -> parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))))
                .orElse(List.of());
    }

    public static List<List<String>> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    static List<List<String>> parse(BufferedReader reader) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        MappingFiles.forEachDataLine(reader, (n, line) -> {
            List<String> group = new ArrayList<>();
            for (String spelling : line.split("\t")) {
                if (!spelling.isBlank()) {
                    group.add(Normalizer.normalize(spelling.strip(), Normalizer.Form.NFC));
                }
            }
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        });
        return groups;
    }

    /** Appends the groups not already in the file; returns how many were new. */
    public static int append(Path file, List<SuggestedGroup> accepted) throws IOException {
        List<List<String>> existing = read(file);
        Set<String> known = new LinkedHashSet<>();
        existing.forEach(known::addAll);
        StringBuilder out =
                new StringBuilder(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER);
        int added = 0;
        for (SuggestedGroup group : accepted) {
            if (known.contains(group.latin())) {
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append(group.tsvLine()).append('\n');
            known.add(group.latin());
            added++;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return added;
    }

    /** Elasticsearch/Solr synonyms file: one line of comma-separated equivalent spellings per group. */
    public static String solrFormat(List<List<String>> groups) {
        StringBuilder out = new StringBuilder("# Samachar transliteration groups (Solr synonyms format)\n");
        for (List<String> group : groups) {
            out.append(String.join(", ", group)).append('\n');
        }
        return out.toString();
    }
}
