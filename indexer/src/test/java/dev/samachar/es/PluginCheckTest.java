package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answers are shaped like {@code GET _nodes/plugins} of real 8.19.21 and 9.2.4 nodes. */
class PluginCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PluginCheck check = new PluginCheck("0.2.0", List.of("8.19.21", "9.2.4"));

    private static JsonNode nodes(String... nodeJson) throws Exception {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < nodeJson.length; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("\"node")
                    .append(i)
                    .append("\":")
                    .append(nodeJson[i]);
        }
        return JSON.readTree(body.append("}").toString());
    }

    private static String node(String server, String pluginVersion, String builtFor) {
        String plugin = pluginVersion == null
                ? ""
                : "{\"name\":\"samachar-analysis\",\"version\":\"" + pluginVersion + "\",\"elasticsearch_version\":\""
                        + builtFor + "\"}";
        return "{\"version\":\"" + server + "\",\"plugins\":[" + plugin + "]}";
    }

    @Test
    void thisSamacharsPluginOnEveryNodeIsPluginMode() throws Exception {
        PluginCheck.Verdict verdict =
                check.judge(nodes(node("9.2.4", "0.2.0", "9.2.4"), node("9.2.4", "0.2.0", "9.2.4")));
        assertEquals(new PluginCheck.Verdict(AnalysisMode.PLUGIN, Optional.empty()), verdict);
    }

    @Test
    void aPluginOfAnotherSamacharIsPortableWithTheZipToInstall() throws Exception {
        PluginCheck.Verdict verdict = check.judge(nodes(node("9.2.4", "0.1.0", "9.2.4")));
        assertEquals(AnalysisMode.PORTABLE, verdict.mode());
        String notice = verdict.notice().orElseThrow();
        assertTrue(notice.contains("plugin is version 0.1.0 but this Samachar is 0.2.0"), notice);
        assertTrue(notice.contains("samachar-analysis-plugin-0.2.0-es9.2.4.zip"), notice);
        String on8 =
                check.judge(nodes(node("8.19.21", "0.1.0", "8.19.21"))).notice().orElseThrow();
        assertTrue(on8.contains("samachar-analysis-plugin-0.2.0.zip"), on8);
    }

    @Test
    void aPluginBuiltForAnotherServerIsPortable() throws Exception {
        PluginCheck.Verdict verdict = check.judge(nodes(node("9.2.4", "0.2.0", "8.19.21")));
        assertEquals(AnalysisMode.PORTABLE, verdict.mode());
        assertTrue(
                verdict.notice().orElseThrow().contains("built for another Elasticsearch than the node runs (9.2.4)"),
                verdict.notice().toString());
    }

    @Test
    void aServerWithoutAPluginBuildSaysSo() throws Exception {
        PluginCheck.Verdict verdict = check.judge(nodes(node("9.1.5", null, null)));
        assertEquals(AnalysisMode.PORTABLE, verdict.mode());
        assertEquals(
                Optional.of("Elasticsearch 9.1.5 on the cluster: Samachar's analysis plugin is built for 8.19.21"
                        + " and 9.2.4 only, so the analysis runs in the indexer (portable mode)."),
                verdict.notice());
    }

    @Test
    void aSupportedServerWithoutThePluginIsPortableQuietly() throws Exception {
        assertEquals(
                new PluginCheck.Verdict(AnalysisMode.PORTABLE, Optional.empty()),
                check.judge(nodes(node("9.2.4", "0.2.0", "9.2.4"), node("9.2.4", null, null))));
        assertEquals(AnalysisMode.PORTABLE, check.judge(JSON.createObjectNode()).mode());
    }
}
