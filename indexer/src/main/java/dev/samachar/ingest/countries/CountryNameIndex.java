package dev.samachar.ingest.countries;

import dev.samachar.analysis.PhraseMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the CLDR names and the rows of countries.tsv into one table: which country each
 * dictionary key (see {@link PhraseMatcher#key}) stands for, and every spelling of each country.
 *
 * <p>Precedence, weakest first:
 * <ol>
 *   <li>CLDR names. A key that CLDR gives to two countries is dropped as ambiguous ("Congo" from
 *       "Congo (DRC)" and "Congo (Republic)").</li>
 *   <li>Names and demonyms from the file. They override CLDR, since a person chose them; the file
 *       giving one key to two countries is an error.</li>
 *   <li>Exclusions from the file. Their keys stand for no country, whatever CLDR says (Hindi
 *       "माली" is Mali but also "gardener"); an exclusion equal to a name in the file is an error.</li>
 * </ol>
 */
final class CountryNameIndex {

    /** The value of keys that stand for no country. */
    static final String BLOCKED = CountryNamesFile.NO_CODE;

    private static final String AMBIGUOUS = "?";

    private final Map<String, String> ownerByKey = new HashMap<>();
    private final Map<String, Set<String>> spellingsByCode = new LinkedHashMap<>();
    private final List<String> blockingPhrases = new ArrayList<>();
    private final Set<String> demonymKeys = new HashSet<>();

    CountryNameIndex(Map<String, List<String>> cldr, List<CountryNamesFile.Row> rows) {
        cldr.forEach((code, names) -> names.forEach(n -> addCldr(code, n)));
        Set<String> fileKeys = new LinkedHashSet<>();
        for (CountryNamesFile.Row row : rows) {
            if (row.kind() != CountryNamesFile.Kind.EXCLUDE) {
                if (!cldr.containsKey(row.code())) {
                    throw new IllegalStateException("line " + row.line() + ": no such country " + row.code());
                }
                row.spellings().forEach(s -> addFileName(row, s, fileKeys));
            }
        }
        for (CountryNamesFile.Row row : rows) {
            if (row.kind() == CountryNamesFile.Kind.EXCLUDE) {
                row.spellings().forEach(s -> addExclusion(row, s, fileKeys));
            }
        }
    }

    private void addCldr(String code, String name) {
        for (String spelling : LatinNameVariants.of(name)) {
            String key = PhraseMatcher.key(spelling);
            String owner = ownerByKey.get(key);
            ownerByKey.put(key, owner == null || owner.equals(code) ? code : AMBIGUOUS);
            spellingsByCode.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(spelling);
        }
    }

    private void addFileName(CountryNamesFile.Row row, String name, Set<String> fileKeys) {
        for (String spelling : LatinNameVariants.of(name)) {
            String key = PhraseMatcher.key(spelling);
            String owner = ownerByKey.get(key);
            if (fileKeys.contains(key) && !row.code().equals(owner)) {
                throw new IllegalStateException(
                        "line " + row.line() + ": '" + spelling + "' is already a name of " + owner);
            }
            fileKeys.add(key);
            if (row.kind() == CountryNamesFile.Kind.DEMONYM) {
                demonymKeys.add(key);
            }
            ownerByKey.put(key, row.code());
            spellingsByCode
                    .computeIfAbsent(row.code(), c -> new LinkedHashSet<>())
                    .add(spelling);
        }
    }

    private void addExclusion(CountryNamesFile.Row row, String phrase, Set<String> fileKeys) {
        String key = PhraseMatcher.key(phrase);
        if (fileKeys.contains(key)) {
            throw new IllegalStateException(
                    "line " + row.line() + ": '" + phrase + "' is excluded and also a name of " + ownerByKey.get(key));
        }
        ownerByKey.put(key, BLOCKED);
        blockingPhrases.add(phrase);
    }

    /** The country a spelling stands for, if it still stands for one after the merge. */
    private boolean owns(String code, String spelling) {
        return code.equals(ownerByKey.get(PhraseMatcher.key(spelling)));
    }

    /** Every spelling that still stands for its country, CLDR first, in file order after. */
    Map<String, List<String>> spellingsByCode() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        spellingsByCode.forEach((code, spellings) ->
                out.put(code, spellings.stream().filter(s -> owns(code, s)).toList()));
        return out;
    }

    /** Keys of the demonyms of the file ("Indian", भारतीय): adjectives, which a longer proper name may contain. */
    Set<String> demonymKeys() {
        return Set.copyOf(demonymKeys);
    }

    /** Phrases whose only job is to shadow a name: matches of them mean no country. */
    List<String> blockingPhrases() {
        return List.copyOf(blockingPhrases);
    }
}
