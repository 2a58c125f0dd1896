package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@value #NAME}: the search side of samachar_loose (the same names, prefixed to find the other script's spellings). */
@NamedComponent(LooseQueryAnalyzerFactory.NAME)
public final class LooseQueryAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "samachar_loose_query";

    @Override
    public Analyzer create() {
        return SamacharAnalyzers.looseQuery();
    }
}
