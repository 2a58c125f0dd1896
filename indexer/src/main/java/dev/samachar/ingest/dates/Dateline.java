package dev.samachar.ingest.dates;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A publication or update date read from a page's header or byline.
 *
 * @param dateTime always at the IST offset (+05:30); midnight when the line gave no time
 * @param kind     what the line said the date is
 * @param hasTime  false when the line gave only a date, so {@code dateTime} is 00:00 by convention
 */
public record Dateline(OffsetDateTime dateTime, Kind kind, boolean hasTime) {

    /** India Standard Time: every publication date Samachar stores is at this offset. */
    public static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

    public enum Kind {
        PUBLISHED,
        UPDATED,
        UNMARKED
    }

    public Dateline {
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(kind, "kind");
    }
}
