package dev.samachar.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
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
    /** Lines this short before the title are section labels or the issuing ministry, not text. */
    private static final int LABEL_MAX_WORDS = 4;
    /** A dateline prefix such as "नई दिल्ली, 4 सितम्बर 2018 (भाषा)।" is at most this many words. */
    private static final int DATELINE_PREFIX_MAX_WORDS = 8;

    /** A lone line longer than this is an untitled article's text, not a title without a body. */
    private static final int UNTITLED_MIN_WORDS = 20;
    private static final int UNTITLED_TITLE_WORDS = 12;

    private final ChromeFilter chrome = new ChromeFilter();
    private final DatelineParser dates;

    public ScrapedPageParser(DatelineParser dates) {
        this.dates = dates;
    }

    /**
     * Where a page's publication date was read: the page line (0-based, of {@link #lines}) and the
     * text given to the dateline parser, the whole line or the dateline that opens it.
     */
    public record DateSource(int line, String text, Dateline dateline) {
    }

    /** An article and where its date came from (null when it has none). */
    public record Parsed(Article article, DateSource dateSource) {
    }

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
        List<String> below = bodyParagraphs(lines, kinds, words, title);
        String titleText = lines.get(title).strip();
        boolean untitled = below.isEmpty() && words[title] > UNTITLED_MIN_WORDS;
        // No title line, just prose: the opening words stand in as the title, the prose is the body.
        List<String> paragraphs = untitled ? List.of(titleText) : below;
        if (untitled) {
            titleText = openingWords(titleText);
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableFileException("page has a title but no article text");
        }
        String body = String.join("\n\n", paragraphs);
        String source = postedOn >= 0 ? SourceCredit.pibOffice(lines.get(postedOn)).orElse(null) : null;
        if (source == null) {
            source = bylineAgency(lines, kinds).or(() -> paragraphs.stream().limit(3)
                    .map(SourceCredit::agencyInDateline).flatMap(Optional::stream).findFirst()).orElse(null);
        }
        DateSource date = publicationDate(lines, kinds, words, paragraphs);
        return new Parsed(new Article(file, 0, "text", titleText, body,
                date == null ? null : date.dateline().dateTime(),
                source, LanguageGuess.of(titleText, body), releaseId(lines, kinds), null), date);
    }

    private static String openingWords(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= UNTITLED_TITLE_WORDS) {
            return text;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, UNTITLED_TITLE_WORDS)) + " …";
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
            if (kinds.get(i) == LineKind.METADATA && pattern.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** PIB puts the title right above "Posted On"; elsewhere it is the first line of real words. */
    private static int titleLine(List<String> lines, List<LineKind> kinds, int[] words, int postedOn) {
        if (postedOn > 0) {
            for (int i = postedOn - 1; i >= 0; i--) {
                if (kinds.get(i) == LineKind.TEXT) {
                    return i;
                }
            }
        }
        int fallback = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.TEXT) {
                continue;
            }
            if (words[i] > LABEL_MAX_WORDS - 1) {
                return i;
            }
            if (fallback < 0) {
                fallback = i;
            }
        }
        return fallback;
    }

    /**
     * Text lines after the title, without repeats (pages often print the title and summary twice)
     * and without the short header labels and bare place datelines that precede the first paragraph.
     */
    private static List<String> bodyParagraphs(List<String> lines, List<LineKind> kinds, int[] words, int title) {
        Set<String> seen = new HashSet<>();
        seen.add(lines.get(title).strip());
        List<String> paragraphs = new ArrayList<>();
        boolean proseStarted = false;
        for (int i = title + 1; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.TEXT) {
                continue;
            }
            String line = lines.get(i);
            boolean label = words[i] <= LABEL_MAX_WORDS - 1 && !ChromeFilter.isProse(line, words[i]);
            if (!proseStarted && label) {
                continue;
            }
            proseStarted = true;
            if (seen.add(line)) {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }

    /**
     * The date the page says it was published. Only datelines are read (metadata lines, short
     * header lines, the dateline that opens the first paragraphs), never dates in the prose.
     * Preference: an explicit publish marker, then an unmarked dateline, then "updated".
     */
    private DateSource publicationDate(List<String> lines, List<LineKind> kinds, int[] words, List<String> paragraphs) {
        List<DateSource> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean candidate = kinds.get(i) == LineKind.METADATA
                    || (kinds.get(i) == LineKind.TEXT && words[i] <= DATELINE_PREFIX_MAX_WORDS + 4
                    && !ChromeFilter.isProse(line, words[i]));
            if (candidate) {
                int at = i;
                dates.parse(line).ifPresent(d -> found.add(new DateSource(at, line, d)));
            }
        }
        for (String paragraph : paragraphs.subList(0, Math.min(2, paragraphs.size()))) {
            int at = lines.indexOf(paragraph);
            datelinePrefix(paragraph).ifPresent(prefix ->
                    dates.parse(prefix).ifPresent(d -> found.add(new DateSource(at, prefix, d))));
        }
        return found.stream()
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
