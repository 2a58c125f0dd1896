package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.IndexAnalysisMode;
import dev.samachar.es.IndexLayout;
import dev.samachar.es.IndexSetup;
import dev.samachar.es.IndexTemplates;
import dev.samachar.schema.ArticleField;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An alias set up by an older Samachar, whose one full index template (named after the alias) made its
 * index, is taken over by `samachar setup`: the component templates and the composable template replace
 * the old one under its name, the index and its documents stay and are searched, and a new index of the
 * alias would get the very mappings the old template gave.
 */
class TemplateUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pluginAliasOfTheOldFullTemplateUpgradesInPlace() {
        upgradesInPlace(TestCluster.settings(), "it-upgrade", AnalysisMode.PLUGIN);
    }

    @Test
    void portableAliasOfTheOldFullTemplateUpgradesInPlace() {
        upgradesInPlace(TestCluster.portableSettings(), "it-upgrade-portable", AnalysisMode.PORTABLE);
    }

    private static void upgradesInPlace(Settings settings, String alias, AnalysisMode mode) {
        String url = TestCluster.url(settings);
        ObjectNode composed = IndexSetup.templateBody(mode);
        String index = new IndexLayout(alias, IndexTemplates.schemaVersion(composed), mode).versionedIndex();

        // What setup put before the component templates: the whole template under the alias's name.
        ObjectNode old = composed.deepCopy();
        old.putArray("index_patterns").add(alias + "-v*");
        old.put("priority", 200);
        IndexAnalysisMode.stamp((ObjectNode) old.path("template").path("mappings"), mode);
        EsHttp.request(url, "PUT", "/_index_template/" + alias, old.toString());
        EsHttp.request(url, "PUT", "/" + index, null);
        EsHttp.request(
                url,
                "POST",
                "/_aliases",
                "{\"actions\":[{\"add\":{\"index\":\"" + index + "\",\"alias\":\"" + alias
                        + "\",\"is_write_index\":true}}]}");
        ObjectNode article = JSON.createObjectNode()
                .put(ArticleField.TITLE.fieldName(), "Monsoon reaches Kerala early")
                .put(ArticleField.BODY.fieldName(), "The monsoon arrived over Kerala on Friday.")
                .put(ArticleField.LANG.fieldName(), "en")
                .put(ArticleField.FILE.fieldName(), "/old/monsoon.txt");
        article.putArray(ArticleField.COUNTRIES.fieldName()).add("IN");
        EsHttp.request(url, "PUT", "/" + alias + "/_doc/old-article?refresh=true", article.toString());
        JsonNode oldMappings = mappingsOf(url, index);

        CliRun setup = CliRun.run(settings, "setup", "--alias", alias);
        assertEquals(0, setup.exitCode(), setup.toString());
        assertTrue(setup.out().contains("analysis: " + mode.name().toLowerCase(Locale.ROOT)), setup.out());

        JsonNode templates =
                EsHttp.request(url, "GET", "/_index_template/" + alias, null).path("index_templates");
        assertEquals(1, templates.size(), templates.toString());
        JsonNode template = templates.get(0).path("index_template");
        assertEquals(
                List.of(alias + "@fields", alias + "@analysis-" + mode.name().toLowerCase(Locale.ROOT)),
                texts(template.path("composed_of")));
        assertFalse(template.path("template").path("mappings").has("properties"), template.toString());
        assertEquals(List.of(alias + "-v*"), texts(template.path("index_patterns")));

        assertEquals(oldMappings, mappingsOf(url, index), "setup changed the existing index's mappings");
        JsonNode simulated = EsHttp.request(url, "POST", "/_index_template/_simulate_index/" + index, null);
        assertEquals(
                oldMappings,
                simulated.path("template").path("mappings"),
                "a new index of the alias would be mapped differently from the one the old template made");
        assertEquals(
                1,
                EsHttp.request(url, "GET", "/" + alias + "/_count", null)
                        .path("count")
                        .asInt());

        CliRun search = CliRun.run(settings, "search", "monsoon", "--alias", alias, "--json");
        assertEquals(0, search.exitCode(), search.toString());
        assertEquals(List.of("old-article"), ids(search.json().path("hits")));

        CliRun indexRun = CliRun.run(settings, "index", TestData.samples().toString(), "--alias", alias, "--json");
        assertEquals(0, indexRun.exitCode(), indexRun.toString());
        assertEquals(index, indexRun.json().path("index").asText());
        assertTrue(indexRun.json().path("indexed").asInt() > 0, indexRun.toString());
    }

    private static JsonNode mappingsOf(String url, String index) {
        return EsHttp.request(url, "GET", "/" + index + "/_mapping", null)
                .path(index)
                .path("mappings");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }
}
