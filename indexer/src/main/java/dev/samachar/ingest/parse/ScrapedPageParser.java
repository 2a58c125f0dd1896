package dev.samachar.ingest.parse;

import dev.samachar.ingest.dates.Dateline;
import dev.samachar.ingest.dates.DatelineParser;
import dev.samachar.ingest.dates.PublicationDateLimit;
import dev.samachar.ingest.files.Nfc;
import dev.samachar.ingest.files.UnreadableFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one scraped plain-text page (the layouts of PIB, Jagran, NDTV and small portals) into an
 * {@link Article}: chrome removed by {@link ChromeFilter}, title, publication date, source, PIB
 * release id and language extracted from what remains.
 */
public final class ScrapedPageParser {

    private static final Pattern RELEASE_ID = Pattern.compile("(?i)release\\s*id\\s*:?\\s*(\\d{4,})");
    private static final Pattern POSTED_ON = Pattern.compile("(?i)(posted on|प्रविष्टि तिथि)");
    /**
     * A section label or the issuing ministry above a headline ("देश", "Ministry of Defence") has at
     * most this many words, and a longer headline-shaped line follows it; the same short lines after
     * the title (a bare place dateline, "नई दिल्ली") stand before the first paragraph.
     */
    private static final int LABEL_MAX_WORDS = 3;
    /** A headline (or a label's headline) is at most this long; a paragraph that lacks its full stop is longer. */
    private static final int HEADLINE_MAX_WORDS = 30;
    /** A dateline prefix such as "नई दिल्ली, 4 सितम्बर 2018 (भाषा)।" is at most this many words. */
    private static final int DATELINE_PREFIX_MAX_WORDS = 8;

    /** A dateline line (date, time, place, agency, weekday) has no more words than this. */
    private static final int DATELINE_MAX_WORDS = 12;
    /** "Wed, Mar 4, 2020, 9:12 AM IST": a stamp line has no more words than this. */
    private static final int STAMP_MAX_WORDS = 8;

    /** A lone line longer than this is an untitled article's text, not a title without a body. */
    private static final int UNTITLED_MIN_WORDS = 20;

    private static final int UNTITLED_TITLE_WORDS = 12;

    private final ChromeFilter chrome = new ChromeFilter();
    private final DatelineParser dates;
    private final PublicationDateLimit limit;

    public ScrapedPageParser(DatelineParser dates) {
        this(dates, PublicationDateLimit.systemClock());
    }

    public ScrapedPageParser(DatelineParser dates, PublicationDateLimit limit) {
        this.dates = dates;
        this.limit = limit;
    }

    /**
     * Where a page's publication date was read: the page line (0-based, of {@link #lines}) and the
     * text given to the dateline parser, the whole line or the dateline that opens it.
     */
    public record DateSource(int line, String text, Dateline dateline) {}

    /** An article and where its date came from (null when it has none). */
    public record Parsed(Article article, DateSource dateSource) {}

    public Article parse(Path file, String text) throws UnreadableFileException {
        return parseTraced(file, text).article();
    }

    /** {@link #parse}, also saying which line the publication date was read from; for reports and tests. */
    public Parsed parseTraced(Path file, String text) throws UnreadableFileException {
        List<String> lines = lines(text);
        int[] words = ChromeFilter.wordCounts(lines); // every step below asks, most of them for every line
        List<LineKind> kinds = chrome.classify(lines, words);

        int postedOn = indexOf(lines, kinds, POSTED_ON);
        int title = titleLine(lines, kinds, words, postedOn);
        if (title < 0) {
            throw new UnreadableFileException("no article text left after removing page chrome");
        }
        String titleText = lines.get(title).strip();
        // No headline, just prose: the opening words stand in as the title, the prose is the body.
        boolean untitled =
                postedOn < 0 && words[title] > UNTITLED_MIN_WORDS && ChromeFilter.isProse(titleText, words[title]);
        List<Integer> paragraphLines = untitled
                ? bodyParagraphs(lines, kinds, words, title - 1, null)
                : bodyParagraphs(lines, kinds, words, title, titleText);
        if (!untitled && paragraphLines.isEmpty() && words[title] > UNTITLED_MIN_WORDS) {
            untitled = true; // a lone long line is an untitled article's text, not a title without a body
            paragraphLines = List.of(title);
        }
        if (untitled) {
            titleText = openingWords(titleText);
        }
        if (paragraphLines.isEmpty()) {
            throw new UnreadableFileException("page has a title but no article text");
        }
        List<String> paragraphs = paragraphLines.stream().map(lines::get).toList();
        String body = String.join("\n\n", paragraphs);
        String source =
                postedOn >= 0 ? SourceCredit.pibOffice(lines.get(postedOn)).orElse(null) : null;
        if (source == null) {
            source = bylineAgency(lines, kinds)
                    .or(() -> paragraphs.stream()
                            .limit(3)
                            .map(SourceCredit::agencyInDateline)
                            .flatMap(Optional::stream)
                            .findFirst())
                    .orElse(null);
        }
        DateSource date = publicationDate(lines, kinds, words, paragraphLines);
        return new Parsed(
                new Article(
                        file,
                        0,
                        "text",
                        titleText,
                        body,
                        date == null ? null : date.dateline().dateTime(),
                        source,
                        LanguageGuess.of(titleText, body),
                        releaseId(lines, kinds),
                        null),
                date);
    }

