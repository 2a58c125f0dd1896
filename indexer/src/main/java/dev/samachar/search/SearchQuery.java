package dev.samachar.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the user asked for. Several values of one facet are alternatives (KZ or IN); different
 * facets must all hold. Dates are publication days in India (IST), both ends inclusive.
 *
 * @param text free text in either script ({@link QueryParser}), nullable for "everything"
 * @param sort the order asked for, or null for the default ({@link #order})
 */
public record SearchQuery(
        String text,
        List<String> countries,
        List<String> languages,
        List<String> sources,
        List<String> persons,
        List<String> orgs,
        List<String> events,
        LocalDate from,
        LocalDate to,
        int size,
        int offset,
        boolean collapseTranslations,
        Sort sort) {

    /** Orders of hits. Undated articles come last in both date orders. */
    public enum Sort {
        RELEVANCE,
        NEWEST,
        OLDEST;

        /** The name as the CLI and the page write it: relevance, newest, oldest. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int MAX_SIZE = 500;

    public SearchQuery {
        countries = List.copyOf(countries);
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        persons = List.copyOf(persons);
        orgs = List.copyOf(orgs);
        events = List.copyOf(events);
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** Without an events filter, in the default order. */
    public SearchQuery(
            String text,
            List<String> countries,
            List<String> languages,
            List<String> sources,
            List<String> persons,
            List<String> orgs,
            LocalDate from,
            LocalDate to,
            int size,
            int offset,
            boolean collapseTranslations) {
        this(
                text,
                countries,
                languages,
                sources,
                persons,
                orgs,
                List.of(),
                from,
                to,
                size,
                offset,
                collapseTranslations,
                null);
    }

    /** The selected values of a facet, by its name in {@link FacetedSearch#FACETS}. */
    public List<String> facet(String facet) {
        return switch (facet) {
            case ArticleSearch.COUNTRIES -> countries;
            case ArticleSearch.LANGUAGES -> languages;
            case ArticleSearch.SOURCES -> sources;
            case ArticleSearch.PERSONS -> persons;
            case ArticleSearch.ORGS -> orgs;
            case ArticleSearch.EVENTS -> events;
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }

    /** This query with the given facets' values replaced (others kept). */
    public SearchQuery withFacets(Map<String, List<String>> values) {
        return new SearchQuery(
                text,
                values.getOrDefault(ArticleSearch.COUNTRIES, countries),
                values.getOrDefault(ArticleSearch.LANGUAGES, languages),
                values.getOrDefault(ArticleSearch.SOURCES, sources),
                values.getOrDefault(ArticleSearch.PERSONS, persons),
                values.getOrDefault(ArticleSearch.ORGS, orgs),
                values.getOrDefault(ArticleSearch.EVENTS, events),
                from,
                to,
                size,
                offset,
                collapseTranslations,
                sort);
    }

    /** The order hits come in: as asked, else by relevance for a text and newest first without one. */
    public Sort order() {
        if (sort != null && (sort != Sort.RELEVANCE || hasText())) {
            return sort;
        }
        return hasText() ? Sort.RELEVANCE : Sort.NEWEST;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
