package dev.samachar.web;

import dev.samachar.search.ArticleSearch;
import dev.samachar.search.FacetedSearch;
import dev.samachar.search.SearchQuery;
import dev.samachar.search.SearchResults;
import dev.samachar.search.SearchResults.FacetValue;
import dev.samachar.search.TranslationLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the search page for a state and its results: the form, notices, removable filter chips,
 * facets with counts, the timeline, the hits and paging, or help when nothing matched. Every
 * value from the request or the index is escaped; only {@link Highlights} adds {@code <mark>}.
 */
final class SearchPage {

    /** Facet values shown before the rest fold into "more". */
    static final int VISIBLE_VALUES = 10;

    private SearchPage() {}

    static String render(SearchPageState state, FacetedSearch.Result result) {
        StringBuilder content = new StringBuilder();
        content.append(notices(state.notices(), null));
        content.append(chips(state));
        content.append("<main class=\"layout\"><aside id=\"facets\" aria-label=\"Filters\">");
        for (String facet : FacetedSearch.FACETS) {
            content.append(facet(state, facet, result.results().facets().getOrDefault(facet, List.of())));
        }
        content.append("</aside><section id=\"results\" aria-label=\"Results\">");
        SearchResults results = result.results();
        if (results.total() == 0) {
            content.append(emptyResult(state, result));
        } else {
            content.append("<p id=\"summary\">")
                    .append(summary(state, results.total()))
                    .append("</p>");
            content.append(downloads(state));
            content.append(
                    Histogram.render(Histogram.bars(result.timeline(), state.interval()), result.undated(), state));
            content.append("<ol class=\"hits\" start=\"")
                    .append((state.page() - 1) * state.size() + 1)
                    .append("\">");
            for (SearchResults.Hit hit : results.hits()) {
                content.append(hit(hit, result.translations()));
            }
            content.append("</ol>");
            content.append(paging(state, results.total()));
        }
        content.append("</section></main>");
        return PageLayout.page(title(state), form(state), content.toString());
    }

    /** The page when the search itself could not run: the form and filters stay, with a message. */
    static String unavailable(SearchPageState state, String message) {
        String content = notices(state.notices(), message) + chips(state);
        return PageLayout.page(title(state), form(state), content);
    }

    private static String title(SearchPageState state) {
        return state.text().isEmpty() ? "Samachar search" : state.text() + " – Samachar search";
    }