    private static String openingWords(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= UNTITLED_TITLE_WORDS) {
            return text;
        }
        return String.join(" ", Arrays.asList(words).subList(0, UNTITLED_TITLE_WORDS)) + " …";
    }

    /**
     * The page's lines, NFC, stripped, with no-break spaces as spaces: lines end at "\r\n", "\r"
     * or "\n". One pass over the page rather than a replace per rule and a split.
     */
    static List<String> lines(String text) {
        String normalised = Nfc.of(text);
        List<String> lines = new ArrayList<>();
        int n = normalised.length();
        if (normalised.indexOf('\r') < 0) {
            // The usual case, "\n" alone: indexOf finds it much faster than a loop over the chars.
            int start = 0;
            for (int end = normalised.indexOf('\n'); end >= 0; end = normalised.indexOf('\n', start)) {
                lines.add(line(normalised, start, end));
                start = end + 1;
            }
            lines.add(line(normalised, start, n));
            return lines;
        }
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = normalised.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(line(normalised, start, i));
                if (c == '\r' && i + 1 < n && normalised.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(line(normalised, start, n));
        return lines;
    }

    /** text[start, end) stripped, no-break spaces (which strip() keeps) counted as spaces; one copy. */
    private static String line(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).replace('\u00A0', ' ');
    }

    private static boolean isSpace(char c) {
        return c == '\u00A0' || ChromeFilter.isWhitespace(c);
    }

    private static int indexOf(List<String> lines, List<LineKind> kinds, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.METADATA
                    && pattern.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * PIB puts the title right above "Posted On". Elsewhere the headline is the first line of text,
     * whatever its length: the page's layout is a headline, then paragraphs. Two layout cues move it
     * down: a section label above it (a few words, then a longer line shaped like a headline) and a
     * line that is only a date and time (a live blog's stamp), which is metadata.
     */
    private int titleLine(List<String> lines, List<LineKind> kinds, int[] words, int postedOn) {
        if (postedOn > 0) {
            for (int i = postedOn - 1; i >= 0; i--) {
                if (kinds.get(i) == LineKind.TEXT) {
                    return i;
                }
            }
        }
        int first = nextText(kinds, 0);
        int title = first;
        while (title >= 0 && isStamp(lines.get(title), words[title])) {
            title = nextText(kinds, title + 1);
        }
        if (title < 0) {
            return first; // only stamps: the page says little, but it is what there is
        }
        // A label, its headline, then the body: a line with nothing below it is no headline.
        for (int next = nextText(kinds, title + 1);
                next >= 0 && isLabel(lines, words, title, next) && nextText(kinds, next + 1) >= 0;
                next = nextText(kinds, title + 1)) {
            title = next;
        }
        return title;
    }

    private static int nextText(List<LineKind> kinds, int from) {
        for (int i = from; i < kinds.size(); i++) {
            if (kinds.get(i) == LineKind.TEXT) {
                return i;
            }
        }
        return -1;
    }

    /** "देश" above "आर्मेनिया को स्वदेशी तोपों की आपूर्ति …": a few words, then a longer line that is no sentence. */
    private static boolean isLabel(List<String> lines, int[] words, int line, int next) {
        return words[line] <= LABEL_MAX_WORDS
                && words[next] > words[line]
                && words[next] <= HEADLINE_MAX_WORDS
                && !ChromeFilter.endsLikeSentence(lines.get(line))
                && !ChromeFilter.endsLikeSentence(lines.get(next));
    }

    /** A line that is only a date and time, with at most a weekday or zone: "07:14 AM, 03-APR-2020". */
    private boolean isStamp(String line, int words) {
        return words <= STAMP_MAX_WORDS && dates.parseDateline(line, false).isPresent();
    }

    /**
     * The lines (indexes) of the text after {@code title}, without repeats (pages often print the
     * title and summary twice), without date stamps, and without the short header labels and bare
     * place datelines that precede the first paragraph; when the article is no more than such short
     * lines, they are it.
     */
    private List<Integer> bodyParagraphs(
            List<String> lines, List<LineKind> kinds, int[] words, int title, String titleText) {
        Set<String> seen = new HashSet<>();
        if (titleText != null) {
            seen.add(titleText);
        }
        List<Integer> paragraphs = new ArrayList<>();
        List<Integer> shortLines = new ArrayList<>();
        boolean proseStarted = false;
        for (int i = title + 1; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.TEXT) {
                continue;
            }
            String line = lines.get(i);
            if (isStamp(line, words[i])) {
                continue; // a live blog's time stamp is metadata, read for the date, not text
            }
            boolean label = words[i] <= LABEL_MAX_WORDS && !ChromeFilter.isProse(line, words[i]);
            if (!proseStarted && label) {
                if (seen.add(line)) {
                    shortLines.add(i);
                }
                continue;
            }
            proseStarted = true;
            if (seen.add(line)) {
                paragraphs.add(i);
            }
        }
        return paragraphs.isEmpty() ? shortLines : paragraphs;
    }

    /**
     * The date the page says it was published, read only from its head: the lines above the second
     * paragraph of the body (headline, labels, standfirst, byline and metadata lines) and the
     * dateline that opens one of the first two paragraphs; never from the prose, tables or deadlines
     * further down. A metadata line ("Posted On: …", "Publish: …") may say more than its date; any
     * other line counts only when it is a dateline (see {@link DatelineParser#parseDateline}).
     * Preference: an explicit publish marker, then an unmarked dateline, then "updated". A date
     * later than tomorrow is never one.
     */
    private DateSource publicationDate(
            List<String> lines, List<LineKind> kinds, int[] words, List<Integer> paragraphs) {
        int headEnd = paragraphs.size() > 1 ? paragraphs.get(1) : lines.size();
        List<DateSource> found = new ArrayList<>();
        for (int i = 0; i < headEnd; i++) {
            String line = lines.get(i);
            Optional<Dateline> date = switch (kinds.get(i)) {
                case METADATA -> dates.parse(line);
                // A dateline is a few words: a paragraph is not tokenised only to be refused.
                case TEXT -> words[i] <= DATELINE_MAX_WORDS ? dates.parseDateline(line, false) : Optional.empty();
                default -> Optional.empty();
            };
            int at = i;
            date.ifPresent(d -> found.add(new DateSource(at, line, d)));
        }
        for (int at : paragraphs.subList(0, Math.min(2, paragraphs.size()))) {
            datelinePrefix(lines.get(at))
                    .ifPresent(prefix ->
                            dates.parseDateline(prefix, true).ifPresent(d -> found.add(new DateSource(at, prefix, d))));
        }
        return found.stream()
                .filter(d -> limit.allows(d.dateline().dateTime()))
                .min(Comparator.comparingInt(d -> switch (d.dateline().kind()) {
                    case PUBLISHED -> 0;
                    case UNMARKED -> 1;
                    case UPDATED -> 2;
                }))
                .orElse(null);
    }

    /** "नई दिल्ली, 4 सितम्बर 2018 (भाषा)। रक्षा मंत्री ..." → "नई दिल्ली, 4 सितम्बर 2018 (भाषा)". */
    private static Optional<String> datelinePrefix(String paragraph) {
        int end = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '।' || c == ':' || c == '—' || c == '–') {
                end = i;
                break;
            }
        }
        if (end <= 0) {
            return Optional.empty();
        }
        String prefix = paragraph.substring(0, end);
        return ChromeFilter.wordCount(prefix) <= DATELINE_PREFIX_MAX_WORDS ? Optional.of(prefix) : Optional.empty();
    }

    private static Optional<String> bylineAgency(List<String> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.CHROME && kinds.get(i) != LineKind.BLANK) {
                Optional<String> agency = SourceCredit.agencyInByline(lines.get(i));
                if (agency.isPresent()) {
                    return agency;
                }
            }
        }
        return Optional.empty();
    }

    private static String releaseId(List<String> lines, List<LineKind> kinds) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (kinds.get(i) == LineKind.METADATA) {
                Matcher m = RELEASE_ID.matcher(lines.get(i));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
