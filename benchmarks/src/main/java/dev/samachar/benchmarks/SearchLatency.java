package dev.samachar.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.SearchQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Search latency of the CLI's search code ({@link ArticleSearch}: build the typed request, serialise,
 * send, parse the typed response with aggregations and highlights into {@link dev.samachar.search.SearchResults})
 * against the very same JSON bodies sent directly to {@code _search} over the same low-level REST
 * client, reading the response bytes only. The difference is the client-side cost of a search. The
 * two alternate query by query (and which goes first alternates by round), so that both see the
 * same node, caches and machine noise.
 */
final class SearchLatency {

    record Result(Percentiles cli, Percentiles direct, int queries) {}

    /**
     * The fixed mix: Latin and Devanagari text, one and two words, with and without facet filters
     * (country, language, dates), browsing by filters only, and collapsed translations. The CLI
     * always asks for the facet counts; browsing with no text is the facets-only case.
     */
    static List<SearchQuery> queryMix() {
        LocalDate from = LocalDate.of(2018, 1, 1);
        LocalDate to = LocalDate.of(2020, 12, 31);
        return List.of(
                query("Yermekbayev", List.of(), List.of(), null, null, false),
                query("यरमेकबायेव", List.of(), List.of(), null, null, false),
                query("defence cooperation", List.of(), List.of(), null, null, false),
                query("रक्षा सहयोग", List.of(), List.of(), null, null, false),
                query("Yermekbayev", List.of("KZ"), List.of("hi"), null, null, false),
                query("रूस", List.of("RU"), List.of(), from, to, false),
                query("Shoigu", List.of(), List.of("en"), from, null, true),
                query(null, List.of("RU"), List.of(), null, null, false),
                query(null, List.of(), List.of("hi"), from, to, false),
                query(null, List.of(), List.of(), null, null, false));
    }

    private static SearchQuery query(
            String text, List<String> countries, List<String> langs, LocalDate from, LocalDate to, boolean collapse) {
        return new SearchQuery(text, countries, langs, List.of(), List.of(), List.of(), from, to, 10, 0, collapse);
    }

    private SearchLatency() {}

    static Result measure(String url, String alias, int rounds, int warmUpRounds) throws IOException {
        ElasticsearchClient client = ClientFactory.create(ClusterConnection.localNode(url));
        try {
            RestClient rest = ((RestClientTransport) client._transport()).restClient();
            AnalysisMode mode = AnalysisMode.detect(client);
            List<SearchQuery> mix = queryMix();
            ArticleSearch bodies = new ArticleSearch(client, alias, mode);
            List<String> json = mix.stream().map(bodies::requestBody).toList();
            for (int r = 0; r < warmUpRounds; r++) {
                for (int q = 0; q < mix.size(); q++) {
                    viaCli(client, alias, mode, mix.get(q));
                    direct(rest, alias, json.get(q));
                }
            }
            long[] cli = new long[rounds * mix.size()];
            long[] direct = new long[rounds * mix.size()];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (int q = 0; q < mix.size(); q++, n++) {
                    if (r % 2 == 0) {
                        cli[n] = viaCli(client, alias, mode, mix.get(q));
                        direct[n] = direct(rest, alias, json.get(q));
                    } else {
                        direct[n] = direct(rest, alias, json.get(q));
                        cli[n] = viaCli(client, alias, mode, mix.get(q));
                    }
                }
            }
            return new Result(new Percentiles(cli), new Percentiles(direct), mix.size());
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }

    /** As `samachar search` does it, from the query to the results it prints. */
    private static long viaCli(ElasticsearchClient client, String alias, AnalysisMode mode, SearchQuery query) {
        long start = System.nanoTime();
        var results = new ArticleSearch(client, alias, mode).search(query);
        long nanos = System.nanoTime() - start;
        if (results.total() < 0) {
            throw new IllegalStateException("impossible total");
        }
        return nanos;
    }

    private static long direct(RestClient rest, String alias, String body) throws IOException {
        long start = System.nanoTime();
        Request request = new Request("POST", "/" + alias + "/_search");
        request.setJsonEntity(body);
        Response response = rest.performRequest(request);
        byte[] bytes = EntityUtils.toByteArray(response.getEntity());
        long nanos = System.nanoTime() - start;
        if (bytes.length == 0) {
            throw new IllegalStateException("empty search response");
        }
        return nanos;
    }
}
