package dev.samachar.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.ingest.dates.Dateline;
import dev.samachar.ingest.dates.DatelineParser;
import dev.samachar.ingest.dates.PublicationDateLimit;
import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.ingest.files.UnreadableFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a .jsonl feed: one JSON object per line with {@code title} and {@code body}, optionally
 * {@code url}, {@code published}, {@code source}, {@code lang}. A bad line is reported with its
 * line number and the rest of the file is still read.
 */
public final class JsonLinesParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChromeFilter chrome = new ChromeFilter();
    private final DatelineParser dates;
    private final PublicationDateLimit limit;

    public JsonLinesParser(DatelineParser dates) {
        this(dates, PublicationDateLimit.systemClock());
    }

    public JsonLinesParser(DatelineParser dates, PublicationDateLimit limit) {
        this.dates = dates;
        this.limit = limit;
    }

    public ReadResult parse(Path file, String text) {
        List<Article> articles = new ArrayList<>();
        List<IngestFailure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            String origin = file + ":" + lineNumber;
            try {
                articles.add(article(file, lineNumber, JSON.readTree(line), warnings));
            } catch (JsonProcessingException e) {
                failures.add(new IngestFailure(origin, "parse", "invalid JSON: " + e.getOriginalMessage()));
            } catch (UnreadableFileException e) {
                failures.add(new IngestFailure(origin, "parse", e.getMessage()));
            }
        }
        if (articles.isEmpty() && failures.isEmpty()) {
            failures.add(new IngestFailure(file.toString(), "parse", "no JSON lines in file"));
        }
        return new ReadResult(articles, failures, warnings);
    }

    private Article article(Path file, int line, JsonNode node, List<String> warnings) throws UnreadableFileException {
        if (!node.isObject()) {
            throw new UnreadableFileException("line is not a JSON object");
        }
        String title = requiredText(node, "title");
        String body = withoutChrome(requiredText(node, "body"));
        if (body.isBlank()) {
            throw new UnreadableFileException("field 'body' has no article text after removing page chrome");
        }
        OffsetDateTime published = optionalText(node, "published")
                .flatMap(value -> {
                    Optional<OffsetDateTime> parsed = parseDate(value);
                    if (parsed.isEmpty()) {
                        warnings.add(file + ":" + line + ": 'published' value not understood, left empty: " + value);
                    } else if (!limit.allows(parsed.get())) {
                        warnings.add(
                                file + ":" + line + ": 'published' is later than tomorrow (IST), left empty: " + value);
                        return Optional.<OffsetDateTime>empty();
                    }
                    return parsed;
                })
                .orElse(null);
        String lang = optionalText(node, "lang")
                .map(l -> l.toLowerCase(Locale.ROOT))
                .filter(l -> l.equals("hi") || l.equals("en"))
                .orElseGet(() -> LanguageGuess.of(title + "\n" + body));
        return new Article(
                file,
                line,
                "jsonl",
                title,
                body,
                published,
                optionalText(node, "source").orElse(null),
                lang,
                null,
                optionalText(node, "url").orElse(null));
    }

    private Optional<OffsetDateTime> parseDate(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).withOffsetSameInstant(Dateline.IST));
        } catch (DateTimeParseException notOffsetDateTime) {
            try {
                return Optional.of(LocalDate.parse(value).atStartOfDay().atOffset(Dateline.IST));
            } catch (DateTimeParseException notDate) {
                return dates.parse(value).map(Dateline::dateTime);
            }
        }
    }

    private String withoutChrome(String body) {
        List<String> lines = ScrapedPageParser.lines(body);
        List<LineKind> kinds = chrome.classify(lines);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.TEXT) {
                if (!kept.isEmpty()) {
                    kept.append("\n\n");
                }
                kept.append(lines.get(i));
            }
        }
        return kept.toString();
    }

    private static String requiredText(JsonNode node, String field) throws UnreadableFileException {
        return optionalText(node, field)
                .orElseThrow(() -> new UnreadableFileException("missing or empty field '" + field + "'"));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Normalizer.normalize(value.asText().strip(), Normalizer.Form.NFC));
    }
}
