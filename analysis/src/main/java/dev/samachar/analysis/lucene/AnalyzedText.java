package dev.samachar.analysis.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms an analyzer produces for a text, grouped by position: a word may yield several
 * (both schwa readings, an exonym) at one position. The one place that runs a token stream to
 * the end and back, for callers outside an index (the CLI, the indexer in portable mode).
 */
public final class AnalyzedText {

    private AnalyzedText() {}

    /**
     * Terms by absolute position (0-based), in order. Positions a filter dropped (a name key too
     * short to keep) are absent, so the analyses of one text by several analyzers line up by key.
     */
    public static SortedMap<Integer, List<String>> byPosition(Analyzer analyzer, String text) {
        SortedMap<Integer, List<String>> positions = new TreeMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                positions.computeIfAbsent(position, p -> new ArrayList<>(2)).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return positions;
    }
}
