package dev.samachar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;

/** The one JSON writer for `--json` output, so every command prints the same style. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINES = new ObjectMapper();

    private Json() {}

    static void print(PrintStream out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON output", e);
        }
    }

    /** One object on one line: for output that goes on as a stream of records (`index --watch --json`). */
    static void printLine(PrintStream out, Object value) {
        try {
            out.println(LINES.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON output", e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
