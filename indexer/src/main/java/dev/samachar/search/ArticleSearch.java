package dev.samachar.search;

import static dev.samachar.schema.ArticleField.ALIASES;
import static dev.samachar.schema.ArticleField.BODY;
import static dev.samachar.schema.ArticleField.COUNTRY_NAMES;
import static dev.samachar.schema.ArticleField.FILE;
import static dev.samachar.schema.ArticleField.LANG;
import static dev.samachar.schema.ArticleField.PUBLISHED;
import static dev.samachar.schema.ArticleField.RELATED;
import static dev.samachar.schema.ArticleField.RELATED_LINKS;
import static dev.samachar.schema.ArticleField.RELEASE_ID;
import static dev.samachar.schema.ArticleField.SOURCE;
import static dev.samachar.schema.ArticleField.TITLE;
import static dev.samachar.schema.ArticleField.TRANSLATION_GROUP;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.schema.ArticleField;
import dev.samachar.schema.SubField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full-text and faceted search over the Samachar alias. Text is matched in title, body and the
 * cross-script terms of names written at index time; facets are counted over the filtered hits.
 */
public final class ArticleSearch {

    static final String IST = "+05:30";

    /**
     * How each representation of the text is weighted: the exact words first, then the Hindi
     * normalised form, then the cross-script terms of names (the loose field, matched exactly:
     * see docs/analysis.md, "How cross-script matching works"). Title matches count three times a body match.
     * There is no fuzzy and no consonant-key tier: an edit distance or a consonant skeleton of a
     * short name reaches ordinary words of the other script (Kerala / करने, Singh / संघ). The last
     * tier is the aliases: every spelling of the gazetteer entities and synonym groups an article
     * names. The names of its countries are not searched (they are for Kibana): they returned every
     * article that says "US" or "German" for अमेरिका or जर्मनी.
     */
    enum Tier {
        EXACT(8f, TITLE.fieldName() + "^3", BODY.fieldName()),
        HINDI(4f, TITLE.fieldName(SubField.HINDI) + "^3", BODY.fieldName(SubField.HINDI)),
        LOOSE(2f, TITLE.fieldName(SubField.LOOSE) + "^3", BODY.fieldName(SubField.LOOSE)),
        ALIAS(1f, ALIASES.fieldName());

        final float boost;
        final List<String> fields;

        Tier(float boost, String... fields) {
            this.boost = boost;
            this.fields = List.of(fields);
        }
    }

    /** What a hit leaves out: the text itself and the fields only searches read. */
    static final List<String> NOT_SHOWN =
            List.of(BODY.fieldName(), ALIASES.fieldName(), COUNTRY_NAMES.fieldName(), ArticleField.LOOSE.fieldName());

    private final ElasticsearchClient client;
    private final String alias;
    private final AnalysisMode mode;

    public ArticleSearch(ElasticsearchClient client, String alias, AnalysisMode mode) {
        this.client = client;
        this.alias = alias;
        this.mode = mode;
    }

