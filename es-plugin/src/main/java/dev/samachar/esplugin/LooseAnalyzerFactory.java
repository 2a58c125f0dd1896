package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@value #NAME}: the cross-script terms of names, as documents index them; samachar_loose_query searches them. */
@NamedComponent(LooseAnalyzerFactory.NAME)
public final class LooseAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "samachar_loose";

    @Override
    public Analyzer create() {
        return SamacharAnalyzers.loose();
    }
}
