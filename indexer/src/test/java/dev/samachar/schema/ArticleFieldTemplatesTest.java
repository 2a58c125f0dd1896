package dev.samachar.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.enrich.Enricher;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.IndexTemplates;
import dev.samachar.ingest.files.ArticleFiles;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ArticleField} is the same schema as the component templates in mappings/ (the files, as
 * `samachar setup` sends them), and it covers every field the indexer writes.
 */
class ArticleFieldTemplatesTest {

    private static JsonNode component(String file) {
        return TestData.json(TestData.repoRoot().resolve("mappings").resolve(file));
    }

    private static JsonNode properties(JsonNode component) {
        return component.path("template").path("mappings").path("properties");
    }

    @ParameterizedTest
    @EnumSource(AnalysisMode.class)
    void tableEqualsTheComposedTemplateProperties(AnalysisMode mode) {
        ObjectNode composed =
                properties(component("component-template-fields.json")).deepCopy();
        composed.setAll((ObjectNode) properties(component(IndexTemplates.analysisFile(mode))));
        ObjectNode table = ArticleField.properties(mode);
        assertEquals(names(composed), names(table), "fields of a " + mode + " index: templates vs ArticleField");
        for (String field : names(table)) {
            assertEquals(composed.get(field), table.get(field), mode + " mapping of " + field + ": templates vs table");
        }
        assertEquals(composed, table);
    }

    /** Elasticsearch would let the later component replace a field both define: neither may rely on that. */
    @ParameterizedTest
    @EnumSource(AnalysisMode.class)
    void componentsShareNoField(AnalysisMode mode) {
        Set<String> shared = names(properties(component("component-template-fields.json")));
        shared.retainAll(names(properties(component(IndexTemplates.analysisFile(mode)))));
        assertEquals(Set.of(), shared);
    }

    @ParameterizedTest
    @EnumSource(AnalysisMode.class)
    void defaultFieldsAreFieldsOfTheMode(AnalysisMode mode) {
        JsonNode defaults = component(IndexTemplates.analysisFile(mode))
                .path("template")
                .path("settings")
                .path("index")
                .path("query")
                .path("default_field");
        assertTrue(defaults.size() > 0, "no default_field in " + IndexTemplates.analysisFile(mode));
        Set<String> known = new TreeSet<>();
        collect("", ArticleField.properties(mode), known);
        for (JsonNode field : defaults) {
            assertTrue(known.contains(field.asText()), field + " is not a field of a " + mode + " index: " + known);
        }
    }

    /** Every key of a real article's {@code _source}, in the mode it was enriched for, is a field of that mode. */
    @ParameterizedTest
    @EnumSource(AnalysisMode.class)
    void writtenSourceUsesOnlyFieldsOfTheMode(AnalysisMode mode) throws IOException {
        Enricher enricher = Enricher.load(mode);
        ArticleReader reader = new ArticleReader();
        Set<String> written = new TreeSet<>();
        List<Path> files =
                new ArrayList<>(ArticleFiles.expand(List.of(TestData.samples())).files());
        files.addAll(ArticleFiles.expand(List.of(TestData.seeds())).files());
        for (Path file : files) {
            for (Article article : reader.read(file).articles()) {
                ArticleDocument document = enricher.enrich(article);
                written.addAll(document.source(Instant.EPOCH).keySet());
            }
        }
        Set<String> ofMode = names(ArticleField.properties(mode));
        assertTrue(ofMode.containsAll(written), "written " + written + ", mapped " + ofMode);
        assertTrue(written.contains(ArticleField.TITLE.fieldName()), written.toString());
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collect(String prefix, JsonNode properties, Set<String> into) {
        properties.fields().forEachRemaining(e -> {
            into.add(prefix + e.getKey());
            collect(prefix + e.getKey() + ".", e.getValue().path("fields"), into);
        });
    }
}
