package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** An index's mode read back from the mappings that setup applies (mappings/component-template-*.json, composed). */
class IndexAnalysisModeTest {

    private static ObjectNode mappingsOf(AnalysisMode mode) {
        return (ObjectNode) IndexSetup.templateBody(mode).path("template").path("mappings");
    }

    @Test
    void anIndexWithoutMetaIsRecognisedByItsAnalyzers() {
        for (AnalysisMode mode : AnalysisMode.values()) {
            ObjectNode mappings = mappingsOf(mode);
            mappings.remove("_meta");
            assertEquals(mode, IndexAnalysisMode.ofMapping(mappings), mode + " template without _meta");
        }
    }

    @Test
    void theRecordedModeIsReadBack() {
        for (AnalysisMode mode : AnalysisMode.values()) {
            ObjectNode mappings = mappingsOf(mode);
            IndexAnalysisMode.stamp(mappings, mode);
            assertEquals(
                    mode.name().toLowerCase(java.util.Locale.ROOT),
                    mappings.path("_meta").path(IndexAnalysisMode.META_KEY).asText());
            assertEquals(mode, IndexAnalysisMode.ofMapping(mappings));
        }
    }

    @Test
    void theRecordOutranksTheAnalyzers() {
        // A portable index keeps whatever plain fields it has; only the record says how it was made.
        ObjectNode plugin = mappingsOf(AnalysisMode.PLUGIN);
        IndexAnalysisMode.stamp(plugin, AnalysisMode.PORTABLE);
        assertEquals(AnalysisMode.PORTABLE, IndexAnalysisMode.ofMapping(plugin));
    }
}
