package dev.samachar.ingest.dates;

import dev.samachar.ingest.dates.Dateline.Kind;
import dev.samachar.ingest.files.Nfc;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the publication (or update) date from one dateline candidate, a short line from a
 * page's header or byline such as "Posted On: 04 OCT 2018 7:50PM by PIB Delhi" or
 * "प्रकाशित: 04 अक्टूबर 2018 07:50 PM (IST)".
 *
 * <p>A line may hold several dates ("Publish: … Updated: …"). Each marker word claims the
 * first date after it; the first PUBLISHED date wins, otherwise the first date of the line.
 * Results are always at IST; see {@link DateMatcher} and {@link TimeMatcher} for the shapes
 * understood.
 *
 * <p>Building one is not free (it reads CLDR month names); once built it is immutable and
 * may be shared between threads.
 */
public final class DatelineParser {

    /** How many tokens may separate a date from its time: "4 अक्टूबर 2018 को शाम 7:50 बजे". */
    private static final int MAX_GAP = 4;

    /**
     * Words a dateline may hold besides its date and time: a place, an agency, a weekday, a label
     * ("नई दिल्ली, 4 सितम्बर 2018 (भाषा)", "Wed, Mar 4, 2020, 9:12 AM IST", "Coronavirus News, 5 April
     * 2020"). A sentence that mentions a date has more.
     */
    private static final int DATELINE_MAX_WORDS = 4;

    private static final Map<String, Kind> MARKERS = markers();

    private final DateMatcher dates;
    private final TimeMatcher times = new TimeMatcher();

    public DatelineParser() {
        this.dates = new DateMatcher(new MonthNames());
    }

