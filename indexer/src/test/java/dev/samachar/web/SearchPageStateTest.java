package dev.samachar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import dev.samachar.search.SearchQuery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPageStateTest {

    private static SearchPageState parse(String query) {
        return SearchPageState.parse(QueryParams.parse(query));
    }

    @Test
    void urlRoundTripsTheWholeState() {
        SearchPageState state = parse("q=%E0%A4%AF%E0%A4%B0+x&country=kz&country=IN&lang=hi&person=Nurlan+Yermekbayev"
                + "&from=2018-01-01&to=2021-12-31&page=2&size=5&collapse=1");
        assertEquals("यर x", state.text());
        assertEquals(List.of("KZ", "IN"), state.selected().get("countries"));
        assertEquals(List.of("Nurlan Yermekbayev"), state.selected().get("persons"));
        assertTrue(state.notices().isEmpty(), state.notices().toString());
        SearchPageState again =
                SearchPageState.parse(QueryParams.parse(state.url().substring(2)));
        assertEquals(state, again);
        SearchQuery query = state.toSearchQuery();
        assertEquals(5, query.offset());
        assertEquals(5, query.size());
        assertEquals(LocalDate.of(2018, 1, 1), query.from());
        assertTrue(query.collapseTranslations());
    }

    @Test
    void linksToggleValuesAndGoBackToPageOne() {
        SearchPageState state = parse("q=a&country=KZ&page=3");
        assertEquals(
                "/?q=a&country=KZ&country=IN", state.toggle("countries", "IN").url());
        assertEquals("/?q=a", state.toggle("countries", "KZ").url());
        assertEquals("/?q=a&country=KZ&page=4", state.withPage(4).url());
        assertEquals("/?q=a", state.withoutFilters().url());
        assertEquals("/?country=KZ", state.withText("").url());
        assertEquals("/", parse("").url());
    }

    @Test
    void unusableInputIsDroppedWithANotice() {
        SearchPageState state = parse("from=2021-13-45&to=soon&country=Kazakhstan&lang=fr&page=0&size=1000");
        assertEquals(null, state.from());
        assertEquals(null, state.to());
        assertEquals(List.of(), state.selected().get("countries"));
        assertEquals(List.of(), state.selected().get("languages"));
        assertEquals(1, state.page());
        assertEquals(SearchPageState.DEFAULT_SIZE, state.size());
        assertEquals(6, state.notices().size(), state.notices().toString());
        assertFalse(state.hasFilters());
    }

    @Test
    void pagingStaysWithinTheFirstTenThousandHits() {
        SearchPageState deep = parse("page=99999&size=20");
        assertEquals(500, deep.page());
        assertTrue(deep.toSearchQuery().offset() + deep.size() <= 10_000);
        assertEquals(1000, parse("page=99999999999999999999").page());
        assertEquals(1, parse("page=-3").page());
    }

    @Test
    void longQueriesAreCutAtAWordWithANotice() {
        SearchPageState state = parse("q=" + "abcdefghi+".repeat(100));
        assertTrue(state.text().length() <= SearchPageState.MAX_TEXT);
        assertTrue(state.text().endsWith("abcdefghi"), state.text());
        assertEquals(1, state.notices().size());
    }

    @Test
    void reversedRangesAndTooManyValues() {
        assertTrue(parse("from=2021-01-01&to=2020-01-01").notices().get(0).contains("is after the end date"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            many.append("&person=p").append(i);
        }
        assertEquals(
                SearchPageState.MAX_VALUES,
                parse(many.substring(1)).selected().get("persons").size());
    }

    @Test
    void shortRangesGetDailyBars() {
        assertEquals(
                CalendarInterval.Day, parse("from=2021-04-01&to=2021-04-30").interval());
        assertEquals(
                CalendarInterval.Month, parse("from=2018-01-01&to=2021-04-30").interval());
        assertEquals(CalendarInterval.Month, parse("from=2021-04-01").interval());
    }

    @Test
    void malformedEscapesAreReported() {
        QueryParams params = QueryParams.parse("q=%zz&country=KZ");
        assertTrue(params.malformed());
        assertEquals(List.of("KZ"), SearchPageState.parse(params).selected().get("countries"));
        assertTrue(SearchPageState.parse(params).notices().get(0).contains("not properly encoded"));
    }

    @Test
    void sortTravelsInTheUrlAndAnUnknownOrderIsExplained() {
        SearchPageState oldest = parse("q=Kazakhstan&sort=oldest&page=3");
        assertEquals(SearchQuery.Sort.OLDEST, oldest.toSearchQuery().order());
        assertEquals(oldest, parse(oldest.url().substring(2)));
        assertEquals(
                "/?q=Kazakhstan&sort=newest",
                oldest.withSort(SearchQuery.Sort.NEWEST).url());
        assertEquals(
                SearchQuery.Sort.RELEVANCE,
                parse("q=Kazakhstan").toSearchQuery().order());
        assertEquals(SearchQuery.Sort.NEWEST, parse("").toSearchQuery().order());
        SearchPageState bad = parse("q=Kazakhstan&sort=random");
        assertEquals(SearchQuery.Sort.RELEVANCE, bad.toSearchQuery().order());
        assertTrue(
                bad.notices().get(0).contains("relevance, newest or oldest"),
                bad.notices().toString());
    }

    @Test
    void anUnreadableQueryIsExplainedAndItsWordsSearched() {
        SearchPageState state = parse("q=%22Rajnath+Singh+-Shoigu");
        assertEquals("\"Rajnath Singh -Shoigu", state.text(), "the box keeps what was typed");
        assertTrue(
                state.notices().get(0).contains("never closed"), state.notices().toString());
        assertEquals("Rajnath Singh -Shoigu", state.toSearchQuery().text());
        assertTrue(parse("q=Rajnath+-Shoigu+%22joint+exercise%22").notices().isEmpty());
    }

    @Test
    void datePresetsEndTodayAndStartAtTheRightDay() {
        List<DatePresets.Preset> presets = DatePresets.endingOn(LocalDate.of(2024, 3, 5));
        assertEquals(LocalDate.of(2024, 2, 28), presets.get(0).from(), "7 days including today");
        assertEquals(LocalDate.of(2024, 2, 5), presets.get(1).from(), "30 days including today (leap February)");
        assertEquals(LocalDate.of(2024, 1, 1), presets.get(2).from());
        presets.forEach(p -> assertEquals(LocalDate.of(2024, 3, 5), p.to()));
    }
}
