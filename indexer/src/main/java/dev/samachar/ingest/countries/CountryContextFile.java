package dev.samachar.ingest.countries;

import dev.samachar.analysis.LookupFold;
import dev.samachar.config.MappingFiles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads mappings/country-context.tsv: the words around a country name that {@link CountryContext}
 * looks at. The file's header comment explains the kinds; this class checks the shape and folds
 * every spelling to its {@link LookupFold} key.
 */
final class CountryContextFile {

    static final String NAME = "country-context.tsv";
    static final String RESOURCE = MappingFiles.PREFIX + NAME;

    enum Kind {
        ORGAN,
        ORG_HEAD,
        PARTICLE,
        LOAN
    }

    /** The folded keys of each kind. */
    record Words(Map<Kind, Set<String>> keys) {
        boolean is(Kind kind, String token) {
            return keys.get(kind).contains(LookupFold.fold(token));
        }
    }

    private CountryContextFile() {}

    static Words readResource() {
        return MappingFiles.read(NAME, in -> read(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    static Words read(Reader reader) throws IOException {
        Map<Kind, Set<String>> keys = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            keys.put(k, new HashSet<>());
        }
        MappingFiles.forEachDataLine(reader, (n, line) -> {
            String[] cols = line.split("\t", -1);
            if (cols.length != 2) {
                throw bad(n, "expected 2 tab-separated columns, got " + cols.length);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(cols[0].trim().replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(n, "unknown kind '" + cols[0] + "'");
            }
            for (String spelling : cols[1].split("\\|")) {
                String s = spelling.strip();
                if (s.isEmpty() || s.contains(" ")) {
                    throw bad(n, "a spelling must be one word: '" + s + "'");
                }
                keys.get(kind).add(LookupFold.fold(s));
            }
        });
        keys.replaceAll((k, v) -> Set.copyOf(v));
        return new Words(keys);
    }

    private static IllegalStateException bad(int line, String why) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + why);
    }
}
