package dev.samachar.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * How exported hits are written: CSV (RFC 4180 quoting, one header row, lists joined with "; ") or
 * JSON Lines (one object per hit, lists as arrays). Both carry the same {@link #COLUMNS}, in UTF-8.
 */
public enum ExportFormat {
    CSV("text/csv"),
    JSONL("application/x-ndjson");

    /** The exported fields, in order; docs/export.md describes each. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "file",
            "line",
            "title",
            "published",
            "lang",
            "source",
            "countries",
            "persons",
            "orgs",
            "events",
            "related",
            "release_id",
            "url",
            "score");

    private static final List<String> LISTS = List.of("countries", "persons", "orgs", "events", "related");
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

    private static void writeCsv(Writer out, String id, Double score, JsonNode source) throws IOException {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String column = COLUMNS.get(i);
            out.write(csvField(
                    switch (column) {
                        case "id" -> id;
                        case "score" -> score == null ? "" : score.toString();
                        default -> LISTS.contains(column) ? joined(source.path(column)) : scalar(source.get(column));
                    }));
        }
        out.write("\r\n");
    }

    private static void writeJsonLine(Writer out, String id, Double score, JsonNode source) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        for (String column : COLUMNS) {
            switch (column) {
                case "id" -> line.put("id", id);
                case "score" -> line.put("score", score);
                default -> {
                    JsonNode value = source.get(column);
                    if (LISTS.contains(column)) {
                        line.set(column, value != null && value.isArray() ? value : JSON.createArrayNode());
                    } else {
                        line.set(column, value == null ? JSON.nullNode() : value);
                    }
                }
            }
        }
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
