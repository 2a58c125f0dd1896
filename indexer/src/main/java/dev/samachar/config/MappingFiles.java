package dev.samachar.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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

    /** Receives one data line of a mappings file and its number in the file (from 1), for error messages. */
    @FunctionalInterface
    public interface DataLine {
        void accept(int number, String line) throws IOException;
    }

    private MappingFiles() {}

    /**
     * Every line of a mappings file that carries data, in order: blank lines and {@code #} comments are
     * the files' own convention for notes and spacing, and are skipped here so no reader has to.
     */
    public static void forEachDataLine(Reader reader, DataLine handler) throws IOException {
        BufferedReader in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                handler.accept(number, line);
            }
        }
    }

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
