package dev.samachar.cli;

import com.ibm.icu.util.ULocale;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.SearchQuery;
import dev.samachar.search.SearchResults;
import dev.samachar.search.TranslationLink;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable search output: numbered hits, then one line per facet. */
final class SearchPrinter {

    private static final Map<String, String> FACET_LABELS = Map.of(
            ArticleSearch.COUNTRIES,
            "Countries",
            ArticleSearch.LANGUAGES,
            "Languages",
            ArticleSearch.SOURCES,
            "Sources",
            ArticleSearch.PERSONS,
            "People",
            ArticleSearch.ORGS,
            "Orgs",
            ArticleSearch.EVENTS,
            "Events",
            "years",
            "Years");

    private final PrintStream out;
    private final boolean ansi;

    SearchPrinter(PrintStream out, boolean ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    void print(SearchQuery query, SearchResults results) {
        String what = query.hasText() ? " match \"" + query.text() + "\"" : "";
        out.printf(Locale.ROOT, "%d article%s%s%n", results.total(), results.total() == 1 ? "" : "s", what);
        int rank = query.offset();
        for (SearchResults.Hit hit : results.hits()) {
            out.println();
            out.printf(Locale.ROOT, "%3d. %s%n", ++rank, bold(hit.title()));
            out.printf(
                    Locale.ROOT,
                    "     %s · %s · %s · %s%n",
                    hit.published() == null ? "undated" : published(hit.published()),
                    hit.source() == null ? "source unknown" : hit.source(),
                    hit.lang(),
                    hit.countries().isEmpty() ? "no countries" : String.join(" ", hit.countries()));
            List<String> entities = new ArrayList<>(hit.persons());
            entities.addAll(hit.orgs());
            entities.addAll(hit.events());
            if (!entities.isEmpty()) {
                out.println("     " + String.join(" · ", entities));
            }
            if (hit.snippet() != null) {
                out.println("     " + highlight(hit.snippet().replaceAll("\\s+", " ")));
            }
            out.println("     id " + hit.id() + "  " + hit.file());
            for (TranslationLink link : hit.translations()) {
                out.printf(
                        Locale.ROOT,
                        "     %s: %s (score %.2f)%n",
                        link.label(otherLanguage(hit.lang())),
                        link.id(),
                        link.score());
            }
        }
        out.println();
        for (var facet : results.facets().entrySet()) {
            out.printf(
                    Locale.ROOT,
                    "%-10s %s%n",
                    FACET_LABELS.getOrDefault(facet.getKey(), facet.getKey()) + ":",
                    facetLine(facet.getKey(), facet.getValue()));
        }
    }

    /** A link joins a Hindi article and an English one. */
    private static String otherLanguage(String lang) {
        return "hi".equals(lang) ? "en" : "en".equals(lang) ? "hi" : "";
    }

    private static String facetLine(String facet, List<SearchResults.FacetValue> values) {
        if (values.isEmpty()) {
            return "-";
        }
        return values.stream()
                .map(v -> label(facet, v.value()) + " " + v.count())
                .collect(Collectors.joining(" · "));
    }

    private static String label(String facet, String value) {
        if (facet.equals(ArticleSearch.COUNTRIES)) {
            String name = new ULocale("", value).getDisplayCountry(ULocale.ENGLISH);
            return name.equals(value) ? value : value + " (" + name + ")";
        }
        return value;
    }

    /** "2018-10-04T19:50+05:30" → "2018-10-04 19:50 IST". */
    private static String published(String iso) {
        String local = iso.replace('T', ' ');
        return local.endsWith("+05:30") ? local.substring(0, local.length() - 6) + " IST" : local;
    }

    private String highlight(String snippet) {
        return ansi
                ? snippet.replace("<em>", "\u001b[1m").replace("</em>", "\u001b[0m")
                : snippet.replace("<em>", "«").replace("</em>", "»");
    }

    private String bold(String text) {
        return ansi ? "\u001b[1m" + text + "\u001b[0m" : text;
    }
}
