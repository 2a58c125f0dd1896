package dev.samachar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.IndexSetup;

/**
 * The create-index bodies the indexing benchmark compares. Both come from the real index template
 * (the component templates in samachar/mappings/ on the class path, composed), so they have the same fields, types
 * and settings; they differ only in text analysis:
 * <ul>
 *   <li>{@link #standard()}: every text field with Elasticsearch's {@code standard} analyzer and no
 *       sub-fields, i.e. what the same documents would cost without Samachar's analysis;</li>
 *   <li>{@link #samachar()}: the template as it is ({@code samachar_exact} plus the hindi, loose and
 *       key sub-fields from the plugin, and title.raw).</li>
 * </ul>
 * Both get 1 shard, 0 replicas and {@code refresh_interval: -1}, so that no refresh or replica
 * falls inside the measured bulk requests.
 */
final class BenchIndices {

    private BenchIndices() {}

    static ObjectNode samachar() {
        return fromTemplate();
    }

    static ObjectNode standard() {
        ObjectNode body = fromTemplate();
        body.path("mappings").path("properties").fields().forEachRemaining(field -> standardise(field.getValue()));
        return body;
    }

    /** The template's settings and mappings as a create-index body, with the benchmark's settings. */
    private static ObjectNode fromTemplate() {
        JsonNode template = IndexSetup.templateBody(AnalysisMode.PLUGIN).path("template");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode settings = template.path("settings").deepCopy();
        body.set("settings", settings);
        settings.put("number_of_shards", 1);
        settings.put("number_of_replicas", 0);
        settings.withObjectProperty("index").put("refresh_interval", "-1");
        body.set("mappings", template.path("mappings").deepCopy());
        return body;
    }

    private static void standardise(JsonNode field) {
        if (field instanceof ObjectNode node && "text".equals(node.path("type").asText())) {
            node.put("analyzer", "standard");
            node.remove("fields");
            node.remove("search_analyzer");
        }
    }
}
