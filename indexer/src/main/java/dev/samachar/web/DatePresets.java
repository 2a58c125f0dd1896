package dev.samachar.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The date ranges the page offers in one click, ending today in India (dates are IST days). */
final class DatePresets {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    record Preset(String id, String label, LocalDate from, LocalDate to) {}

    private DatePresets() {}

    static List<Preset> endingOn(LocalDate today) {
        return List.of(
                new Preset("last-7-days", "Last 7 days", today.minusDays(6), today),
                new Preset("last-30-days", "Last 30 days", today.minusDays(29), today),
                new Preset("this-year", "This year", today.withDayOfYear(1), today));
    }

    static List<Preset> now() {
        return endingOn(LocalDate.now(IST));
    }
}
