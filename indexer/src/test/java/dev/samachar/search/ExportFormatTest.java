package dev.samachar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode source() throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"file": "/data/pib, hi.txt", "title": "रक्षा मंत्री ने कहा \\"हम तैयार हैं\\"\\nदूसरी पंक्ति",
                 "published": "2021-04-09T10:00:00+05:30", "lang": "hi", "source": "PIB Delhi",
                 "countries": ["KZ", "IN"], "persons": ["Rajnath Singh"], "orgs": [], "url": "https://pib.gov.in/x?a=1,2"}
                """);
    }

    private static String write(ExportFormat format, String id, Double score, JsonNode source) throws IOException {
        StringWriter out = new StringWriter();
        format.writeStart(out);
        format.write(out, id, score, source);
        return out.toString();
    }

    /** Splits CSV text into rows of fields as RFC 4180 reads them, so quoting is checked by reading it back. */
    private static List<List<String>> readCsv(String text) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void csvHasAHeaderAndReadsBackFieldForField() throws IOException {
        List<List<String>> rows = readCsv(write(ExportFormat.CSV, "abc", 3.5, source()));
        assertEquals(2, rows.size());
        assertEquals(ExportFormat.COLUMNS, rows.get(0));
        List<String> row = rows.get(1);
        assertEquals(ExportFormat.COLUMNS.size(), row.size());
        assertEquals("abc", row.get(ExportFormat.COLUMNS.indexOf("id")));
        assertEquals("/data/pib, hi.txt", row.get(ExportFormat.COLUMNS.indexOf("file")));
        assertEquals(
                "रक्षा मंत्री ने कहा \"हम तैयार हैं\"\nदूसरी पंक्ति", row.get(ExportFormat.COLUMNS.indexOf("title")));
        assertEquals("KZ; IN", row.get(ExportFormat.COLUMNS.indexOf("countries")));
        assertEquals("", row.get(ExportFormat.COLUMNS.indexOf("orgs")));
        assertEquals("", row.get(ExportFormat.COLUMNS.indexOf("events")));
        assertEquals("https://pib.gov.in/x?a=1,2", row.get(ExportFormat.COLUMNS.indexOf("url")));
        assertEquals("3.5", row.get(ExportFormat.COLUMNS.indexOf("score")));
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertEquals("plain", ExportFormat.csvField("plain"));
        assertEquals("\"a,b\"", ExportFormat.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ExportFormat.csvField("say \"hi\""));
        assertEquals("\" padded\"", ExportFormat.csvField(" padded"));
        assertEquals("\"two\r\nlines\"", ExportFormat.csvField("two\r\nlines"));
        assertEquals("", ExportFormat.csvField(null));
    }

    @Test
    void jsonLinesHaveEveryColumnWithListsAsArraysAndMissingAsNull() throws IOException {
        String text = write(ExportFormat.JSONL, "abc", null, source());
        assertTrue(text.endsWith("\n"));
        assertEquals(1, text.split("\n").length, "one hit is one line, even with a line break in its title");
        JsonNode line = JSON.readTree(text);
        assertEquals(ExportFormat.COLUMNS, iterable(line.fieldNames()));
        assertEquals("abc", line.get("id").asText());
        assertEquals(source().get("title").asText(), line.get("title").asText());
        assertEquals(
                List.of("KZ", "IN"),
                List.of(
                        line.get("countries").get(0).asText(),
                        line.get("countries").get(1).asText()));
        assertTrue(line.get("events").isArray() && line.get("events").isEmpty());
        assertTrue(line.get("release_id").isNull());
        assertTrue(line.get("score").isNull());
    }

    @Test
    void formatNamesAreCsvOrJsonl() {
        assertEquals(ExportFormat.CSV, ExportFormat.of("CSV"));
        assertEquals(ExportFormat.JSONL, ExportFormat.of("jsonl"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("xlsx"));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
