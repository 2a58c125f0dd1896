package dev.samachar.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked for. Several values of one facet are alternatives (KZ or IN); different
 * facets must all hold. Dates are publication days in India (IST), both ends inclusive.
 *
 * @param text free text in either script, nullable for "everything"
 */
public record SearchQuery(String text, List<String> countries, List<String> languages, List<String> sources,
                          List<String> persons, List<String> orgs, LocalDate from, LocalDate to, int size, int offset,
                          boolean collapseTranslations) {

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

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
