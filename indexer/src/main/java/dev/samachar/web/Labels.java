package dev.samachar.web;

import com.ibm.icu.util.ULocale;
import dev.samachar.search.ArticleSearch;
import java.util.Map;

/** Human names for facets and their values. */
final class Labels {

    private static final Map<String, String> TITLES = Map.of(
            ArticleSearch.COUNTRIES,
            "Countries",
            ArticleSearch.LANGUAGES,
            "Language",
            ArticleSearch.SOURCES,
            "Source",
            ArticleSearch.PERSONS,
            "People",
            ArticleSearch.ORGS,
            "Organisations",
            ArticleSearch.EVENTS,
            "Events");
    private static final Map<String, String> NOUNS = Map.of(
            ArticleSearch.COUNTRIES,
            "country",
            ArticleSearch.LANGUAGES,
            "language",
            ArticleSearch.SOURCES,
            "source",
            ArticleSearch.PERSONS,
            "person",
            ArticleSearch.ORGS,
            "organisation",
            ArticleSearch.EVENTS,
            "event");

    private Labels() {}

    static String facetTitle(String facet) {
        return TITLES.getOrDefault(facet, facet);
    }

    static String facetNoun(String facet) {
        return NOUNS.getOrDefault(facet, facet);
    }

    /** "Kazakhstan" for KZ, "Hindi" for hi; other values as they are. */
    static String value(String facet, String value) {
        return switch (facet) {
            case ArticleSearch.COUNTRIES -> country(value);
            case ArticleSearch.LANGUAGES -> language(value);
            default -> value;
        };
    }

    static String country(String code) {
        String name = new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    static String language(String code) {
        return switch (code == null ? "" : code) {
            case "hi" -> "Hindi";
            case "en" -> "English";
            default -> code;
        };
    }

    /** "2018-10-04T19:50:00+05:30" → "2018-10-04 19:50 IST". */
    static String published(String iso) {
        if (iso == null) {
            return "undated";
        }
        String local = iso.replace('T', ' ');
        if (local.endsWith("+05:30")) {
            local = local.substring(0, local.length() - 6).replaceFirst("(\\d\\d:\\d\\d):00(\\.0+)?$", "$1") + " IST";
        }
        return local;
    }
}
