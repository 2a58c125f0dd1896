package dev.samachar.benchmarks.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.ingest.dates.DatelineParser;
import dev.samachar.ingest.files.TextDecoder;
import dev.samachar.ingest.files.UnreadableFileException;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.ingest.parse.ReadResult;
import dev.samachar.ingest.parse.ScrapedPageParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads every page of realnews-dev with the real {@link ArticleReader} and compares what it made with
 * {@code truth.jsonl}: failed pages, titles (strong, weak and headline-less pages apart) and publication
 * dates with the page line each was read from.
 *
 * <p>Rules, as the report prints them:
 * <ul>
 *   <li>a title is right when it equals the truth's headline after collapsing Unicode whitespace and NFC.
 *       Where the truth has no headline, or a live-blog time stamp as one (a weak "headline" the corpus's
 *       cut took for one), it is right when it is the page's first (next) line, or that line's opening
 *       words with the whole line kept in the body;</li>
 *   <li>a date comes from the page head when the parser read it from one of the page's first
 *       {@value #HEAD_LINES} non-blank lines, from the whole line (a dateline or metadata line) or from
 *       the dateline that opens it. The line is the one {@link ScrapedPageParser#parseTraced} recorded;
 *       the report checks that it gives the same date as the reader's article;</li>
 *   <li>a date later than tomorrow in IST is counted apart (it can never be a publication date).</li>
 * </ul>
 */
public final class RealNewsIngest {

    /** Headline, a section label or dateline, a metadata line, a standfirst: the head of any layout we read. */
    static final int HEAD_LINES = 5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)([a-z]{3}, )?([a-z]{3} \\d{1,2}, \\d{4}, )?\\d{1,2}:\\d{2} (am|pm)(, \\d{2}-[a-z]{3}-\\d{4}| ist)");

    public enum Strength {
        STRONG,
        WEAK,
        NONE
    }

    /** One page: what the truth says and what the reader made of it. */
    public record PageResult(
            String path,
            Strength strength,
            String expected,
            String title,
            String failure,
            List<String> warnings,
            String published,
            String dateText,
            Integer dateLine,
            boolean dateInHead,
            boolean dateInFuture,
            boolean titleRight) {}

    public record Figures(List<PageResult> pages, LocalDate today) {

        public long count(Strength s) {
            return pages.stream().filter(p -> p.strength() == s).count();
        }

        public long right(Strength s) {
            return pages.stream()
                    .filter(p -> p.strength() == s && p.titleRight())
                    .count();
        }

        public List<PageResult> failed() {
            return pages.stream().filter(p -> p.failure() != null).toList();
        }

        public List<PageResult> warned() {
            return pages.stream().filter(p -> !p.warnings().isEmpty()).toList();
        }

        public List<PageResult> dated() {
            return pages.stream().filter(p -> p.published() != null).toList();
        }

        public List<PageResult> datesNotFromHead() {
            return dated().stream().filter(p -> !p.dateInHead()).toList();
        }

        public List<PageResult> futureDates() {
            return dated().stream().filter(PageResult::dateInFuture).toList();
        }

        /** Right titles over all pages with a headline (strong and weak). */
        public double headlineShare() {
            long n = count(Strength.STRONG) + count(Strength.WEAK);
            return n == 0 ? 1 : (double) (right(Strength.STRONG) + right(Strength.WEAK)) / n;
        }
    }

    private RealNewsIngest() {}

    public static Figures measure(Path corpus, Clock clock) throws IOException {
        ArticleReader reader = new ArticleReader();
        ScrapedPageParser tracer = new ScrapedPageParser(new DatelineParser());
        LocalDate today = LocalDate.now(clock.withZone(IST));
        List<PageResult> results = new ArrayList<>();
        for (String row : Files.readAllLines(corpus.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            if (row.isBlank()) {
                continue;
            }
            JsonNode truth = JSON.readTree(row);
            String path = truth.get("path").asText();
            JsonNode headline = truth.get("headline");
            String expected = headline == null || headline.isNull() ? null : headline.asText();
            Strength strength = expected == null
                    ? Strength.NONE
                    : "strong".equals(truth.path("headline_strength").asText()) ? Strength.STRONG : Strength.WEAK;
            Path file = corpus.resolve(path);
            results.add(page(reader, tracer, file, path, strength, expected, today));
        }
        return new Figures(results, today);
    }

    private static PageResult page(
            ArticleReader reader,
            ScrapedPageParser tracer,
            Path file,
            String path,
            Strength strength,
            String expected,
            LocalDate today)
            throws IOException {
        ReadResult read = reader.read(file);
        if (!read.failures().isEmpty() || read.articles().size() != 1) {
            String reason = read.failures().isEmpty()
                    ? read.articles().size() + " articles from one page"
                    : read.failures().get(0).reason();
            return new PageResult(
                    path, strength, expected, null, reason, read.warnings(), null, null, null, false, false, false);
        }
        Article article = read.articles().get(0);
        String text;
        ScrapedPageParser.Parsed traced;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file)).text();
            traced = tracer.parseTraced(file, text);
        } catch (UnreadableFileException e) {
            throw new IllegalStateException(path + ": the reader read it, the tracer did not: " + e.getMessage(), e);
        }
        boolean right = expected == null
                ? opensPage(text, article, 0)
                : isStamp(expected) ? opensPage(text, article, 1) : same(expected, article.title());
        String published = article.publishedIso();
        String dateText = null;
        Integer dateLine = null;
        boolean inHead = false;
        boolean future = false;
        if (article.published() != null) {
            ScrapedPageParser.DateSource source = traced.dateSource();
            if (source == null || !source.dateline().dateTime().equals(article.published())) {
                throw new IllegalStateException(path + ": the traced parse dated the page differently");
            }
            dateText = source.text();
            dateLine = source.line();
            inHead = inHead(text, source);
            future = article.published().toLocalDate().isAfter(today.plusDays(1));
        }
        return new PageResult(
                path,
                strength,
                expected,
                article.title(),
                null,
                read.warnings(),
                published,
                dateText,
                dateLine,
                inHead,
                future,
                right);
    }

    /** The recorded line is among the first non-blank lines, and the date text is that line or opens it. */
    static boolean inHead(String text, ScrapedPageParser.DateSource source) {
        List<String> lines = text.lines().toList();
        if (source.line() < 0 || source.line() >= lines.size()) {
            return false;
        }
        int nonBlankBefore = 0;
        for (int i = 0; i < source.line(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlankBefore++;
            }
        }
        String line = collapse(lines.get(source.line()));
        return nonBlankBefore < HEAD_LINES && line.startsWith(collapse(source.text()));
    }

    /**
     * A page without a headline, or whose first line is a time stamp: the title is the page's opening
     * line (the first non-blank line after {@code skip} of them) or its opening words, and no words are
     * lost: a title cut short ("…") leaves the whole line in the body.
     */
    static boolean opensPage(String text, Article article, int skip) {
        String first = text.lines()
                .filter(l -> !l.isBlank())
                .skip(skip)
                .findFirst()
                .map(RealNewsIngest::collapse)
                .orElse("");
        String title = collapse(article.title());
        if (title.equals(first)) {
            return true;
        }
        if (title.endsWith("…")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return !title.isEmpty()
                && first.startsWith(title)
                && collapse(article.body()).startsWith(first);
    }

    /** "11:36 AM, 29-MAR-2020", "Mon, Mar 9, 2020, 9:01 AM IST": a live blog's stamp, which the cut took for a headline. */
    static boolean isStamp(String headline) {
        return STAMP.matcher(collapse(headline)).matches();
    }

    static boolean same(String a, String b) {
        return b != null && collapse(a).equals(collapse(b));
    }

    static String collapse(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("(?U)\\s+", " ")
                .strip();
    }
}
