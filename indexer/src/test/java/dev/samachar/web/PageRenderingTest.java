package dev.samachar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import dev.samachar.search.SearchResults.FacetValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping, highlight markers and the timeline's bars, without a cluster. */
class PageRenderingTest {

    @Test
    void escapesEverythingThatCouldBeMarkup() {
        assertEquals(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
        assertEquals("a b", Html.escape("a\u0000b"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void highlightsAreEscapedTextWithOnlyOurMarks() {
        String snippet = "<b>x</b> " + Highlights.PRE + "यरमेकबायेव" + Highlights.POST + " & <em>y</em>";
        assertEquals(
                "&lt;b&gt;x&lt;/b&gt; <mark>यरमेकबायेव</mark> &amp; &lt;em&gt;y&lt;/em&gt;",
                Highlights.toHtml(snippet));
        assertEquals("a <mark>b</mark>", Highlights.toHtml("a " + Highlights.PRE + Highlights.PRE + "b"));
        assertEquals("a b", Highlights.toHtml("a " + Highlights.POST + "b"));
        assertEquals("one two", Highlights.toHtml(" one\n\n two "));
    }

    @Test
    void monthsFillGapsAndFoldIntoYearsWhenMany() {
        List<Histogram.Bar> bars = Histogram.bars(
                List.of(new FacetValue("2018-10-01", 2), new FacetValue("2019-01-01", 1)), CalendarInterval.Month);
        assertEquals(4, bars.size());
        assertEquals(
                List.of(2L, 0L, 0L, 1L), bars.stream().map(Histogram.Bar::count).toList());
        assertEquals(LocalDate.of(2018, 10, 31), bars.get(0).end());

        List<Histogram.Bar> years = Histogram.bars(
                List.of(
                        new FacetValue("2010-03-01", 2),
                        new FacetValue("2010-05-01", 1),
                        new FacetValue("2021-04-01", 4)),
                CalendarInterval.Month);
        assertEquals(12, years.size());
        assertEquals(3, years.get(0).count());
        assertEquals("2021", years.get(11).label());
        assertEquals(4, years.get(11).count());
    }

    @Test
    void absurdSpansDrawOnlyTheYearsThatHaveArticles() {
        List<Histogram.Bar> bars = Histogram.bars(
                List.of(new FacetValue("0001-01-01", 1), new FacetValue("2021-04-01", 4)), CalendarInterval.Month);
        assertEquals(2, bars.size());
    }

    @Test
    void barsLinkToTheirPeriod() {
        SearchPageState state = SearchPageState.parse(QueryParams.parse("q=x"));
        String svg = Histogram.render(
                Histogram.bars(List.of(new FacetValue("2021-04-09", 3)), CalendarInterval.Day), 2, state);
        assertTrue(svg.contains("href=\"/?q=x&amp;from=2021-04-09&amp;to=2021-04-09\""), svg);
        assertTrue(svg.contains("2 undated not shown"));
        assertFalse(Histogram.render(List.of(), 0, state).contains("<svg"));
    }

    @Test
    void publishedTimesReadAsIst() {
        assertEquals("2018-10-04 19:50 IST", Labels.published("2018-10-04T19:50:00+05:30"));
        assertEquals("2018-10-04 19:50:07 IST", Labels.published("2018-10-04T19:50:07+05:30"));
        assertEquals("Kazakhstan", Labels.country("KZ"));
        assertEquals("XX", Labels.country("XX"));
    }
}
