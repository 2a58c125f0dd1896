package dev.samachar.search;

import dev.samachar.analysis.lucene.AnalyzedText;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;

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
        try (Analyzer loose = SamacharAnalyzers.loose()) {
            return new ArrayList<>(AnalyzedText.byPosition(loose, text).values());
        }
    }
}
