package dev.samachar.kibana;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.IndexSetup;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline checks of mappings/kibana/samachar.ndjson (no Kibana can run here): well-formedness including
 * every stringified JSON attribute, per-type structure, the reference graph, every field against the
 * index template, and migration versions at or below {@link KibanaImporter#MINIMUM_KIBANA}.
 */
class KibanaAssetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stringified JSON attributes of the index-pattern type whose names do not end in JSON. */
    private static final Set<String> STRINGIFIED =
            Set.of("fields", "fieldFormatMap", "fieldAttrs", "runtimeFieldMap", "sourceFilters");
    /** Dashboard v1 create schema: unknown top-level attributes are rejected. */
    private static final Set<String> DASHBOARD_ATTRIBUTES = Set.of(
            "title",
            "description",
            "kibanaSavedObjectMeta",
            "timeRestore",
            "timeFrom",
            "timeTo",
            "refreshInterval",
            "controlGroupInput",
            "panelsJSON",
            "optionsJSON",
            "hits",
            "version");

    private static final String DATA_VIEW_ID = "samachar";
    private static final String RECORDS = "___records___";

    private static byte[] raw;
    private static List<JsonNode> objects;
    private static Map<String, String> fieldTypes;

    @BeforeAll
    static void load() throws IOException {
        Path file = TestData.repoRoot().resolve("mappings/kibana/samachar.ndjson");
        raw = Files.readAllBytes(file);
        objects = new ArrayList<>();
        String text = new String(raw, StandardCharsets.UTF_8);
        assertFalse(text.startsWith("\uFEFF"), "no byte-order mark");
        assertTrue(text.endsWith("\n"), "ends with a newline");
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isEmpty() && lineNo > 1) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                assertTrue(node != null && node.isObject(), "line " + lineNo + " is a JSON object");
                objects.add(node);
            } catch (IOException e) {
                fail("line " + lineNo + " does not parse: " + e.getMessage());
            }
        }
        JsonNode mapping = IndexSetup.templateBody(AnalysisMode.PLUGIN)
                .get("template")
                .get("mappings")
                .get("properties");
        fieldTypes = new HashMap<>();
        collectFields("", mapping);
    }

    private static void collectFields(String prefix, JsonNode properties) {
        properties.fields().forEachRemaining(e -> {
            String name = prefix + e.getKey();
            fieldTypes.put(name, e.getValue().path("type").asText("object"));
            if (e.getValue().has("fields")) {
                collectFields(name + ".", e.getValue().get("fields"));
            }
            if (e.getValue().has("properties")) {
                collectFields(name + ".", e.getValue().get("properties"));
            }
        });
    }

    private static JsonNode parsed(String json, String where) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(where + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode object(String type, String id) {
        return objects.stream()
                .filter(o -> o.path("type").asText().equals(type)
                        && o.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + id));
    }

    private static List<JsonNode> ofType(String type) {
        return objects.stream()
                .filter(o -> o.path("type").asText().equals(type))
                .toList();
    }

    private static JsonNode attr(JsonNode object, String stringified) {
        JsonNode node = object.get("attributes");
        for (String part : stringified.split("\\.")) {
            node = node.path(part);
        }
        assertTrue(node.isTextual(), object.get("id") + ": " + stringified + " is a JSON string");
        return parsed(node.asText(), object.get("id").asText() + " " + stringified);
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> list = new ArrayList<>();
        attr(dashboard, "panelsJSON").forEach(list::add);
        return list;
    }

    private static Set<String> referenceNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.get("references")
                .forEach(r -> assertTrue(
                        names.add(r.get("name").asText()),
                        object.get("id") + ": duplicate reference name " + r.get("name")));
        return names;
    }

    private static void assertField(String field, Set<String> types, String where) {
        String type = fieldTypes.get(field);
        assertNotNull(
                type,
                where + ": field " + field + " is not in the index mappings (mappings/component-template-*.json)");
        assertTrue(types.contains(type), where + ": field " + field + " is " + type + ", expected one of " + types);
    }

    // ---------------------------------------------------------------- well-formedness

    @Test
    void everyObjectHasTheEnvelopeAndAUniqueId() {
        assertEquals(3, objects.size(), "data view, saved search, dashboard");
        Set<String> keys = new HashSet<>();
        for (JsonNode o : objects) {
            for (String field : List.of("type", "id", "coreMigrationVersion", "typeMigrationVersion")) {
                assertTrue(o.path(field).isTextual() && !o.get(field).asText().isBlank(), o + " has " + field);
            }
            assertTrue(o.path("attributes").isObject(), o.get("id") + " has attributes");
            assertTrue(o.path("references").isArray(), o.get("id") + " has references");
            assertFalse(o.has("migrationVersion"), "8.8+ style only: typeMigrationVersion, no migrationVersion map");
            assertTrue(keys.add(o.get("type").asText() + "/" + o.get("id").asText()), "duplicate " + o.get("id"));
        }
        assertEquals(
                Set.of("index-pattern", "search", "dashboard"),
                new HashSet<>(objects.stream().map(o -> o.get("type").asText()).toList()));
    }

    @Test
    void everyStringifiedAttributeParses() {
        int checked = 0;
        for (JsonNode o : objects) {
            checked += checkStringified(o.get("id").asText(), "attributes", o.get("attributes"));
        }
        // 5 data-view maps, 2 searchSourceJSON, panelsJSON, optionsJSON, 2 control-group strings
        assertTrue(checked >= 11, "found only " + checked + " stringified attributes");
    }

    private static int checkStringified(String id, String path, JsonNode node) {
        int count = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String where = path + "." + e.getKey();
            if (e.getValue().isTextual() && (e.getKey().endsWith("JSON") || STRINGIFIED.contains(e.getKey()))) {
                JsonNode inner = parsed(e.getValue().asText(), id + " " + where);
                assertTrue(inner.isContainerNode(), id + " " + where + " is an object or array");
                count++;
                if (inner.isObject()) {
                    count += checkStringified(id, where, inner);
                }
            } else if (e.getValue().isObject()) {
                count += checkStringified(id, where, e.getValue());
            }
        }
        return count;
    }

    @Test
    void theJarCarriesTheSameFile() {
        assertArrayEquals(raw, KibanaImporter.assets(), "classpath copy of mappings/kibana/samachar.ndjson");
    }

    // ---------------------------------------------------------------- structure per type

    @Test
    void dataViewIsOnTheAliasWithPublishedAsTime() {
        JsonNode dv = object("index-pattern", DATA_VIEW_ID).get("attributes");
        assertEquals("samachar", dv.get("title").asText(), "data view pattern is the alias");
        assertEquals("published", dv.get("timeFieldName").asText());
        assertTrue(attr(object("index-pattern", DATA_VIEW_ID), "fields").isArray());
        assertTrue(attr(object("index-pattern", DATA_VIEW_ID), "sourceFilters").isArray());
        attr(object("index-pattern", DATA_VIEW_ID), "fieldFormatMap").fields().forEachRemaining(e -> {
            assertTrue(e.getValue().path("id").isTextual(), "format id for " + e.getKey());
        });
        assertEquals(
                "date",
                attr(object("index-pattern", DATA_VIEW_ID), "fieldFormatMap")
                        .path("published")
                        .path("id")
                        .asText());
    }

    @Test
    void savedSearchShowsTheColumnsNewestFirst() {
        JsonNode search = object("search", "samachar-latest");
        JsonNode a = search.get("attributes");
        assertTrue(a.path("title").isTextual());
        List<String> columns = new ArrayList<>();
        a.get("columns").forEach(c -> columns.add(c.asText()));
        assertEquals(List.of("title", "source", "lang", "countries", "published"), columns);
        assertTrue(a.get("sort").isArray());
        for (JsonNode pair : a.get("sort")) {
            assertEquals(2, pair.size(), "sort entries are [field, direction] pairs");
            assertTrue(Set.of("asc", "desc").contains(pair.get(1).asText()));
        }
        assertEquals("published", a.get("sort").get(0).get(0).asText());
        assertEquals("desc", a.get("sort").get(0).get(1).asText());
        JsonNode source = attr(search, "kibanaSavedObjectMeta.searchSourceJSON");
        assertEquals("kuery", source.path("query").path("language").asText());
        assertFalse(source.has("index"), "data view goes through indexRefName, not a raw id");
    }

    @Test
    void dashboardHasOnlyKnownAttributesAndValidPanels() {
        JsonNode dashboard = object("dashboard", "samachar-overview");
        dashboard
                .get("attributes")
                .fieldNames()
                .forEachRemaining(name -> assertTrue(
                        DASHBOARD_ATTRIBUTES.contains(name),
                        "dashboard attribute " + name + " is not in the v1 schema"));
        assertTrue(dashboard.get("attributes").path("title").isTextual());
        // the legacy attribute Kibana writes on every dashboard it saves (integer 1, not a string)
        JsonNode version = dashboard.get("attributes").get("version");
        assertNotNull(version, "dashboard attributes.version");
        assertTrue(
                version.isInt() && version.intValue() == 1, "dashboard attributes.version is the number 1: " + version);
        assertTrue(attr(dashboard, "optionsJSON").isObject());
        Set<String> indexes = new HashSet<>();
        for (JsonNode panel : panels(dashboard)) {
            String index = panel.get("panelIndex").asText();
            assertTrue(indexes.add(index), "unique panelIndex " + index);
            JsonNode grid = panel.get("gridData");
            assertEquals(index, grid.get("i").asText(), "gridData.i == panelIndex");
            assertTrue(
                    grid.get("x").asInt() >= 0
                            && grid.get("x").asInt() + grid.get("w").asInt() <= 48,
                    index + " fits the 48-column grid");
            assertTrue(grid.get("h").asInt() > 0 && grid.get("y").asInt() >= 0);
            assertTrue(Set.of("lens", "search").contains(panel.get("type").asText()), "no legacy visualizations");
            if (panel.get("type").asText().equals("lens")) {
                checkLens(index, panel.path("embeddableConfig").path("attributes"));
            } else {
                assertTrue(panel.path("panelRefName").isTextual(), index + " refers to its saved search");
            }
        }
        assertEquals(Set.of("timeline", "countries", "latest"), indexes);
    }

    private static void checkLens(String panel, JsonNode lens) {
        assertEquals("lens", lens.path("type").asText(), panel);
        assertEquals("lnsXY", lens.path("visualizationType").asText(), panel);
        JsonNode layers =
                lens.path("state").path("datasourceStates").path("formBased").path("layers");
        assertTrue(layers.isObject() && layers.size() == 1, panel + ": one formBased layer");
        JsonNode visualization = lens.path("state").path("visualization");
        for (JsonNode layer : visualization.path("layers")) {
            JsonNode datasource = layers.path(layer.path("layerId").asText());
            assertTrue(
                    datasource.isObject(),
                    panel + ": visualization layer " + layer.get("layerId") + " has a datasource layer");
            Set<String> order = new HashSet<>();
            datasource.get("columnOrder").forEach(c -> order.add(c.asText()));
            assertEquals(
                    order, iterableToSet(datasource.get("columns").fieldNames()), panel + ": columnOrder == columns");
            List<String> used = new ArrayList<>();
            used.add(layer.path("xAccessor").asText());
            layer.path("accessors").forEach(a -> used.add(a.asText()));
            if (layer.has("splitAccessor")) {
                used.add(layer.get("splitAccessor").asText());
            }
            for (String column : used) {
                assertTrue(order.contains(column), panel + ": accessor " + column + " is a column");
            }
            assertEquals("data", layer.path("layerType").asText());
        }
    }

    private static Set<String> iterableToSet(Iterator<String> it) {
        Set<String> set = new HashSet<>();
        it.forEachRemaining(set::add);
        return set;
    }

    @Test
    void timelineIsADateHistogramOnPublishedSplitByLanguage() {
        JsonNode lens = panelLens("timeline");
        JsonNode layer = lens.at("/state/visualization/layers/0");
        JsonNode columns = lens.at("/state/datasourceStates/formBased/layers")
                .elements()
                .next()
                .get("columns");
        JsonNode x = columns.get(layer.get("xAccessor").asText());
        assertEquals("date_histogram", x.get("operationType").asText());
        assertEquals("published", x.get("sourceField").asText());
        JsonNode split = columns.get(layer.get("splitAccessor").asText());
        assertEquals("terms", split.get("operationType").asText());
        assertEquals("lang", split.get("sourceField").asText());
        assertEquals(
                "count",
                columns.get(layer.get("accessors").get(0).asText())
                        .get("operationType")
                        .asText());
    }

    @Test
    void topCountriesIsATermsChart() {
        JsonNode lens = panelLens("countries");
        JsonNode layer = lens.at("/state/visualization/layers/0");
        JsonNode columns = lens.at("/state/datasourceStates/formBased/layers")
                .elements()
                .next()
                .get("columns");
        JsonNode x = columns.get(layer.get("xAccessor").asText());
        assertEquals("terms", x.get("operationType").asText());
        assertEquals("countries", x.get("sourceField").asText());
    }

    private static JsonNode panelLens(String panelIndex) {
        return panels(object("dashboard", "samachar-overview")).stream()
                .filter(p -> p.get("panelIndex").asText().equals(panelIndex))
                .findFirst()
                .orElseThrow()
                .get("embeddableConfig")
                .get("attributes");
    }

    @Test
    void controlsAreOptionsListsOnCountriesLangSourcePersons() {
        JsonNode dashboard = object("dashboard", "samachar-overview");
        JsonNode group = dashboard.get("attributes").get("controlGroupInput");
        assertTrue(
                Set.of("oneLine", "twoLine").contains(group.get("controlStyle").asText()));
        assertTrue(Set.of("HIERARCHICAL", "NONE")
                .contains(group.get("chainingSystem").asText()));
        assertTrue(attr(dashboard, "controlGroupInput.ignoreParentSettingsJSON").isObject());
        JsonNode controls = attr(dashboard, "controlGroupInput.panelsJSON");
        List<String> fields = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        controls.fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            assertEquals("optionsListControl", c.get("type").asText());
            assertEquals(e.getKey(), c.path("explicitInput").path("id").asText(), "explicitInput.id == key");
            assertFalse(c.path("explicitInput").has("dataViewId"), "data view goes through a reference");
            assertTrue(orders.add(c.get("order").asInt()), "unique control order");
            fields.add(c.path("explicitInput").path("fieldName").asText());
        });
        assertEquals(Set.of("countries", "lang", "source", "persons"), new HashSet<>(fields));
    }

    // ---------------------------------------------------------------- references

    @Test
    void everyReferenceResolvesToAnObjectInTheFile() {
        for (JsonNode o : objects) {
            for (JsonNode r : o.get("references")) {
                object(r.get("type").asText(), r.get("id").asText());
            }
        }
    }

    @Test
    void everyRefNameUsedInAttributesHasAReferenceAndNoneIsDangling() {
        for (JsonNode o : objects) {
            Set<String> used = new TreeSet<>();
            switch (o.get("type").asText()) {
                case "index-pattern" -> {}
                case "search" ->
                    used.add(attr(o, "kibanaSavedObjectMeta.searchSourceJSON")
                            .get("indexRefName")
                            .asText());
                case "dashboard" -> {
                    JsonNode source = attr(o, "kibanaSavedObjectMeta.searchSourceJSON");
                    if (source.has("indexRefName")) {
                        used.add(source.get("indexRefName").asText());
                    }
                    for (JsonNode panel : panels(o)) {
                        String index = panel.get("panelIndex").asText();
                        if (panel.has("panelRefName")) {
                            assertEquals(
                                    "panel_" + index, panel.get("panelRefName").asText());
                            used.add(index + ":" + panel.get("panelRefName").asText());
                        }
                        JsonNode lens = panel.path("embeddableConfig").path("attributes");
                        if (lens.isObject()) {
                            Set<String> inner = new TreeSet<>();
                            lens.path("state")
                                    .path("datasourceStates")
                                    .path("formBased")
                                    .path("layers")
                                    .fieldNames()
                                    .forEachRemaining(layer -> inner.add("indexpattern-datasource-layer-" + layer));
                            assertEquals(inner, referenceNames(lens), index + ": by-value Lens references its layers");
                            for (JsonNode r : lens.get("references")) {
                                assertEquals("index-pattern", r.get("type").asText());
                                object("index-pattern", r.get("id").asText());
                            }
                            inner.forEach(name -> used.add(index + ":" + name));
                        }
                    }
                    attr(o, "controlGroupInput.panelsJSON")
                            .fieldNames()
                            .forEachRemaining(id -> used.add("controlGroup_" + id + ":optionsListDataView"));
                }
                default -> fail("unexpected type " + o.get("type"));
            }
            assertEquals(used, referenceNames(o), o.get("id") + ": ref names used in attributes == references");
        }
        JsonNode search = object("search", "samachar-latest");
        assertEquals(DATA_VIEW_ID, search.get("references").get(0).get("id").asText());
    }

    @Test
    void referenceTypesMatchWhatTheNameImplies() {
        for (JsonNode o : objects) {
            for (JsonNode r : o.get("references")) {
                String name = r.get("name").asText();
                String expected = name.endsWith(":panel_latest") ? "search" : "index-pattern";
                assertEquals(expected, r.get("type").asText(), o.get("id") + " reference " + name);
            }
        }
    }

    // ---------------------------------------------------------------- fields against the mapping

    @Test
    void everyFieldTheAssetsUseExistsWithASuitableType() {
        Set<String> any = new HashSet<>(fieldTypes.values());
        Set<String> keyword = Set.of("keyword");
        Set<String> date = Set.of("date");
        JsonNode dv = object("index-pattern", DATA_VIEW_ID);
        assertField(dv.get("attributes").get("timeFieldName").asText(), date, "data view time field");
        attr(dv, "fieldFormatMap").fieldNames().forEachRemaining(f -> assertField(f, any, "fieldFormatMap"));
        attr(dv, "fieldAttrs").fieldNames().forEachRemaining(f -> assertField(f, any, "fieldAttrs"));
        assertEquals("date", fieldTypes.get("published"));
        assertField("url", keyword, "url format");

        JsonNode search = object("search", "samachar-latest").get("attributes");
        search.get("columns").forEach(c -> assertField(c.asText(), any, "saved search column"));
        search.get("sort").forEach(s -> assertField(s.get(0).asText(), Set.of("date", "keyword", "integer"), "sort"));

        JsonNode dashboard = object("dashboard", "samachar-overview");
        attr(dashboard, "controlGroupInput.panelsJSON")
                .forEach(c -> assertField(
                        c.path("explicitInput").path("fieldName").asText(), keyword, "options-list control"));
        for (JsonNode panel : panels(dashboard)) {
            JsonNode layers = panel.path("embeddableConfig")
                    .path("attributes")
                    .path("state")
                    .path("datasourceStates")
                    .path("formBased")
                    .path("layers");
            layers.forEach(layer -> layer.get("columns").forEach(column -> {
                String op = column.get("operationType").asText();
                String field = column.path("sourceField").asText();
                String where = panel.get("panelIndex").asText() + " " + op;
                switch (op) {
                    case "count" -> assertEquals(RECORDS, field, where);
                    case "date_histogram" -> {
                        assertField(field, date, where);
                        assertEquals("date", column.get("dataType").asText());
                    }
                    case "terms" -> {
                        assertField(field, keyword, where);
                        assertEquals("string", column.get("dataType").asText());
                    }
                    default -> fail("unexpected Lens operation " + op);
                }
            }));
        }
    }

    // ---------------------------------------------------------------- versions

    @Test
    void noMigrationVersionAboveTheMinimumKibana() {
        int[] floor = version(KibanaImporter.MINIMUM_KIBANA);
        for (JsonNode o : objects) {
            String id = o.get("id").asText();
            assertAtMost(o.get("coreMigrationVersion").asText(), floor, id + " coreMigrationVersion");
            assertAtMost(o.get("typeMigrationVersion").asText(), floor, id + " typeMigrationVersion");
            assertTrue(version(o.get("typeMigrationVersion").asText())[0] < 10, id + ": no model (10.x) versions");
            if (o.get("type").asText().equals("dashboard")) {
                for (JsonNode panel : panels(o)) {
                    if (panel.has("version")) {
                        assertAtMost(panel.get("version").asText(), floor, id + " panel " + panel.get("panelIndex"));
                    }
                }
            }
        }
        // the values Kibana 8.8+ writes for these types before model versions
        assertEquals(
                "8.8.0",
                object("index-pattern", DATA_VIEW_ID)
                        .get("coreMigrationVersion")
                        .asText());
        assertEquals(
                "8.0.0",
                object("index-pattern", DATA_VIEW_ID)
                        .get("typeMigrationVersion")
                        .asText());
        assertEquals(
                "8.0.0",
                object("search", "samachar-latest").get("typeMigrationVersion").asText());
        assertEquals(
                "8.9.0",
                object("dashboard", "samachar-overview")
                        .get("typeMigrationVersion")
                        .asText());
    }

    private static void assertAtMost(String value, int[] floor, String where) {
        int[] v = version(value);
        for (int i = 0; i < 3; i++) {
            if (v[i] != floor[i]) {
                assertTrue(
                        v[i] < floor[i],
                        where + " " + value + " is newer than Kibana " + KibanaImporter.MINIMUM_KIBANA);
                return;
            }
        }
    }

    private static int[] version(String value) {
        assertTrue(value.matches("\\d+\\.\\d+\\.\\d+"), "version x.y.z: " + value);
        String[] parts = value.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    @Test
    void versionParsingSelfCheck() {
        ObjectNode probe = JSON.createObjectNode();
        probe.put("v", "8.12.0");
        AssertionError tooNew = org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> assertAtMost(probe.get("v").asText(), version("8.11.0"), "probe"));
        assertTrue(tooNew.getMessage().contains("newer"));
        assertAtMost("8.9.0", version("8.11.0"), "probe");
        assertAtMost("8.11.0", version("8.11.0"), "probe");
    }
}
