package dev.samachar.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked for. Several values of one facet are alternatives (KZ or IN); different
 * facets must all hold. Dates are publication days in India (IST), both ends inclusive.
 *
 * @param text free text in either script ({@link QueryParser}), nullable for "everything"
 * @param sort the order asked for, or null for the default ({@link #order})
 */
public record SearchQuery(String text, List<String> countries, List<String> languages, List<String> sources,
                          List<String> persons, List<String> orgs, LocalDate from, LocalDate to, int size, int offset,
                          boolean collapseTranslations, Sort sort) {

    /** Orders of hits. Undated articles come last in both date orders. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST;

        /** The name as the CLI and the page write it: relevance, newest, oldest. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final int MAX_SIZE = 500;

    public SearchQuery {
        countries = List.copyOf(countries);
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        persons = List.copyOf(persons);
        orgs = List.copyOf(orgs);
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** A query in the default order. */
    public SearchQuery(String text, List<String> countries, List<String> languages, List<String> sources,
                       List<String> persons, List<String> orgs, LocalDate from, LocalDate to, int size, int offset,
                       boolean collapseTranslations) {
        this(text, countries, languages, sources, persons, orgs, from, to, size, offset, collapseTranslations, null);
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
