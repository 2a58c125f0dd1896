package dev.samachar.enrich;

import dev.samachar.analysis.PhraseMatcher;
import dev.samachar.analysis.TokenizedText;
import dev.samachar.synonyms.SynonymFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepted transliteration groups (mappings/synonyms.tsv, filled by `samachar synonyms suggest
 * --accept`): when an article mentions any spelling of a group, every spelling of the group becomes
 * a search alias of the article, for names the gazetteer does not know.
 */
public final class NameSynonyms {

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
        return new NameSynonyms(SynonymFile.fromClasspath());
    }

    /** Every spelling of every group the text mentions, in a stable order. */
    public List<String> aliasesIn(String text) {
        return groups.isEmpty() ? List.of() : aliasesIn(TokenizedText.of(text));
    }

    /** As {@link #aliasesIn(String)}, on a text the caller has tokenised for all its matchers. */
    public List<String> aliasesIn(TokenizedText text) {
        if (groups.isEmpty()) {
            return List.of();
        }
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
