package dev.samachar.ingest.entities;

import dev.samachar.config.MappingFiles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads mappings/gazetteer.tsv into entries, title groups and blocking phrases. The file's header
 * comment explains the columns; this class checks their shape, so that a typo in the data fails
 * the build with its line number instead of silently matching nothing (a Hindi spelling pasted
 * into the Latin column, a titled form naming a group that does not exist).
 */
final class GazetteerFile {

    static final String NAME = "gazetteer.tsv";
    static final String RESOURCE = MappingFiles.PREFIX + NAME;

    /** Columns; trailing empty ones may be missing, since editors strip trailing tabs. */
    private static final int COLUMNS = 9;

    private static final int MIN_COLUMNS = 5;

    /** What the file holds. {@code titles} maps each title group to its phrases. */
    record Contents(List<GazetteerEntry> entries, Map<String, List<String>> titles, List<String> blocks) {}

    private GazetteerFile() {}

    static Contents readResource() {
        return MappingFiles.read(NAME, in -> read(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    static Contents read(Reader reader) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        Map<String, List<String>> titles = new LinkedHashMap<>();
        List<String> blocks = new ArrayList<>();
        Map<GazetteerEntry, Integer> lineOf = new LinkedHashMap<>();
        Set<String> canonicals = new HashSet<>();
        MappingFiles.forEachDataLine(reader, (n, line) -> {
            String[] cols = columns(n, line);
            String kind = cols[1];
            List<String> latin = values(cols[4]);
            List<String> hindi = values(cols[5]);
            checkScripts(n, latin, hindi);
            switch (kind) {
                case "title" -> {
                    if (!cols[0].matches("[a-z]+")) {
                        throw bad(n, "a title row's first column is its group, a lower-case word: '" + cols[0] + "'");
                    }
                    requireEmpty(n, cols, 6, "title");
                    titles.computeIfAbsent(cols[0], g -> new ArrayList<>()).addAll(concat(latin, hindi));
                }
                case "block" -> {
                    if (!cols[0].equals("-")) {
                        throw bad(n, "a block row's first column is '-'");
                    }
                    requireEmpty(n, cols, 6, "block");
                    blocks.addAll(concat(latin, hindi));
                }
                default -> {
                    GazetteerEntry e = entry(n, cols, latin, hindi);
                    if (!canonicals.add(e.canonical())) {
                        throw bad(n, "canonical name '" + e.canonical() + "' is used twice");
                    }
                    entries.add(e);
                    lineOf.put(e, n);
                }
            }
        });
        for (GazetteerEntry e : entries) {
            if (e.titleGroup() != null && !titles.containsKey(e.titleGroup())) {
                throw bad(lineOf.get(e), "no title rows for group '" + e.titleGroup() + "'");
            }
        }
        titles.replaceAll((g, phrases) -> List.copyOf(phrases));
        return new Contents(List.copyOf(entries), Map.copyOf(titles), List.copyOf(blocks));
    }

    private static String[] columns(int n, String line) {
        String[] raw = line.split("\t", -1);
        if (raw.length < MIN_COLUMNS || raw.length > COLUMNS) {
            throw bad(n, "expected " + COLUMNS + " tab-separated columns, got " + raw.length);
        }
        String[] cols = Arrays.copyOf(raw, COLUMNS);
        for (int i = 0; i < COLUMNS; i++) {
            cols[i] = cols[i] == null ? "" : cols[i].strip();
        }
        return cols;
    }

    private static GazetteerEntry entry(int n, String[] cols, List<String> latin, List<String> hindi) {
        EntityType type = EntityType.ofCell(cols[1]);
        if (type == null) {
            throw bad(n, "unknown type '" + cols[1] + "' (person, org, event, title or block)");
        }
        if (cols[0].isEmpty() || cols[0].equals("-")) {
            throw bad(n, "no canonical name");
        }
        String country = cols[2].isEmpty() ? null : cols[2];
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw bad(n, "not an alpha-2 country code: '" + country + "'");
        }
        List<String> acronyms = values(cols[6]);
        for (String a : acronyms) {
            if (Scripts.isLatin(a) && !Character.isUpperCase(a.codePointAt(0))) {
                throw bad(n, "a Latin acronym starts with a capital: '" + a + "'");
            }
        }
        if (latin.isEmpty() && hindi.isEmpty() && acronyms.isEmpty()) {
            throw bad(n, "no spellings");
        }
        String group = null;
        List<String> titled = List.of();
        if (!cols[8].isEmpty()) {
            int colon = cols[8].indexOf(':');
            if (colon < 0) {
                throw bad(n, "titled forms are written 'group: form | form'");
            }
            group = cols[8].substring(0, colon).strip();
            titled = values(cols[8].substring(colon + 1));
            if (titled.isEmpty()) {
                throw bad(n, "titled group '" + group + "' without forms");
            }
        }
        return new GazetteerEntry(
                cols[0], type, country, cols[3], latin, hindi, acronyms, values(cols[7]), group, titled);
    }

    private static void checkScripts(int n, List<String> latin, List<String> hindi) {
        for (String s : latin) {
            if (!Scripts.isLatin(s) || Scripts.hasDevanagari(s)) {
                throw bad(n, "not a Latin-script spelling in the latin column: '" + s + "'");
            }
        }
        for (String s : hindi) {
            if (!Scripts.hasDevanagari(s) || Scripts.isLatin(s)) {
                throw bad(n, "not a Devanagari spelling in the hindi column: '" + s + "'");
            }
        }
    }

    private static void requireEmpty(int n, String[] cols, int from, String kind) {
        for (int i = from; i < COLUMNS; i++) {
            if (!cols[i].isEmpty()) {
                throw bad(n, kind + " rows use only the latin and hindi columns, column " + (i + 1) + " is not empty");
            }
        }
    }

    private static List<String> values(String cell) {
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static IllegalStateException bad(int line, String why) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + why);
    }
}
