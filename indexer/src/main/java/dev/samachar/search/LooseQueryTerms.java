package dev.samachar.search;

import dev.samachar.analysis.lucene.AnalyzedText;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * A query's cross-script terms, word by word. A name has several (readings, exonym group, the
 * prefixes that find either script's spellings), any of which may match. An ordinary English word
 * in lower case has none. An ordinary Hindi word and a capitalised ordinary English word have
 * terms too, marked optional: either may be a name that is also a word (सोनी, Sony; Upper Siang,
 * Grand Rapids); a search requires every name and takes the optional words only when the query
 * has no name.
 */
final class LooseQueryTerms {

    /** One word of the query: its terms, and whether a search must match one of them. */
    record Word(List<String> terms, boolean required) {}

    private static final Analyzer NAMES = SamacharAnalyzers.looseQuery();
    private static final Analyzer EVERY_WORD = SamacharAnalyzers.looseQueryEveryWord();

    private LooseQueryTerms() {}

    static List<Word> of(String text) {
        SortedMap<Integer, List<String>> names = AnalyzedText.byPosition(NAMES, text);
        List<Word> words = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> word :
                AnalyzedText.byPosition(EVERY_WORD, text).entrySet()) {
            List<String> nameTerms = names.get(word.getKey());
            words.add(nameTerms != null ? new Word(nameTerms, true) : new Word(word.getValue(), false));
        }
        return words;
    }
}
