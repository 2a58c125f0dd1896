package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.SeedIndex;
import dev.samachar.testing.TestCluster;
import dev.samachar.web.SearchServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On a cluster without Samachar's plugin (portable mode) the page finds, orders and counts like
 * `samachar search` there: the cross-script search works through the indexer's loose forms.
 */
class SearchPagePortableIT {

    private static final String ALIAS = "it-serve-portable";
    private static final Pattern HIT = Pattern.compile("<li class=\"hit\" data-id=\"([^\"]+)\"");
    private static final Pattern COUNTRY = Pattern.compile("data-value=\"([A-Z]{2})\" data-count=\"(\\d+)\"");

    @Test
    void pageMatchesTheCliInPortableMode() throws Exception {
        Settings settings = TestCluster.portableSettings();
        SeedIndex.index(settings, ALIAS);
        ElasticsearchClient client = ClientFactory.create(ClusterConnection.localNode(TestCluster.url(settings)));
        AnalysisMode mode = AnalysisMode.detect(client);
        assertEquals(AnalysisMode.PORTABLE, mode);
        try (SearchServer server = SearchServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), client, ALIAS, mode, System.err)) {
            for (String q : List.of("Yermekbayev", "यरमेकबायेव")) {
                String page = HttpClient.newBuilder()
                        .proxy(HttpClient.Builder.NO_PROXY)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(server.uri() + "?lang=hi&q="
                                                + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .body();
                CliRun run = CliRun.run(settings, "search", q, "--lang", "hi", "--alias", ALIAS, "--json");
                assertEquals(0, run.exitCode(), run.toString());
                List<String> expected = new ArrayList<>();
                run.json().get("hits").forEach(h -> expected.add(h.get("id").asText()));
                assertFalse(expected.isEmpty(), q + " finds Hindi articles in portable mode");
                assertEquals(expected, matches(HIT, page), q + ": same hits, same order");
                // Countries are counted under the language filter, as the CLI counts them.
                Map<String, Long> countries = new TreeMap<>();
                run.json()
                        .get("facets")
                        .get("countries")
                        .forEach(v -> countries.put(
                                v.get("value").asText(), v.get("count").asLong()));
                Map<String, Long> shown = new TreeMap<>();
                int start = page.indexOf("<section class=\"facet\" data-facet=\"countries\">");
                Matcher m = COUNTRY.matcher(page.substring(start, page.indexOf("</section>", start)));
                while (m.find()) {
                    shown.put(m.group(1), Long.parseLong(m.group(2)));
                }
                assertEquals(countries, shown, q + ": country counts");
            }
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
