package dev.samachar.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.schema.ArticleField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search behind the search page: the same hits, in the same order, as {@link ArticleSearch}
 * (same text query, filters, highlighting and order), but with disjunctive facet counts. The
 * user's filters go into {@code post_filter}, so they narrow the hits and not the aggregations;
 * each facet is then counted under every filter except its own, so ticking a second country still
 * shows how many articles each other country would add. Also counts articles over time for the
 * current hits, and how many the text alone would find.
 */
public final class FacetedSearch {

    /** Facets the page offers, in display order, each with the name of the filter it selects. */
    public static final List<String> FACETS = List.of(
            ArticleSearch.COUNTRIES,
            ArticleSearch.LANGUAGES,
            ArticleSearch.SOURCES,
            ArticleSearch.PERSONS,
            ArticleSearch.ORGS,
            ArticleSearch.EVENTS);

    private static final String VALUES = "values";
    private static final String TIMELINE = "timeline";
    private static final String ALL = "text_only";

    /**
     * @param timeline       articles per interval (key yyyy-MM-dd, start of the day or month in IST) over the
     *                       current hits, only intervals that have any (gaps are the caller's to fill);
     * @param undated        current hits without a publication date
     * @param withoutFilters hits the text alone would find, ignoring every filter
     * @param translations   title and language of each translation a hit links to, by id
     */
    public record Result(
            SearchResults results,
            List<SearchResults.FacetValue> timeline,
            long undated,
            long withoutFilters,
            Map<String, Translation> translations) {}

    public record Translation(String id, String title, String lang) {}

    private final ElasticsearchClient client;
    private final String alias;
    private final AnalysisMode mode;

    public FacetedSearch(ElasticsearchClient client, String alias, AnalysisMode mode) {
        this.client = client;
        this.alias = alias;
        this.mode = mode;
    }

    /**
     * @param interval          bucket size of the timeline: day or month
     * @param preTag / postTag  what the snippets wrap matched words in
     */
    public Result search(SearchQuery query, CalendarInterval interval, String preTag, String postTag) {
        try {
            SearchResponse<ObjectNode> response =
                    client.search(request(query, interval, preTag, postTag), ObjectNode.class);
            return result(response);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new Result(new SearchResults(0, List.of(), Map.of()), List.of(), 0, 0, Map.of());
            }
            if (ErrorMessages.isBadRequest(e)) {
                throw ErrorMessages.rejectedQuery(e);
            }
            throw new ClusterUnavailableException("search failed: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    SearchRequest request(SearchQuery query, CalendarInterval interval, String preTag, String postTag) {
        Map<String, Aggregation> facetTerms = ArticleSearch.facetAggregations();
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (String facet : FACETS) {
            aggs.put(facet, filtered(ArticleSearch.filters(query, facet), facetTerms.get(facet)));
        }
        aggs.put(
                TIMELINE,
                filtered(
                        ArticleSearch.filters(query, null),
                        Aggregation.of(a -> a.dateHistogram(d -> d.field(ArticleField.PUBLISHED.fieldName())
                                .calendarInterval(interval)
                                .timeZone(ArticleSearch.IST)
                                .format("yyyy-MM-dd")
                                .minDocCount(1)))));
        aggs.put(ALL, Aggregation.of(a -> a.filter(f -> f.matchAll(m -> m))));
        List<Query> filters = ArticleSearch.filters(query, null);
        return SearchRequest.of(s -> {
            s.index(alias)
                    .size(query.size())
                    .from(query.offset())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(ArticleSearch.textQuery(query, mode))
                    .aggregations(aggs);
            if (!filters.isEmpty()) {
                s.postFilter(p -> p.bool(b -> b.filter(filters)));
            }
            return ArticleSearch.hitsAndOrder(s, query, mode, preTag, postTag);
        });
    }

    private static Aggregation filtered(List<Query> filters, Aggregation inner) {
        return Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(filters))).aggregations(VALUES, inner));
    }

    private Result result(SearchResponse<ObjectNode> response) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            hits.add(ArticleSearch.hit(hit));
        }
        long total = ArticleSearch.total(response, hits.size());
        Map<String, Aggregate> aggs = response.aggregations();
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<SearchResults.FacetValue> values = new ArrayList<>();
            inner(aggs.get(facet))
                    .sterms()
                    .buckets()
                    .array()
                    .forEach(
                            b -> values.add(new SearchResults.FacetValue(b.key().stringValue(), b.docCount())));
            facets.put(facet, values);
        }
        FilterAggregate timelineFilter = aggs.get(TIMELINE).filter();
        List<SearchResults.FacetValue> timeline = new ArrayList<>();
        long dated = 0;
        for (var bucket : timelineFilter
                .aggregations()
                .get(VALUES)
                .dateHistogram()
                .buckets()
                .array()) {
            timeline.add(new SearchResults.FacetValue(bucket.keyAsString(), bucket.docCount()));
            dated += bucket.docCount();
        }
        return new Result(
                new SearchResults(total, hits, facets),
                timeline,
                timelineFilter.docCount() - dated,
                aggs.get(ALL).filter().docCount(),
                translations(hits));
    }

    private static Aggregate inner(Aggregate filter) {
        return filter.filter().aggregations().get(VALUES);
    }

    /** Titles of the translations the hits link to, in one request. */
    private Map<String, Translation> translations(List<SearchResults.Hit> hits) {
        Set<String> ids = new LinkedHashSet<>();
        hits.forEach(h -> ids.addAll(h.related()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            var response = client.mget(
                    m -> m.index(alias)
                            .ids(List.copyOf(ids))
                            .sourceIncludes(ArticleField.TITLE.fieldName(), ArticleField.LANG.fieldName()),
                    ObjectNode.class);
            Map<String, Translation> found = new LinkedHashMap<>();
            for (var item : response.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    ObjectNode source = item.result().source();
                    found.put(
                            item.result().id(),
                            new Translation(
                                    item.result().id(),
                                    ArticleField.TITLE.textIn(source, ""),
                                    ArticleField.LANG.textIn(source, "")));
                }
            }
            return found;
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException("translation lookup failed: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
