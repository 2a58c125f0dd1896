package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Analyzer {@value #NAME}: standard tokenizer, lower case, NFC; keeps every distinction that carries meaning (करता ≠ कर्ता). */
@NamedComponent(ExactAnalyzerFactory.NAME)
public final class ExactAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "samachar_exact";

    @Override
    public Analyzer create() {
        return SamacharAnalyzers.exact();
    }
}
