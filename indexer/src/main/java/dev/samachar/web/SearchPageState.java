package dev.samachar.web;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.FacetedSearch;
import dev.samachar.search.QueryParser;
import dev.samachar.search.SearchQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Everything the search page shows, as it travels in the URL: query text, selected facet values,
 * date range, page and page size. Parsing never fails: input it cannot use is left out and
 * explained in {@link #notices()}, so the page can always be drawn. Links on the page are built
 * from derived states ({@link #toggle}, {@link #withPage}, ...), so the URL is the whole state.
 */
record SearchPageState(
        String text,
        Map<String, List<String>> selected,
        LocalDate from,
        LocalDate to,
        int page,
        int size,
        boolean collapse,
        SearchQuery.Sort sort,
        List<String> notices) {

    static final int MAX_TEXT = 300;
    static final int MAX_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 200;
    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 50;
    /** Elasticsearch's index.max_result_window: from + size may not pass it. */
    static final int MAX_WINDOW = 10_000;
    /** Ranges up to this many days get a bar per day, longer ones per month (or year). */
    static final int DAILY_UP_TO_DAYS = 92;

    /** URL parameter of each facet. */
    static final Map<String, String> PARAMS = Map.of(
            ArticleSearch.COUNTRIES,
            "country",
            ArticleSearch.LANGUAGES,
            "lang",
            ArticleSearch.SOURCES,
            "source",
            ArticleSearch.PERSONS,
            "person",
            ArticleSearch.ORGS,
            "org",
            ArticleSearch.EVENTS,
            "event");

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    SearchPageState {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String facet : FacetedSearch.FACETS) {
            copy.put(facet, List.copyOf(selected.getOrDefault(facet, List.of())));
        }
        selected = Collections.unmodifiableMap(copy);
        notices = List.copyOf(notices);
    }

    static SearchPageState parse(QueryParams params) {
        List<String> notices = new ArrayList<>();
        if (params.malformed()) {
            notices.add("Part of the address was not properly encoded and was ignored.");
        }
        String text = params.first("q");
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            int cut = text.offsetByCodePoints(0, MAX_TEXT);
            int space = text.lastIndexOf(' ', cut);
            text = text.substring(0, space > MAX_TEXT / 2 ? space : cut).strip();
            notices.add("Your query was longer than " + MAX_TEXT + " characters; only its beginning was searched.");
        }
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (String facet : FacetedSearch.FACETS) {
            selected.put(facet, values(facet, params.all(PARAMS.get(facet)), notices));
        }
        LocalDate from = date("From", params.first("from"), notices);
        LocalDate to = date("To", params.first("to"), notices);
        if (from != null && to != null && from.isAfter(to)) {
            notices.add("The start date " + from + " is after the end date " + to + "; the date range was ignored.");
            from = null;
            to = null;
        }
        int size = number(params.first("size"), DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            notices.add("Hits per page must be between 1 and " + MAX_SIZE + "; showing " + DEFAULT_SIZE + ".");
            size = DEFAULT_SIZE;
        }
        int page = number(params.first("page"), 1);
        int lastPage = MAX_WINDOW / size;
        if (page < 1) {
            notices.add("Pages are numbered from 1; showing the first page.");
            page = 1;
        } else if (page > lastPage) {
            notices.add("Only the first " + String.format(Locale.ROOT, "%,d", MAX_WINDOW)
                    + " hits can be paged through; showing page " + lastPage + ". Narrow the search to see the rest.");
            page = lastPage;
        }
        boolean collapse = "1".equals(params.first("collapse"));
        SearchQuery.Sort sort = sort(params.first("sort"), notices);
        try {
            QueryParser.parse(text);
        } catch (QueryParser.QuerySyntaxException e) {
            notices.add("Your query could not be read as written (" + e.reason() + "); its words were searched without"
                    + " the quotes and operators.");
        }
        return new SearchPageState(text, selected, from, to, page, size, collapse, sort, notices);
    }

    private static List<String> values(String facet, List<String> raw, List<String> notices) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String value : raw) {
            String v = value.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (v.length() > MAX_VALUE_LENGTH) {
                notices.add("A " + Labels.facetNoun(facet) + " filter longer than " + MAX_VALUE_LENGTH
                        + " characters was ignored.");
                continue;
            }
            switch (facet) {
                case ArticleSearch.COUNTRIES -> {
                    if (!COUNTRY.matcher(v).matches()) {
                        notices.add(
                                "“" + v + "” is not a two-letter country code such as KZ; that filter was ignored.");
                        continue;
                    }
                    v = v.toUpperCase(Locale.ROOT);
                }
                case ArticleSearch.LANGUAGES -> {
                    if (!v.equals("hi") && !v.equals("en")) {
                        notices.add("Language must be hi (Hindi) or en (English), not “" + v
                                + "”; that filter was ignored.");
                        continue;
                    }
                }
                default -> {}
            }
            if (values.size() == MAX_VALUES) {
                notices.add("At most " + MAX_VALUES + " " + Labels.facetNoun(facet) + " filters are used at once.");
                break;
            }
            values.add(v);
        }
        return List.copyOf(values);
    }

    private static SearchQuery.Sort sort(String value, List<String> notices) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
            if (sort.label().equals(value.strip())) {
                return sort;
            }
        }
        notices.add("Sort must be relevance, newest or oldest, not “" + abbreviate(value)
                + "”; the default order was used.");
        return null;
    }

    private static LocalDate date(String label, String value, List<String> notices) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            notices.add(label + " date “" + abbreviate(value) + "” is not a date like 2021-04-09; it was ignored.");
            return null;
        }
    }

    private static int number(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            // Out of int range or not a number: both far outside any valid page or size.
            return value.strip().matches("\\d+") ? Integer.MAX_VALUE : -1;
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    boolean hasFilters() {
        return from != null || to != null || selected.values().stream().anyMatch(v -> !v.isEmpty());
    }

    /** The query the search runs: exactly what `samachar search` would run for the same input. */
    SearchQuery toSearchQuery() {
        return new SearchQuery(
                QueryParser.parseLeniently(text).toString(),
                selected.get(ArticleSearch.COUNTRIES),
                selected.get(ArticleSearch.LANGUAGES),
                selected.get(ArticleSearch.SOURCES),
                selected.get(ArticleSearch.PERSONS),
                selected.get(ArticleSearch.ORGS),
                selected.get(ArticleSearch.EVENTS),
                from,
                to,
                size,
                (page - 1) * size,
                collapse,
                sort);
    }

    /** Days for a short, fully bounded range; months otherwise (the histogram may fold them into years). */
    CalendarInterval interval() {
        return from != null && to != null && ChronoUnit.DAYS.between(from, to) < DAILY_UP_TO_DAYS
                ? CalendarInterval.Day
                : CalendarInterval.Month;
    }

    // Derived states for the page's links. Every change of what is searched goes back to page 1.

    SearchPageState toggle(String facet, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(selected);
        List<String> values = new ArrayList<>(selected.get(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return new SearchPageState(text, next, from, to, 1, size, collapse, sort, List.of());
    }

    SearchPageState withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchPageState(text, selected, newFrom, newTo, 1, size, collapse, sort, List.of());
    }

    SearchPageState withText(String newText) {
        return new SearchPageState(newText, selected, from, to, 1, size, collapse, sort, List.of());
    }

    SearchPageState withoutFilters() {
        return new SearchPageState(text, Map.of(), null, null, 1, size, collapse, sort, List.of());
    }

    SearchPageState withSort(SearchQuery.Sort newSort) {
        return new SearchPageState(text, selected, from, to, 1, size, collapse, newSort, List.of());
    }

    /**
     * This state with the facet values the index holds in place of those typed, and a notice for each
     * that names nothing; drawn links then carry the resolved values.
     */
    SearchPageState withResolvedFilters(SearchQuery resolved, List<String> problems) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        for (String facet : FacetedSearch.FACETS) {
            next.put(facet, resolved.facet(facet));
        }
        List<String> allNotices = new ArrayList<>(notices);
        allNotices.addAll(problems);
        return new SearchPageState(text, next, from, to, page, size, collapse, sort, allNotices);
    }

    SearchPageState withPage(int newPage) {
        return new SearchPageState(text, selected, from, to, newPage, size, collapse, sort, List.of());
    }

    /** The URL of this state, relative to the server root; parameters at their defaults are left out. */
    String url() {
        StringJoiner query = new StringJoiner("&");
        if (!text.isEmpty()) {
            query.add("q=" + QueryParams.encode(text));
        }
        for (var facet : selected.entrySet()) {
            for (String value : facet.getValue()) {
                query.add(PARAMS.get(facet.getKey()) + "=" + QueryParams.encode(value));
            }
        }
        if (from != null) {
            query.add("from=" + from);
        }
        if (to != null) {
            query.add("to=" + to);
        }
        if (collapse) {
            query.add("collapse=1");
        }
        if (sort != null) {
            query.add("sort=" + sort.label());
        }
        if (size != DEFAULT_SIZE) {
            query.add("size=" + size);
        }
        if (page != 1) {
            query.add("page=" + page);
        }
        return query.length() == 0 ? "/" : "/?" + query;
    }
}
