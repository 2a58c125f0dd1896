package dev.samachar.ingest.dates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A publication date later than tomorrow (IST) is a misread (a year in a table, a typo, a deadline),
 * never a publication date: a page cannot be published in the future, and tomorrow leaves room for
 * clocks and zones that run ahead of the reader's.
 */
public final class PublicationDateLimit {

    private final Clock clock;

    public PublicationDateLimit(Clock clock) {
        this.clock = clock;
    }

    public static PublicationDateLimit systemClock() {
        return new PublicationDateLimit(Clock.systemUTC());
    }

    public boolean allows(OffsetDateTime published) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(Dateline.IST)).plusDays(1);
        return !published.atZoneSameInstant(Dateline.IST).toLocalDate().isAfter(tomorrow);
    }
}
