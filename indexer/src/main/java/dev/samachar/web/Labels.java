package dev.samachar.web;

import com.ibm.icu.util.ULocale;
import java.util.Map;

/** Human names for facets and their values. */
final class Labels {

    private static final Map<String, String> TITLES = Map.of(
            "countries",
            "Countries",
            "languages",
            "Language",
            "sources",
            "Source",
            "persons",
            "People",
            "orgs",
            "Organisations",
            "events",
            "Events");
    private static final Map<String, String> NOUNS = Map.of(
            "countries",
            "country",
            "languages",
            "language",
            "sources",
            "source",
            "persons",
            "person",
            "orgs",
            "organisation",
            "events",
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
            case "countries" -> country(value);
            case "languages" -> language(value);
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