    public SearchResults search(SearchQuery query) {
        try {
            SearchResponse<ObjectNode> response = client.search(request(query), ObjectNode.class);
            return results(response);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new SearchResults(0, List.of(), Map.of());
            }
            if (ErrorMessages.isBadRequest(e)) {
                throw ErrorMessages.rejectedQuery(e);
            }
            throw new ClusterUnavailableException("search failed: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /**
     * The JSON body {@link #search} sends to {@code _search} for this query: the benchmarks send the
     * very same body directly to measure what the client-side work of a search costs.
     */
    public String requestBody(SearchQuery query) {
        return JsonpUtils.toJsonString(request(query), client._jsonpMapper());
    }

    SearchRequest request(SearchQuery query) {
        return SearchRequest.of(s -> {
            s.index(alias)
                    .size(query.size())
                    .from(query.offset())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query(query, mode))
                    .aggregations(facetAggregations());
            return hitsAndOrder(s, query, mode, "<em>", "</em>");
        });
    }

    /**
     * How much of a text the highlighter analyses: Elasticsearch's default index limit, all of any
     * real article; a longer body still matches, and its snippet comes from this part or is its opening.
     */
    static final int HIGHLIGHTED_CHARS = 1_000_000;

    /** The aggregation that counts translation groups when hits are collapsed. */
    static final String GROUPS = "translation_groups";
    /** Cardinality is exact up to this many groups (Elasticsearch's maximum). */
    private static final int EXACT_GROUPS = 40_000;

    /**
     * What every search shares however it counts facets: the stored fields returned, translation
     * collapsing, highlighting with the caller's markers, and the order ({@link SearchQuery#order}).
     */
    static SearchRequest.Builder hitsAndOrder(
            SearchRequest.Builder s, SearchQuery query, AnalysisMode mode, String preTag, String postTag) {
        s.source(src -> src.filter(f -> f.excludes(NOT_SHOWN)));
        if (query.collapseTranslations()) {
            // One hit per translation group: a Hindi release and its English twin show once.
            s.collapse(c -> c.field(TRANSLATION_GROUP.fieldName()));
            // The hit total counts articles; collapsed, the user sees groups, so they are what is counted.
            s.aggregations(
                    GROUPS,
                    a -> a.cardinality(
                            c -> c.field(TRANSLATION_GROUP.fieldName()).precisionThreshold(EXACT_GROUPS)));
        }
        if (query.hasText()) {
            boolean subFields = mode == AnalysisMode.PLUGIN;
            s.highlight(h -> h.preTags(preTag)
                    .postTags(postTag)
                    // Past this offset a body is not highlighted; without the bound, a hit longer than
                    // index.highlight.max_analyzed_offset failed the whole search (docs/large-documents.md).
                    .maxAnalyzedOffset(HIGHLIGHTED_CHARS)
                    // A hit found through another script's spelling (aliases) has nothing to
                    // highlight in its body; show its opening instead of no snippet at all.
                    .fields(BODY.fieldName(), f -> {
                        f.fragmentSize(180).numberOfFragments(1).noMatchSize(180);
                        return subFields ? f.matchedFields(withTextSubFields(BODY)) : f;
                    })
                    .fields(TITLE.fieldName(), f -> {
                        f.numberOfFragments(0);
                        return subFields ? f.matchedFields(withTextSubFields(TITLE)) : f;
                    }));
        }
        if (query.order() != SearchQuery.Sort.RELEVANCE) {
            s.sort(byDate(query.order()));
            if (query.hasText()) {
                // Ties (the same day and time) by relevance; the scores stay visible in the hits.
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc))).trackScores(true);
            }
        }
        return s;
    }

    static Query query(SearchQuery query, AnalysisMode mode) {
        return Query.of(q -> q.bool(b -> b.must(textQuery(query, mode)).filter(filters(query, null))));
    }

    /** The scoring part of a search: the text in every representation, or everything when there is no text. */
    static Query textQuery(SearchQuery query, AnalysisMode mode) {
        if (!query.hasText()) {
            return Query.of(m -> m.matchAll(a -> a));
        }
        return TieredTextQuery.of(QueryParser.parse(query.text()), mode);
    }

    /** Facet names as used by {@link #filters}: each names the filter a facet's own selection adds. */
    public static final String COUNTRIES = "countries",
            LANGUAGES = "languages",
            SOURCES = "sources",
            PERSONS = "persons",
            ORGS = "orgs",
            EVENTS = "events";

    /**
     * The user's filters, one clause per facet that has a selection, leaving out the facet named by
     * {@code except} (null for all): a facet's own counts are taken without its own selection.
     */
    static List<Query> filters(SearchQuery query, String except) {
        List<Query> filters = new ArrayList<>();
        addTerms(
                filters,
                except,
                COUNTRIES,
                ArticleField.COUNTRIES,
                query.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
        addTerms(filters, except, LANGUAGES, LANG, query.languages());
        addTerms(filters, except, SOURCES, SOURCE, query.sources());
        addTerms(filters, except, PERSONS, ArticleField.PERSONS, query.persons());
        addTerms(filters, except, ORGS, ArticleField.ORGS, query.orgs());
        addTerms(filters, except, EVENTS, ArticleField.EVENTS, query.events());
        // The date range is not a facet: it always applies.
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field(PUBLISHED.fieldName()).timeZone(IST).format("yyyy-MM-dd");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            }))));
        }
        return filters;
    }

    private static void addTerms(
            List<Query> filters, String except, String facet, ArticleField field, List<String> values) {
        if (!values.isEmpty() && !facet.equals(except)) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(f -> f.terms(t -> t.field(field.fieldName()).terms(v -> v.value(terms)))));
        }
    }

    /** Facet names in the order they are shown. */
    static final List<String> FACETS = List.of(COUNTRIES, LANGUAGES, SOURCES, PERSONS, ORGS, EVENTS, "years");

    static Map<String, Aggregation> facetAggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put(
                COUNTRIES,
                Aggregation.of(a ->
                        a.terms(t -> t.field(ArticleField.COUNTRIES.fieldName()).size(250))));
        aggs.put(
                LANGUAGES,
                Aggregation.of(a -> a.terms(t -> t.field(LANG.fieldName()).size(10))));
        aggs.put(
                SOURCES,
                Aggregation.of(a -> a.terms(t -> t.field(SOURCE.fieldName()).size(50))));
        aggs.put(
                PERSONS,
                Aggregation.of(a ->
                        a.terms(t -> t.field(ArticleField.PERSONS.fieldName()).size(50))));
        aggs.put(
                ORGS,
                Aggregation.of(
                        a -> a.terms(t -> t.field(ArticleField.ORGS.fieldName()).size(50))));
        aggs.put(
                EVENTS,
                Aggregation.of(a ->
                        a.terms(t -> t.field(ArticleField.EVENTS.fieldName()).size(50))));
        aggs.put(
                "years",
                Aggregation.of(a -> a.dateHistogram(d -> d.field(PUBLISHED.fieldName())
                        .calendarInterval(CalendarInterval.Year)
                        .timeZone(IST)
                        .format("yyyy")
                        .minDocCount(1))));
        return aggs;
    }

    private static SearchResults results(SearchResponse<ObjectNode> response) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            hits.add(hit(hit));
        }
        return new SearchResults(total(response, hits.size()), hits, facets(response.aggregations()));
    }

    /** Newest or oldest first; undated articles go last in either direction: they are neither new nor old. */
    static SortOptions byDate(SearchQuery.Sort sort) {
        SortOrder order = sort == SearchQuery.Sort.OLDEST ? SortOrder.Asc : SortOrder.Desc;
        return SortOptions.of(
                o -> o.field(f -> f.field(PUBLISHED.fieldName()).order(order).missing("_last")));
    }

    /** Articles matched, or translation groups when the hits were collapsed. */
    static long total(SearchResponse<ObjectNode> response, int hitsShown) {
        Aggregate groups = response.aggregations().get(GROUPS);
        if (groups != null && groups.isCardinality()) {
            return groups.cardinality().value();
        }
        return response.hits().total() == null
                ? hitsShown
                : response.hits().total().value();
    }

    static SearchResults.Hit hit(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source();
        String snippet = firstHighlight(hit, BODY.fieldName());
        return new SearchResults.Hit(
                hit.id(),
                FILE.textIn(source),
                TITLE.textIn(source),
                LANG.textIn(source),
                PUBLISHED.textIn(source),
                ArticleField.COUNTRIES.valuesIn(source),
                ArticleField.PERSONS.valuesIn(source),
                ArticleField.ORGS.valuesIn(source),
                ArticleField.EVENTS.valuesIn(source),
                RELATED.valuesIn(source),
                SOURCE.textIn(source),
                RELEASE_ID.textIn(source),
                hit.score(),
                snippet,
                TranslationLink.of(source.get(RELATED_LINKS.fieldName())));
    }

    /** A text field and its sub-fields of the plugin's analysis, highlighted as one. */
    private static List<String> withTextSubFields(ArticleField field) {
        return List.of(field.fieldName(), field.fieldName(SubField.HINDI), field.fieldName(SubField.LOOSE));
    }

    private static String firstHighlight(Hit<ObjectNode> hit, String field) {
        List<String> fragments = hit.highlight().get(field);
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }

    private static Map<String, List<SearchResults.FacetValue>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String name : FACETS) {
            List<SearchResults.FacetValue> values = new ArrayList<>();
            Aggregate aggregate = aggregations.get(name);
            if (aggregate == null) {
                continue;
            }
            if (aggregate.isSterms()) {
                aggregate
                        .sterms()
                        .buckets()
                        .array()
                        .forEach(b ->
                                values.add(new SearchResults.FacetValue(b.key().stringValue(), b.docCount())));
            } else if (aggregate.isDateHistogram()) {
                aggregate
                        .dateHistogram()
                        .buckets()
                        .array()
                        .forEach(b -> values.add(new SearchResults.FacetValue(b.keyAsString(), b.docCount())));
            }
            facets.put(name, values);
        }
        return facets;
    }

    /** One stored document by id, or null. */
    public static ObjectNode get(ElasticsearchClient client, String alias, String id) {
        try {
            var response = client.get(g -> g.index(alias).id(id), ObjectNode.class);
            return response.found() ? response.source() : null;
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return null;
            }
            throw new ClusterUnavailableException("get failed: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
