package dev.samachar.web;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import dev.samachar.search.SearchResults.FacetValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles over time as an inline SVG bar chart, drawn on the server: one bar per day or month
 * (months fold into years when there are more than five years of them), empty periods included,
 * each bar a link that narrows the date range to its period.
 */
final class Histogram {

    static final int MAX_MONTH_BARS = 60;
    /** Beyond this many years the empty ones are left out rather than drawn. */
    static final int MAX_YEAR_BARS = 150;

    private static final int BAR = 12;
    private static final int HEIGHT = 64;

    record Bar(LocalDate start, LocalDate end, String label, long count) {}

    private Histogram() {}

    static List<Bar> bars(List<FacetValue> buckets, CalendarInterval interval) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (FacetValue bucket : buckets) {
            counts.merge(LocalDate.parse(bucket.value()), bucket.count(), Long::sum);
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        LocalDate first = counts.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = counts.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        List<Bar> bars = new ArrayList<>();
        if (interval == CalendarInterval.Day) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                bars.add(new Bar(day, day, day.toString(), counts.getOrDefault(day, 0L)));
            }
            return bars;
        }
        if (ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) < MAX_MONTH_BARS) {
            for (YearMonth month = YearMonth.from(first);
                    !month.isAfter(YearMonth.from(last));
                    month = month.plusMonths(1)) {
                bars.add(new Bar(
                        month.atDay(1),
                        month.atEndOfMonth(),
                        month.toString(),
                        counts.getOrDefault(month.atDay(1), 0L)));
            }
            return bars;
        }
        Map<Integer, Long> years = new LinkedHashMap<>();
        counts.forEach((day, count) -> years.merge(day.getYear(), count, Long::sum));
        boolean fill = last.getYear() - first.getYear() < MAX_YEAR_BARS;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            long count = years.getOrDefault(year, 0L);
            if (count > 0 || fill) {
                bars.add(new Bar(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year), count));
            }
        }
        return bars;
    }

    static String render(List<Bar> bars, long undated, SearchPageState state) {
        StringBuilder html = new StringBuilder("<figure id=\"timeline\" class=\"timeline\">");
        if (bars.isEmpty()) {
            html.append("<figcaption>No dated articles")
                    .append(undatedNote(undated))
                    .append("</figcaption></figure>");
            return html.toString();
        }
        long max = bars.stream().mapToLong(Bar::count).max().orElse(1);
        int width = Math.max(bars.size() * BAR, BAR);
        html.append("<svg role=\"img\" aria-label=\"Articles over time\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            long height = bar.count() == 0
                    ? 0
                    : Math.max(2, Math.round((double) bar.count() / Math.max(max, 1) * (HEIGHT - 2)));
            String title = bar.label() + ": " + bar.count() + (bar.count() == 1 ? " article" : " articles");
            html.append("<a href=\"")
                    .append(Html.escape(state.withDates(bar.start(), bar.end()).url()))
                    .append("\" class=\"bar\" data-period=\"")
                    .append(bar.label())
                    .append("\" data-count=\"")
                    .append(bar.count())
                    .append("\"><title>")
                    .append(Html.escape(title))
                    .append("</title>")
                    // A full-height transparent target, so thin bars are still easy to click.
                    .append("<rect class=\"hit-area\" x=\"")
                    .append(i * BAR)
                    .append("\" y=\"0\" width=\"")
                    .append(BAR)
                    .append("\" height=\"")
                    .append(HEIGHT)
                    .append("\"/>")
                    .append("<rect class=\"fill\" x=\"")
                    .append(i * BAR + 1)
                    .append("\" y=\"")
                    .append(HEIGHT - height)
                    .append("\" width=\"")
                    .append(BAR - 2)
                    .append("\" height=\"")
                    .append(height)
                    .append("\"/></a>");
        }
        html.append("</svg><figcaption><span>")
                .append(Html.escape(bars.get(0).label()))
                .append("</span>")
                .append("<span>Articles over time (highest bar: ")
                .append(max)
                .append(')')
                .append(undatedNote(undated))
                .append("</span><span>")
                .append(Html.escape(bars.get(bars.size() - 1).label()))
                .append("</span></figcaption></figure>");
        return html.toString();
    }

    private static String undatedNote(long undated) {
        return undated == 0 ? "" : "; " + undated + " undated not shown";
    }
}
