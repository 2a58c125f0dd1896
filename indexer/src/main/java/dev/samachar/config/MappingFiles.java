package dev.samachar.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The data files of the repository's mappings/ folder, as the build copies them into the jar
 * under {@value #PREFIX}: one way to open them, and one message when the build left one out.
 */
public final class MappingFiles {

    public static final String PREFIX = "samachar/mappings/";

    /** Parses an open stream; I/O errors become unchecked (a file in the jar cannot be half there). */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    private MappingFiles() {}

    /** @param name path below mappings/, e.g. "gazetteer.tsv" */
    public static <T> T read(String name, Parser<T> parser) {
        return readIfPresent(name, parser)
                .orElseThrow(() -> new IllegalStateException(
                        "mappings/" + name + " is missing from the build (classpath " + PREFIX + name + ")"));
    }

    /** For optional data, such as synonyms nobody has accepted yet. */
    public static <T> Optional<T> readIfPresent(String name, Parser<T> parser) {
        try (InputStream in = MappingFiles.class.getClassLoader().getResourceAsStream(PREFIX + name)) {
            return in == null ? Optional.empty() : Optional.of(parser.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mappings/" + name, e);
        }
    }
}
