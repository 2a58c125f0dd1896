package dev.samachar.enrich;

import dev.samachar.analysis.PhraseMatcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Interim cross-script name groups from mappings/name-synonyms.tsv: when an article mentions any
 * spelling of a group, every spelling of the group becomes a search alias of the article. The
 * analysis plugin replaces this with real transliteration; until then it is data, not code.
 */
public final class NameSynonyms {

    static final String RESOURCE = "samachar/mappings/name-synonyms.tsv";

    private final List<List<String>> groups;
    private final PhraseMatcher<Integer> matcher;

    NameSynonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        PhraseMatcher.Builder<Integer> builder = PhraseMatcher.builder();
        for (int g = 0; g < groups.size(); g++) {
            for (String spelling : groups.get(g)) {
                builder.add(spelling, g);
            }
        }
        this.matcher = builder.build();
    }

    public static NameSynonyms load() {
        try (InputStream in = NameSynonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("name synonyms missing from the build: " + RESOURCE);
            }
            return new NameSynonyms(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> parse(BufferedReader reader) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String spelling : line.split("\t")) {
                if (!spelling.isBlank()) {
                    group.add(java.text.Normalizer.normalize(spelling.strip(), java.text.Normalizer.Form.NFC));
                }
            }
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        }
        return groups;
    }

    /** Every spelling of every group the text mentions, in a stable order. */
    public List<String> aliasesIn(String text) {
        Set<String> aliases = new LinkedHashSet<>();
        for (PhraseMatcher.Match<Integer> match : matcher.findAll(text)) {
            aliases.addAll(groups.get(match.value()));
        }
        return List.copyOf(aliases);
    }

    public List<List<String>> groups() {
        return groups;
    }
}
