package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written table romanisation.tsv: both romanisations and both loose forms of each word. */
class RomanisationTableTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    static List<String[]> table() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = RomanisationTableTest.class.getResourceAsStream("romanisation.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(6, f.length, "six columns: " + line);
                f[0] = unescape(f[0]);
                rows.add(f);
            }
        }
        return rows;
    }

    static Stream<Arguments> rows() throws IOException {
        return table().stream().map(f -> Arguments.of(f[5], f[0], f[1], f[2], f[3], f[4]));
    }

    private static final Romaniser ROMANISER = new Romaniser();

    @ParameterizedTest(name = "{0}: {1} -> {2} / {3}")
    @MethodSource("rows")
    void romanisesAndLoosens(
            String rule,
            String input,
            String withDeletion,
            String withoutDeletion,
            String looseWith,
            String looseWithout) {
        Romanisation r = ROMANISER.romanise(input);
        assertEquals(withDeletion, r.withSchwaDeletion(), rule + ": with schwa deletion");
        assertEquals(withoutDeletion, r.withoutSchwaDeletion(), rule + ": without schwa deletion");
        assertEquals(looseWith, LooseLatin.normalize(r.withSchwaDeletion()), rule + ": loose, with deletion");
        assertEquals(looseWithout, LooseLatin.normalize(r.withoutSchwaDeletion()), rule + ": loose, without deletion");
    }

    @Test
    void tableHasAtLeastOneHundredRows() throws IOException {
        assertTrue(table().size() >= 100, "rows: " + table().size());
    }

    private static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
