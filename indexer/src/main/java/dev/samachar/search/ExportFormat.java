package dev.samachar.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.schema.ArticleField;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How exported hits are written: CSV (RFC 4180 quoting, one header row, lists joined with "; ") or
 * JSON Lines (one object per hit, lists as arrays). Both carry the same {@link #COLUMNS}, in UTF-8.
 */
public enum ExportFormat {
    CSV("text/csv"),
    JSONL("application/x-ndjson");

    /** The document's fields exported between the id and the score, in order; docs/export.md describes each. */
    private static final List<ArticleField> EXPORTED = List.of(
            ArticleField.FILE,
            ArticleField.LINE,
            ArticleField.TITLE,
            ArticleField.PUBLISHED,
            ArticleField.LANG,
            ArticleField.SOURCE,
            ArticleField.COUNTRIES,
            ArticleField.PERSONS,
            ArticleField.ORGS,
            ArticleField.EVENTS,
            ArticleField.RELATED,
            ArticleField.RELEASE_ID,
            ArticleField.URL);

    private static final String ID = "id", SCORE = "score";

    /** The exported columns, in order. */
    public static final List<String> COLUMNS = columns();

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** csv or jsonl, in any case. */
    public static ExportFormat of(String name) {
        for (ExportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("--format must be csv or jsonl, not " + name);
    }

    /** What comes before the first hit: CSV's header row; nothing for JSON Lines. */
    public void writeStart(Writer out) throws IOException {
        if (this == CSV) {
            out.write(String.join(",", COLUMNS));
            out.write("\r\n");
        }
    }

    /**
     * One hit.
     *
     * @param source the stored document (fields missing from it are empty)
     * @param score  its relevance, or null when the order was not by relevance
     */
    public void write(Writer out, String id, Double score, JsonNode source) throws IOException {
        if (this == CSV) {
            writeCsv(out, id, score, source);
        } else {
            writeJsonLine(out, id, score, source);
        }
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(ID);
        EXPORTED.forEach(field -> columns.add(field.fieldName()));
        columns.add(SCORE);
        return List.copyOf(columns);
    }

    private static void writeCsv(Writer out, String id, Double score, JsonNode source) throws IOException {
        out.write(csvField(id));
        for (ArticleField field : EXPORTED) {
            out.write(',');
            out.write(csvField(field.isList() ? joined(field.in(source)) : scalar(source.get(field.fieldName()))));
        }
        out.write(',');
        out.write(csvField(score == null ? "" : score.toString()));
        out.write("\r\n");
    }

    private static void writeJsonLine(Writer out, String id, Double score, JsonNode source) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put(ID, id);
        for (ArticleField field : EXPORTED) {
            JsonNode value = source.get(field.fieldName());
            if (field.isList()) {
                line.set(field.fieldName(), value != null && value.isArray() ? value : JSON.createArrayNode());
            } else {
                line.set(field.fieldName(), value == null ? JSON.nullNode() : value);
            }
        }
        line.put(SCORE, score);
        JSON.writeValue(out, line);
        out.write('\n');
    }

    private static String scalar(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String joined(JsonNode values) {
        StringBuilder joined = new StringBuilder();
        for (JsonNode value : values) {
            if (!joined.isEmpty()) {
                joined.append("; ");
            }
            joined.append(value.asText());
        }
        return joined.toString();
    }

    /** Quoted when it holds a comma, quote, line break or edge whitespace; quotes doubled (RFC 4180). */
    static String csvField(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = !value.strip().equals(value);
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