    /** Parses one dateline candidate (a short line from the page header/byline). */
    public Optional<Dateline> parse(String line) {
        if (line == null || line.isBlank() || !hasYearDigits(line)) {
            return Optional.empty();
        }
        List<Token> tokens = Tokenizer.tokenize(Nfc.of(line));
        List<DateMatcher.Match> found = findDates(tokens);
        List<Dateline> candidates = new ArrayList<>();
        int consumed = 0;
        for (int k = 0; k < found.size(); k++) {
            DateMatcher.Match date = found.get(k);
            int nextDate = k + 1 < found.size() ? found.get(k + 1).start() : tokens.size();
            int limit = Math.min(nextDate, nextMarker(tokens, date.end()));
            Optional<TimeMatcher.Match> time = timeAfter(tokens, date.end(), limit);
            if (time.isEmpty()) {
                time = timeBefore(tokens, consumed, date.start());
            }
            Kind kind = lastMarker(tokens, consumed, date.start());
            candidates.add(toDateline(date, time, kind));
            consumed = Math.max(date.end(), time.map(TimeMatcher.Match::end).orElse(0));
        }
        return candidates.stream()
                .filter(d -> d.kind() == Kind.PUBLISHED)
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /**
     * Reads a line (or the opening of a paragraph) that is nothing but a dateline: one date, its
     * time, at most {@value #DATELINE_MAX_WORDS} other words and no other number. A table row
     * (cells "02 अप्रैल", "2069", "235" between tabs), a deadline in a sentence ("यह अधिसूचना 30 जून 2020 तक प्रभावी
     * रहेगी") or a line with two dates is not one.
     *
     * @param wordsFirst the date must follow a word (a place or label): the opening of a paragraph
     *                   that starts with its date is a sentence about that day ("1 दिसंबर, 2019 । इस
     *                   दिन …"), not a dateline
     */
    public Optional<Dateline> parseDateline(String text, boolean wordsFirst) {
        if (text == null || text.isBlank() || text.indexOf('\t') >= 0 || !hasYearDigits(text)) {
            return Optional.empty();
        }
        List<Token> tokens = Tokenizer.tokenize(Nfc.of(text));
        List<DateMatcher.Match> found = findDates(tokens);
        if (found.size() != 1) {
            return Optional.empty();
        }
        DateMatcher.Match date = found.get(0);
        Optional<TimeMatcher.Match> time = timeAfter(tokens, date.end(), tokens.size());
        if (time.isEmpty()) {
            time = timeBefore(tokens, 0, date.start());
        }
        int timeStart = time.map(TimeMatcher.Match::start).orElse(-1);
        int timeEnd = time.map(TimeMatcher.Match::end).orElse(-1);
        int words = 0;
        boolean wordBeforeDate = false;
        for (int i = 0; i < tokens.size(); i++) {
            boolean inDate = i >= date.start() && i < date.end();
            boolean inTime = i >= timeStart && i < timeEnd;
            Token t = tokens.get(i);
            if (inDate || inTime || t.type() == Token.Type.PUNCT) {
                continue;
            }
            if (t.type() == Token.Type.NUMBER) {
                return Optional.empty();
            }
            words++;
            wordBeforeDate |= i < date.start();
        }
        if (words > DATELINE_MAX_WORDS || wordsFirst && !wordBeforeDate) {
            return Optional.empty();
        }
        return Optional.of(toDateline(date, time, lastMarker(tokens, 0, date.start())));
    }

    /**
     * Every date shape needs a four-digit year, which the {@link Tokenizer} makes of a run of exactly
     * four digits: most candidate lines have none, and they are answered without tokenising them.
     */
    static boolean hasYearDigits(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Character.isDigit(cp)) {
                run++;
            } else {
                if (run == 4) {
                    return true;
                }
                run = 0;
            }
            i += Character.charCount(cp);
        }
        return run == 4;
    }

    private List<DateMatcher.Match> findDates(List<Token> tokens) {
        List<DateMatcher.Match> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<DateMatcher.Match> m = dates.matchAt(tokens, i);
            if (m.isPresent()) {
                found.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Optional<TimeMatcher.Match> timeAfter(List<Token> tokens, int from, int limit) {
        for (int i = from; i < limit && i <= from + MAX_GAP; i++) {
            Optional<TimeMatcher.Match> m = times.matchAt(tokens, i);
            if (m.isPresent() && m.get().end() <= limit) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** "Updated: 19:50 IST, 04 Oct 2018": some sites put the time first. */
    private Optional<TimeMatcher.Match> timeBefore(List<Token> tokens, int from, int dateStart) {
        Optional<TimeMatcher.Match> nearest = Optional.empty();
        for (int i = from; i < dateStart; ) {
            Optional<TimeMatcher.Match> m = times.matchAt(tokens, i);
            if (m.isPresent() && m.get().end() <= dateStart) {
                if (dateStart - m.get().end() <= MAX_GAP) {
                    nearest = m;
                }
                // Past the whole time: "07 AM" inside "05:07 AM" is not another time.
                i = m.get().end();
            } else {
                i++;
            }
        }
        return nearest;
    }

    private static Dateline toDateline(DateMatcher.Match date, Optional<TimeMatcher.Match> time, Kind kind) {
        if (time.isEmpty()) {
            OffsetDateTime midnight = date.date().atStartOfDay().atOffset(TimeMatcher.IST);
            return new Dateline(midnight, kind, false);
        }
        OffsetDateTime at = LocalDateTime.of(date.date(), time.get().time())
                .atOffset(time.get().offset())
                .withOffsetSameInstant(TimeMatcher.IST);
        return new Dateline(at, kind, true);
    }

    private static int nextMarker(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (markerKind(tokens.get(i)) != null) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The marker nearest before a date claims it; "Posted On:", "Last Updated:" and so on. */
    private static Kind lastMarker(List<Token> tokens, int from, int to) {
        Kind kind = Kind.UNMARKED;
        for (int i = from; i < to; i++) {
            Kind k = markerKind(tokens.get(i));
            if (k != null) {
                kind = k;
            }
        }
        return kind;
    }

    private static Kind markerKind(Token t) {
        return t.isWord() ? MARKERS.get(t.key()) : null;
    }

    /**
     * One word is enough to recognise each marker phrase: "Posted On"/"Posted by" → posted,
     * "First published"/"Published on" → published, "प्रकाशित तिथि" → प्रकाशित, PIB Hindi's
     * "प्रविष्टि तिथि" → प्रविष्टि, "Last Updated" → updated. "Edited By" is not a marker: it
     * names the editor, and Jagran glues it before "Publish:".
     */
    private static Map<String, Kind> markers() {
        String[] published = {
            "posted", "published", "publish", "प्रकाशित", "प्रकाशन", "प्रविष्टि", "पोस्टेड", "पब्लिश", "पब्लिश्ड"
        };
        String[] updated = {"updated", "modified", "अपडेट", "अपडेटेड", "संशोधित", "अद्यतन"};
        Map<String, Kind> markers = new HashMap<>();
        for (String w : published) {
            markers.put(MonthNames.key(w), Kind.PUBLISHED);
        }
        for (String w : updated) {
            markers.put(MonthNames.key(w), Kind.UPDATED);
        }
        return Map.copyOf(markers);
    }
}
