package dev.samachar.ingest;

import dev.samachar.ingest.Dateline.Kind;
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
    for (int i = from; i < dateStart; i++) {
      Optional<TimeMatcher.Match> m = times.matchAt(tokens, i);
      if (m.isPresent() && m.get().end() <= dateStart && dateStart - m.get().end() <= MAX_GAP) {
        nearest = m;
      }
    }
    return nearest;
  }

  private static Dateline toDateline(
      DateMatcher.Match date, Optional<TimeMatcher.Match> time, Kind kind) {
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
    String[] published = {"posted", "published", "publish", "प्रकाशित", "प्रकाशन", "प्रविष्टि",
        "पोस्टेड", "पब्लिश", "पब्लिश्ड"};
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
