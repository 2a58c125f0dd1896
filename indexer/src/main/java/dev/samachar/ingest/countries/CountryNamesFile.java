package dev.samachar.ingest.countries;

import dev.samachar.config.MappingFiles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads mappings/countries.tsv: the spellings CLDR lacks and the phrases that must not yield a
 * country. The file's header comment explains the columns; this class only checks its shape.
 */
final class CountryNamesFile {

    static final String NAME = "countries.tsv";
    static final String RESOURCE = MappingFiles.PREFIX + NAME;

    /** Code on the rows of kind {@link Kind#EXCLUDE}. */
    static final String NO_CODE = "-";

    enum Kind {
        NAME,
        DEMONYM,
        EXCLUDE
    }

    /** One row: a code (or {@link #NO_CODE}), its kind and its spellings. */
    record Row(int line, String code, Kind kind, List<String> spellings) {}

    private CountryNamesFile() {}

    static List<Row> readResource() {
        return MappingFiles.read(NAME, in -> read(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    static List<Row> read(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        MappingFiles.forEachDataLine(reader, (n, line) -> {
            rows.add(parse(n, line));
        });
        return rows;
    }

    private static Row parse(int n, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 3) {
            throw bad(n, "expected 3 tab-separated columns, got " + cols.length);
        }
        String code = cols[0].trim();
        Kind kind;
        try {
            kind = Kind.valueOf(cols[1].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(n, "unknown kind '" + cols[1] + "'");
        }
        if ((kind == Kind.EXCLUDE) != code.equals(NO_CODE)) {
            throw bad(n, "exclude rows, and only they, have code '-'");
        }
        if (kind != Kind.EXCLUDE && !code.matches("[A-Z]{2}")) {
            throw bad(n, "not an alpha-2 code: '" + code + "'");
        }
        List<String> spellings = Arrays.stream(cols[2].split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (spellings.isEmpty()) {
            throw bad(n, "no spellings");
        }
        return new Row(n, code, kind, spellings);
    }

    private static IllegalStateException bad(int line, String why) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + why);
    }
}
