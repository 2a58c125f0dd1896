package dev.samachar.search;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A query's loose forms grouped by word: each word may have several (both schwa readings, an
 * exonym), and any of them may match. Used in portable mode, where the cluster cannot compute them.
 */
final class LooseQueryTerms {

    private LooseQueryTerms() {
    }

    static List<List<String>> of(String text) {
        List<List<String>> words = new ArrayList<>();
        try (Analyzer loose = SamacharAnalyzers.loose(); TokenStream stream = loose.tokenStream("loose", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    words.add(new ArrayList<>());
                }
                words.get(words.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
        return words;
    }
}
