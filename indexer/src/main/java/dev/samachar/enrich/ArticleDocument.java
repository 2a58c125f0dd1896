package dev.samachar.enrich;

import dev.samachar.ingest.entities.Entities;
import dev.samachar.ingest.parse.Article;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * An article with everything computed for the index: its stable id, countries, the spellings of
 * the people, organisations, events and synonym groups it names ({@code aliases}, searched), and
 * the names of its countries ({@code countryNames}, for Kibana's default fields only: searching
 * them returned every article that says "US" for अमेरिका).
 *
 * @param looseText the romanised loose forms of title and body, only in portable mode (else null)
 */
public record ArticleDocument(
        String id,
        Article article,
        SortedSet<String> countries,
        Entities entities,
        List<String> aliases,
        List<String> countryNames,
        String contentHash,
        String looseText) {

    /** The _source sent to Elasticsearch; field names match mappings/index-template.json. */
    public Map<String, Object> source(Instant indexedAt) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("title", article.title());
        source.put("body", article.body());
        source.put("aliases", aliases);
        source.put("country_names", countryNames);
        putIfPresent(source, "loose", looseText);
        source.put("lang", article.lang());
        putIfPresent(source, "source", article.source());
        putIfPresent(source, "published", article.publishedIso());
        source.put("countries", List.copyOf(countries));
        source.put("persons", List.copyOf(entities.persons()));
        source.put("orgs", List.copyOf(entities.orgs()));
        source.put("events", List.copyOf(entities.events()));
        // Its own group until TranslationLinker pairs it with a translation; search collapses on it.
        source.put("translation_group", id);
        putIfPresent(source, "release_id", article.releaseId());
        putIfPresent(source, "url", article.url());
        source.put("file", article.file().toString());
        if (article.line() > 0) {
            source.put("line", article.line());
        }
        source.put("format", article.format());
        source.put("content_hash", contentHash);
        source.put("indexed_at", indexedAt.toString());
        return source;
    }

    private static void putIfPresent(Map<String, Object> source, String field, Object value) {
        if (value != null) {
            source.put(field, value);
        }
    }
}
