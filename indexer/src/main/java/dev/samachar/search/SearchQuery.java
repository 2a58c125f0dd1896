package dev.samachar.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the user asked for. Several values of one facet are alternatives (KZ or IN); different
 * facets must all hold. Dates are publication days in India (IST), both ends inclusive.
 *
 * @param text free text in either script, nullable for "everything"
 */
public record SearchQuery(String text, List<String> countries, List<String> languages, List<String> sources,
                          List<String> persons, List<String> orgs, List<String> events, LocalDate from, LocalDate to,
                          int size, int offset, boolean collapseTranslations) {

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

    /** Without an events filter. */
    public SearchQuery(String text, List<String> countries, List<String> languages, List<String> sources,
                       List<String> persons, List<String> orgs, LocalDate from, LocalDate to, int size, int offset,
                       boolean collapseTranslations) {
        this(text, countries, languages, sources, persons, orgs, List.of(), from, to, size, offset,
                collapseTranslations);
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
        return new SearchQuery(text, values.getOrDefault(ArticleSearch.COUNTRIES, countries),
                values.getOrDefault(ArticleSearch.LANGUAGES, languages), values.getOrDefault(ArticleSearch.SOURCES, sources),
                values.getOrDefault(ArticleSearch.PERSONS, persons), values.getOrDefault(ArticleSearch.ORGS, orgs),
                values.getOrDefault(ArticleSearch.EVENTS, events), from, to, size, offset, collapseTranslations);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
