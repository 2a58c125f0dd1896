package dev.samachar.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.schema.ArticleField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Resolves the facet filters of a query as the CLI and the search page both take them: each value
 * becomes the one the index holds ({@link FacetValueResolver}), or a problem with suggestions. The
 * index's values are read in one request (a terms aggregation per filtered facet), and only when
 * the query has a filter.
 */
public final class FacetFilters {

    /** More distinct values than any facet of a news index has; a value past it still resolves through the gazetteer. */
    static final int INDEX_VALUES = 2_000;

    private static final Map<String, ArticleField> FIELDS = Map.of(
            ArticleSearch.COUNTRIES,
            ArticleField.COUNTRIES,
            ArticleSearch.SOURCES,
            ArticleField.SOURCE,
            ArticleSearch.PERSONS,
            ArticleField.PERSONS,
            ArticleSearch.ORGS,
            ArticleField.ORGS,
            ArticleSearch.EVENTS,
            ArticleField.EVENTS);

    /**
     * @param query    the query with every resolved value in place of the typed one (unresolved ones as typed)
     * @param problems one per value that resolved to nothing, in the order given
     */
    public record Result(SearchQuery query, List<FacetValueResolver.Resolution> problems) {}

    private final ElasticsearchClient client;
    private final String alias;

    public FacetFilters(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public Result resolve(SearchQuery query) {
        List<String> filtered = FIELDS.keySet().stream()
                .filter(f -> !query.facet(f).isEmpty())
                .sorted()
                .toList();
        if (filtered.isEmpty()) {
            return new Result(query, List.of());
        }
        FacetValueResolver resolver = FacetValueResolver.withGazetteer(indexValues(filtered));
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        List<FacetValueResolver.Resolution> problems = new ArrayList<>();
        for (String facet : filtered) {
            LinkedHashSet<String> values = new LinkedHashSet<>();
            for (String asked : query.facet(facet)) {
                FacetValueResolver.Resolution r = resolver.resolve(facet, asked);
                if (r.resolved()) {
                    values.addAll(r.values());
                } else {
                    // Kept as typed: it matches nothing, and the page shows it as a filter to remove.
                    values.add(asked);
                    problems.add(r);
                }
            }
            resolved.put(facet, List.copyOf(values));
        }
        return new Result(query.withFacets(resolved), problems);
    }

    private Map<String, List<String>> indexValues(List<String> facets) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        facets.forEach(f -> aggs.put(
                f,
                Aggregation.of(
                        a -> a.terms(t -> t.field(FIELDS.get(f).fieldName()).size(INDEX_VALUES)))));
        try {
            var response = client.search(s -> s.index(alias).size(0).aggregations(aggs), ObjectNode.class);
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String facet : facets) {
                Aggregate aggregate = response.aggregations().get(facet);
                List<String> list = new ArrayList<>();
                aggregate
                        .sterms()
                        .buckets()
                        .array()
                        .forEach(b -> list.add(b.key().stringValue()));
                values.put(facet, list);
            }
            return values;
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return Map.of();
            }
            throw new ClusterUnavailableException("facet values lookup failed: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
