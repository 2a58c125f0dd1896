package dev.samachar.enrich;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The loose (romanised, spelling-tolerant) forms of a text, space-separated, for clusters without
 * the analysis plugin: stored in a `whitespace`-analysed field, they let core Elasticsearch match
 * across scripts with the same terms the plugin would have produced. Not thread-safe (one analyzer
 * per instance); the indexer enriches on one thread.
 */
public final class LooseText {

    private final Analyzer loose = SamacharAnalyzers.loose();

    public String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        try (TokenStream stream = loose.tokenStream("loose", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
        return out.toString();
    }
}
