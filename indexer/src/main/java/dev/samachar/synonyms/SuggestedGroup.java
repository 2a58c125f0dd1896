package dev.samachar.synonyms;

import java.util.List;

/**
 * A proposed transliteration group: a Latin name from English articles and the Devanagari
 * spellings in Hindi articles whose romanised loose forms agree with it.
 *
 * @param examples a few "file: spelling" lines showing where each spelling was seen
 */
public record SuggestedGroup(String latin, List<String> devanagari, double score, String why, List<String> examples) {

    /** The group as one line of mappings/synonyms.tsv. */
    public String tsvLine() {
        return latin + "\t" + String.join("\t", devanagari);
    }
}
