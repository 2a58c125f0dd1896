package dev.samachar.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AnalysisMode;
import java.util.Set;

/** A second indexing of a text field, searched as {@code field.name}. */
public enum SubField {
    /** The whole title as one keyword, for sorting and exact matches in Kibana. */
    RAW("raw", Set.of(AnalysisMode.PLUGIN, AnalysisMode.PORTABLE)),
    /** Hindi stemming (plugin). */
    HINDI("hindi", Set.of(AnalysisMode.PLUGIN)),
    /** Cross-script loose forms (plugin); portable mode stores them in the {@code loose} field instead. */
    LOOSE("loose", Set.of(AnalysisMode.PLUGIN));

    private final String suffix;
    private final Set<AnalysisMode> modes;

    SubField(String suffix, Set<AnalysisMode> modes) {
        this.suffix = suffix;
        this.modes = modes;
    }

    public String suffix() {
        return suffix;
    }

    boolean existsIn(AnalysisMode mode) {
        return modes.contains(mode);
    }

    ObjectNode mapping() {
        ObjectNode mapping = JsonNodeFactory.instance.objectNode();
        return switch (this) {
            case RAW -> mapping.put("type", "keyword").put("ignore_above", 1024);
            case HINDI -> mapping.put("type", "text").put("analyzer", "samachar_hindi");
            case LOOSE ->
                mapping.put("type", "text")
                        .put("analyzer", "samachar_loose")
                        .put("search_analyzer", "samachar_loose_query");
        };
    }
}