    static String form(SearchPageState state) {
        StringBuilder form =
                new StringBuilder("<form class=\"search\" id=\"search\" method=\"get\" action=\"/\" role=\"search\">");
        form.append("<input type=\"search\" id=\"q\" name=\"q\" value=\"")
                .append(Html.escape(state.text()))
                .append("\" maxlength=\"")
                .append(SearchPageState.MAX_TEXT)
                .append("\" placeholder=\"Search in Hindi or English, e.g. Yermekbayev or यरमेकबायेव\""
                        + " aria-label=\"Search text\" autofocus>");
        form.append("<button type=\"submit\" id=\"go\">Search</button>");
        form.append("<label>From <input type=\"date\" id=\"from\" name=\"from\" value=\"")
                .append(state.from() == null ? "" : state.from())
                .append("\"></label>");
        form.append("<label>To <input type=\"date\" id=\"to\" name=\"to\" value=\"")
                .append(state.to() == null ? "" : state.to())
                .append("\"></label>");
        form.append("<label>Sort <select id=\"sort\" name=\"sort\">")
                .append(sortOption("", "default", state.sort() == null));
        for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
            form.append(sortOption(sort.label(), sort.label(), sort == state.sort()));
        }
        form.append("</select></label>");
        form.append("<span class=\"presets\" id=\"presets\">");
        for (DatePresets.Preset preset : DatePresets.now()) {
            boolean current = preset.from().equals(state.from()) && preset.to().equals(state.to());
            form.append("<a class=\"preset\" id=\"")
                    .append(preset.id())
                    .append("\" href=\"")
                    .append(Html.escape(
                            state.withDates(preset.from(), preset.to()).url()))
                    .append("\"")
                    .append(current ? " aria-current=\"true\"" : "")
                    .append(">")
                    .append(preset.label())
                    .append("</a> ");
        }
        form.append("</span>");
        form.append("<label><input type=\"checkbox\" id=\"collapse\" name=\"collapse\" value=\"1\"")
                .append(state.collapse() ? " checked" : "")
                .append("> One hit per translation pair</label>");
        // The facet selection travels with a new query; a new query starts at page 1.
        for (var facet : state.selected().entrySet()) {
            for (String value : facet.getValue()) {
                form.append("<input type=\"hidden\" name=\"")
                        .append(SearchPageState.PARAMS.get(facet.getKey()))
                        .append("\" value=\"")
                        .append(Html.escape(value))
                        .append("\">");
            }
        }
        if (state.size() != SearchPageState.DEFAULT_SIZE) {
            form.append("<input type=\"hidden\" name=\"size\" value=\"")
                    .append(state.size())
                    .append("\">");
        }
        return form.append("</form>").toString();
    }

    private static String sortOption(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + label + "</option>";
    }

    private static String notices(List<String> notices, String error) {
        if (notices.isEmpty() && error == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"notices\" id=\"notices\" role=\"status\">");
        if (error != null) {
            html.append("<p class=\"notice error\" role=\"alert\">")
                    .append(Html.escape(error))
                    .append("</p>");
        }
        for (String notice : notices) {
            html.append("<p class=\"notice\">").append(Html.escape(notice)).append("</p>");
        }
        return html.append("</div>").toString();
    }

    private static String chips(SearchPageState state) {
        if (state.text().isEmpty() && !state.hasFilters()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav class=\"chips\" id=\"chips\" aria-label=\"Active filters\">");
        if (!state.text().isEmpty()) {
            html.append(chip(state.withText(""), "text", state.text(), "Text: “" + state.text() + "”"));
        }
        for (var facet : state.selected().entrySet()) {
            for (String value : facet.getValue()) {
                html.append(chip(
                        state.toggle(facet.getKey(), value),
                        facet.getKey(),
                        value,
                        cap(Labels.facetNoun(facet.getKey())) + ": " + Labels.value(facet.getKey(), value)));
            }
        }
        if (state.from() != null || state.to() != null) {
            String range = (state.from() == null ? "…" : state.from().toString()) + " to "
                    + (state.to() == null ? "…" : state.to().toString());
            html.append(chip(state.withDates(null, null), "dates", range, "Dates: " + range));
        }
        if (state.hasFilters()) {
            html.append("<a class=\"clear\" id=\"clear-filters\" href=\"")
                    .append(Html.escape(state.withoutFilters().url()))
                    .append("\">Clear all filters</a>");
        }
        return html.append("</nav>").toString();
    }

    private static String chip(SearchPageState without, String facet, String value, String label) {
        return "<a class=\"chip\" data-facet=\"" + Html.escape(facet) + "\" data-value=\"" + Html.escape(value)
                + "\" href=\"" + Html.escape(without.url()) + "\" title=\"Remove this filter\">" + Html.escape(label)
                + "<span class=\"x\" aria-hidden=\"true\">×</span><span class=\"sr\"> (remove)</span></a>";
    }

    /**
     * One facet: its values with counts as links that tick or untick them. Selected values come
     * first and always show, with 0 when no article has them (a value typed into the URL).
     */
    private static String facet(SearchPageState state, String facet, List<FacetValue> counted) {
        List<String> selected = state.selected().get(facet);
        Map<String, Long> counts = new LinkedHashMap<>();
        selected.forEach(v -> counts.put(v, 0L));
        counted.forEach(v -> counts.put(v.value(), v.count()));
        List<String> order = new ArrayList<>(selected);
        counted.stream()
                .map(FacetValue::value)
                .filter(v -> !selected.contains(v))
                .forEach(order::add);

        StringBuilder html = new StringBuilder("<section class=\"facet\" data-facet=\"")
                .append(facet)
                .append("\"><h2>")
                .append(Labels.facetTitle(facet))
                .append("</h2>");
        if (order.isEmpty()) {
            return html.append("<p class=\"empty\">none</p></section>").toString();
        }
        html.append("<ul>");
        int shown = Math.max(VISIBLE_VALUES, selected.size());
        for (int i = 0; i < order.size(); i++) {
            if (i == shown) {
                html.append("</ul><details><summary>")
                        .append(order.size() - shown)
                        .append(" more</summary><ul>");
            }
            String value = order.get(i);
            boolean checked = selected.contains(value);
            long count = counts.get(value);
            html.append("<li><a role=\"checkbox\" aria-checked=\"")
                    .append(checked)
                    .append("\" class=\"value")
                    .append(count == 0 ? " zero" : "")
                    .append("\" data-value=\"")
                    .append(Html.escape(value))
                    .append("\" data-count=\"")
                    .append(count)
                    .append("\" href=\"")
                    .append(Html.escape(state.toggle(facet, value).url()))
                    .append("\"")
                    .append(facet.equals(ArticleSearch.LANGUAGES) ? "" : " title=\"" + Html.escape(value) + "\"")
                    .append("><span class=\"box\"></span><span class=\"label\">")
                    .append(Html.escape(Labels.value(facet, value)))
                    .append("</span><span class=\"count\">")
                    .append(count)
                    .append("</span></a></li>");
        }
        html.append("</ul>");
        if (order.size() > shown) {
            html.append("</details>");
        }
        return html.append("</section>").toString();
    }

    /** Links that download every hit of this search (not only this page) as CSV or JSON Lines. */
    static String downloads(SearchPageState state) {
        String query = state.withPage(1).url().substring(1);
        return "<p class=\"downloads\">Download all hits: <a id=\"export-csv\" download href=\""
                + Html.escape("/export.csv" + query) + "\">CSV</a> · <a id=\"export-jsonl\" download href=\""
                + Html.escape("/export.jsonl" + query) + "\">JSON Lines</a></p>";
    }

    private static String summary(SearchPageState state, long total) {
        String count = String.format(Locale.ROOT, "%,d", total) + (total == 1 ? " article" : " articles");
        String first = String.format(Locale.ROOT, "%,d", (long) (state.page() - 1) * state.size() + 1);
        String last = String.format(Locale.ROOT, "%,d", Math.min(total, (long) state.page() * state.size()));
        return "<strong id=\"total\" data-total=\"" + total + "\">" + count + "</strong>"
                + (state.text().isEmpty() ? "" : " match “" + Html.escape(state.text()) + "”")
                + (total > state.size() ? " · showing " + first + "–" + last : "") + sortLinks(state);
    }

    /** The orders as links, so the order changes in one click without a script. */
    private static String sortLinks(SearchPageState state) {
        SearchQuery.Sort current = state.toSearchQuery().order();
        StringBuilder html = new StringBuilder(" · <span class=\"sort-links\" id=\"sort-links\">sorted by ");
        for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
            if (sort == SearchQuery.Sort.RELEVANCE && state.text().isEmpty()) {
                continue;
            }
            html.append(
                            sort == current
                                    ? "<strong data-sort=\"" + sort.label() + "\">" + sort.label() + "</strong>"
                                    : "<a data-sort=\"" + sort.label() + "\" href=\""
                                            + Html.escape(state.withSort(sort).url()) + "\">" + sort.label() + "</a>")
                    .append(' ');
        }
        return html.toString().stripTrailing() + "</span>";
    }

    private static String hit(SearchResults.Hit hit, Map<String, FacetedSearch.Translation> translations) {
        StringBuilder html = new StringBuilder("<li class=\"hit\" data-id=\"")
                .append(Html.escape(hit.id()))
                .append("\"><article")
                .append(langAttribute(hit.lang()))
                .append(">");
        html.append("<h3><a href=\"/article?id=")
                .append(Html.escape(QueryParams.encode(hit.id())))
                .append("\">")
                .append(Html.escape(hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title()))
                .append("</a></h3>");
        List<String> meta = new ArrayList<>();
        meta.add(Labels.published(hit.published()));
        meta.add(hit.source() == null ? "source unknown" : hit.source());
        meta.add(Labels.language(hit.lang()));
        if (!hit.countries().isEmpty()) {
            meta.add(String.join(
                    ", ", hit.countries().stream().map(Labels::country).toList()));
        }
        html.append("<p class=\"meta\" lang=\"en\">")
                .append(Html.escape(String.join(" · ", meta)))
                .append("</p>");
        if (hit.snippet() != null) {
            html.append("<p class=\"snippet\">")
                    .append(Highlights.toHtml(hit.snippet()))
                    .append("</p>");
        }
        List<String> entities = new ArrayList<>(hit.persons());
        entities.addAll(hit.orgs());
        entities.addAll(hit.events());
        if (!entities.isEmpty()) {
            html.append("<p class=\"entities\" lang=\"en\">")
                    .append(Html.escape(String.join(" · ", entities)))
                    .append("</p>");
        }
        for (TranslationLink link : hit.translations()) {
            String related = link.id();
            FacetedSearch.Translation translation = translations.get(related);
            if (translation != null) {
                html.append("<p class=\"translation\" lang=\"en\">")
                        .append(Html.escape(link.label(translation.lang())))
                        .append(": <a data-id=\"")
                        .append(Html.escape(related))
                        .append("\" href=\"/article?id=")
                        .append(Html.escape(QueryParams.encode(related)))
                        .append("\"")
                        .append(langAttribute(translation.lang()))
                        .append(">")
                        .append(Html.escape(translation.title()))
                        .append("</a> <span class=\"link-evidence\">")
                        .append(String.format(Locale.ROOT, "score %.2f", link.score()))
                        .append("</span></p>");
            }
        }
        return html.append("</article></li>").toString();
    }

    static String langAttribute(String lang) {
        return "hi".equals(lang) || "en".equals(lang) ? " lang=\"" + lang + "\"" : "";
    }

    private static String paging(SearchPageState state, long total) {
        long pages = Math.min((total + state.size() - 1) / state.size(), SearchPageState.MAX_WINDOW / state.size());
        if (pages <= 1) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav class=\"paging\" id=\"paging\" aria-label=\"Pages\">");
        int page = state.page();
        if (page > 1) {
            html.append(pageLink(state, page - 1, "← Previous", "prev"));
        }
        long lastShown = 0;
        for (long p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - page) <= 2) {
                if (p - lastShown > 1) {
                    html.append("<span class=\"gap\">…</span>");
                }
                html.append(
                        p == page
                                ? "<span class=\"current\" aria-current=\"page\">" + p + "</span>"
                                : pageLink(state, (int) p, Long.toString(p), null));
                lastShown = p;
            } else if (p < page - 2) {
                p = page - 3;
            } else {
                p = pages - 1;
            }
        }
        if (page < pages) {
            html.append(pageLink(state, page + 1, "Next →", "next"));
        }
        if (total > SearchPageState.MAX_WINDOW) {
            html.append(
                    "<span class=\"gap\">Only the first 10,000 hits can be paged through; narrow the search to see the rest.</span>");
        }
        return html.append("</nav>").toString();
    }

    private static String pageLink(SearchPageState state, int page, String label, String rel) {
        return "<a href=\"" + Html.escape(state.withPage(page).url()) + "\" class=\"page\" data-page=\"" + page + "\""
                + (rel == null ? "" : " rel=\"" + rel + "\" id=\"" + rel + "\"") + ">" + Html.escape(label) + "</a>";
    }

    /** No hits: say what was searched, what the text alone would find, and how to broaden. */
    private static String emptyResult(SearchPageState state, FacetedSearch.Result result) {
        StringBuilder html = new StringBuilder("<div class=\"empty-result\" id=\"empty\"><h2>No articles match");
        if (!state.text().isEmpty()) {
            html.append(" “").append(Html.escape(state.text())).append("”");
        }
        html.append(state.hasFilters() ? " with these filters" : "").append("</h2>");
        if (state.hasFilters() && result.withoutFilters() > 0) {
            html.append("<p>Without the filters, ")
                    .append(state.text().isEmpty() ? "the index has " : "this search finds ")
                    .append(String.format(Locale.ROOT, "%,d", result.withoutFilters()))
                    .append(result.withoutFilters() == 1 ? " article" : " articles")
                    .append(": <a id=\"broaden\" href=\"")
                    .append(Html.escape(state.withoutFilters().url()))
                    .append("\">search without filters</a>, or remove filters one by one above.</p>");
        } else if (!state.text().isEmpty()) {
            html.append("<ul><li>Every word must match: try fewer or other words.</li>"
                    + "<li>Names are found in either script and in most spellings: Yermekbayev, यरमेकबायेव, येरमेकबायेव.</li>"
                    + "<li><code>a | b</code> finds either word, <code>\"…\"</code> a phrase, <code>-word</code> or <code>-\"…\"</code> excludes.</li>"
                    + "</ul><p><a id=\"browse\" href=\"/\">Browse all articles</a></p>");
        } else {
            html.append(
                    "<p>The index has no articles yet. Index some with <code>scripts/samachar index PATH</code>.</p>");
        }
        return html.append("</div>").toString();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
