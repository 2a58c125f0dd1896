package dev.samachar.enrich;

import static dev.samachar.schema.ArticleField.ALIASES;
import static dev.samachar.schema.ArticleField.BODY;
import static dev.samachar.schema.ArticleField.CONTENT_HASH;
import static dev.samachar.schema.ArticleField.COUNTRIES;
import static dev.samachar.schema.ArticleField.COUNTRY_NAMES;
import static dev.samachar.schema.ArticleField.EVENTS;
import static dev.samachar.schema.ArticleField.FILE;
import static dev.samachar.schema.ArticleField.FORMAT;
import static dev.samachar.schema.ArticleField.INDEXED_AT;
import static dev.samachar.schema.ArticleField.LANG;
import static dev.samachar.schema.ArticleField.LINE;
import static dev.samachar.schema.ArticleField.LOOSE;
import static dev.samachar.schema.ArticleField.ORGS;
import static dev.samachar.schema.ArticleField.PERSONS;
import static dev.samachar.schema.ArticleField.PUBLISHED;
import static dev.samachar.schema.ArticleField.RELEASE_ID;
import static dev.samachar.schema.ArticleField.SOURCE;
import static dev.samachar.schema.ArticleField.TITLE;
import static dev.samachar.schema.ArticleField.TRANSLATION_GROUP;
import static dev.samachar.schema.ArticleField.URL;

import dev.samachar.ingest.entities.Entities;
import dev.samachar.ingest.parse.Article;
import dev.samachar.schema.ArticleField;
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

    /** The _source sent to Elasticsearch. */
    public Map<String, Object> source(Instant indexedAt) {
        Map<String, Object> source = new LinkedHashMap<>();
        put(source, TITLE, article.title());
        put(source, BODY, article.body());
        put(source, ALIASES, aliases);
        put(source, COUNTRY_NAMES, countryNames);
        putIfPresent(source, LOOSE, looseText);
        put(source, LANG, article.lang());
        putIfPresent(source, SOURCE, article.source());
        putIfPresent(source, PUBLISHED, article.publishedIso());
        put(source, COUNTRIES, List.copyOf(countries));
        put(source, PERSONS, List.copyOf(entities.persons()));
        put(source, ORGS, List.copyOf(entities.orgs()));
        put(source, EVENTS, List.copyOf(entities.events()));
        // Its own group until TranslationLinker pairs it with a translation; search collapses on it.
        put(source, TRANSLATION_GROUP, id);
        putIfPresent(source, RELEASE_ID, article.releaseId());
        putIfPresent(source, URL, article.url());
        put(source, FILE, article.file().toString());
        if (article.line() > 0) {
            put(source, LINE, article.line());
        }
        put(source, FORMAT, article.format());
        put(source, CONTENT_HASH, contentHash);
        put(source, INDEXED_AT, indexedAt.toString());
        return source;
    }

    private static void putIfPresent(Map<String, Object> source, ArticleField field, Object value) {
        if (value != null) {
            put(source, field, value);
        }
    }

    private static void put(Map<String, Object> source, ArticleField field, Object value) {
        source.put(field.fieldName(), value);
    }
}
