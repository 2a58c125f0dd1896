package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@value #NAME}: standard tokenizer, lower case, Hindi normalisation, light stemming. */
@NamedComponent(HindiAnalyzerFactory.NAME)
public final class HindiAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "samachar_hindi";

    @Override
    public Analyzer create() {
        return SamacharAnalyzers.hindi();
    }
}
