package dev.samachar.enrich;

import dev.samachar.analysis.lucene.AnalyzedText;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The loose (romanised, spelling-tolerant) forms of a text, space-separated, for clusters without
 * the analysis plugin: stored in a `whitespace`-analysed field, they let core Elasticsearch match
 * across scripts with the same terms the plugin would have produced. Thread-safe: a Lucene analyzer
 * keeps its token stream components per thread, and the indexer enriches on several threads.
 */
public final class LooseText {

    private final Analyzer loose = SamacharAnalyzers.loose();

    public String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // Analysis keeps a list per word position: window by window for a huge page (see TextWindows).
        for (String window : TextWindows.of(text)) {
            for (List<String> variants : AnalyzedText.byPosition(loose, window).values()) {
                for (String term : variants) {
                    if (!out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(term);
                }
            }
        }
        return out.toString();
    }
}
