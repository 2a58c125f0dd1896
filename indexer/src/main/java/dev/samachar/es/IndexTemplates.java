package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.config.MappingFiles;
import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The templates `samachar setup` keeps in the cluster for one alias: a component template of the fields
 * both analysis modes share (mappings/component-template-fields.json), one of a mode's text analysis
 * (mappings/component-template-analysis-*.json), and the composable index template that joins them for
 * the alias's indices and holds their shards and replicas. The index template is named after the alias,
 * as the full templates before it were, so installing it replaces an older full one in place: two
 * templates of equal priority for the same indices never exist side by side.
 */
public final class IndexTemplates {

    static final String FIELDS_FILE = "component-template-fields.json";
    /** The priority the full templates had: templates a user made around Samachar's keep their order. */
    static final int PRIORITY = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexTemplates() {}

    /** The component template file of {@code mode}'s analysis, below mappings/. */
    public static String analysisFile(AnalysisMode mode) {
        return "component-template-analysis-" + lower(mode) + ".json";
    }

    private static ObjectNode fieldsComponent() {
        return read(FIELDS_FILE);
    }

    private static ObjectNode analysisComponent(AnalysisMode mode) {
        return read(analysisFile(mode));
    }

    /** The index version of {@code mode}: a change to its mapping that cannot be applied in place raises it. */
    public static int schemaVersion(AnalysisMode mode) {
        return schemaVersion(analysisComponent(mode));
    }

    /** The schema version a template (component, composed or index template) records in its {@code _meta}. */
    public static int schemaVersion(JsonNode template) {
        return template.path("_meta").path("schema_version").asInt(1);
    }

    /**
     * What an index of {@code mode} gets from the two component templates, composed as Elasticsearch
     * composes them (the files share no field, so the order does not matter):
     * {@code {"_meta": {"schema_version": n}, "template": {"settings": ..., "mappings": ...}}}.
     */
    public static ObjectNode composed(AnalysisMode mode) {
        ObjectNode analysis = analysisComponent(mode);
        ObjectNode template = (ObjectNode) fieldsComponent().path("template").deepCopy();
        merge(template, (ObjectNode) analysis.path("template"));
        ObjectNode composed = JSON.createObjectNode();
        composed.putObject("_meta").put("schema_version", schemaVersion(analysis));
        composed.set("template", template);
        return composed;
    }

    static String fieldsName(String alias) {
        return alias + "@fields";
    }

    static String analysisName(String alias, AnalysisMode mode) {
        return alias + "@analysis-" + lower(mode);
    }

    /**
     * The composable index template of {@code alias}: its indices, its two components, and what is
     * the alias's own (shards, replicas, and the mode recorded in the mapping for searches to read).
     */
    static ObjectNode indexTemplate(String alias, AnalysisMode mode, int shards, int replicas) {
        ObjectNode template = JSON.createObjectNode();
        template.putArray("index_patterns").add(alias + "-v*");
        template.put("priority", PRIORITY);
        template.putArray("composed_of").add(fieldsName(alias)).add(analysisName(alias, mode));
        ObjectNode own = template.putObject("template");
        own.putObject("settings").put("number_of_shards", shards).put("number_of_replicas", replicas);
        IndexAnalysisMode.stamp(own.putObject("mappings"), mode);
        template.putObject("_meta")
                .put("description", "Samachar articles behind alias " + alias + "; applied by `samachar setup`")
                .put("schema_version", schemaVersion(mode));
        return template;
    }

    /** Puts the two component templates, then the index template that uses them. */
    static void install(ElasticsearchClient client, String alias, AnalysisMode mode, int shards, int replicas)
            throws IOException {
        putComponent(client, fieldsName(alias), fieldsComponent());
        putComponent(client, analysisName(alias, mode), analysisComponent(mode));
        String body = indexTemplate(alias, mode, shards, replicas).toString();
        client.indices().putIndexTemplate(p -> p.name(alias).withJson(new StringReader(body)));
    }

    private static void putComponent(ElasticsearchClient client, String name, ObjectNode component) throws IOException {
        String body = component.toString();
        client.cluster().putComponentTemplate(p -> p.name(name).withJson(new StringReader(body)));
    }

    /** Deep merge of objects, {@code from} winning on anything else; as Elasticsearch merges templates. */
    private static void merge(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode existing = into.get(entry.getKey());
            if (existing instanceof ObjectNode target && entry.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
    }

    private static ObjectNode read(String file) {
        return MappingFiles.read(file, in -> (ObjectNode) JSON.readTree(in));
    }

    private static String lower(AnalysisMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
