package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@value #NAME}: consonant-skeleton name keys (four consonants or more), a low-ranked recall signal. */
@NamedComponent(KeyAnalyzerFactory.NAME)
public final class KeyAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "samachar_key";

    @Override
    public Analyzer create() {
        return SamacharAnalyzers.key();
    }
}
