package dev.samachar.search;

import dev.samachar.analysis.lucene.AnalyzedText;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's loose terms grouped by word: each name has several (readings, exonym group, the
 * prefixes that find either script's spellings), and any of them may match; ordinary words have
 * none. Used in portable mode, where the cluster cannot compute them.
 */
final class LooseQueryTerms {

    private LooseQueryTerms() {
    }

    static List<List<String>> of(String text) {
        try (Analyzer loose = SamacharAnalyzers.looseQuery()) {
            return new ArrayList<>(AnalyzedText.byPosition(loose, text).values());
        }
    }
}
