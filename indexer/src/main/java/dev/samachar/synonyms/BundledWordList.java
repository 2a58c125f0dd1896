package dev.samachar.synonyms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** A word list the build bundles beside the synonym miner: one word a line, {@code #} comments, gzipped if it ends in .gz. */
final class BundledWordList {

    private BundledWordList() {}

    /**
     * @param resource the file name, beside this class
     * @param writtenBy the script that makes it, named in the error when the build left it out
     */
    static Set<String> read(String resource, String writtenBy) {
        try (InputStream in = BundledWordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "word list missing from the classpath: " + resource + " (" + writtenBy + " writes it)");
            }
            byte[] bytes = resource.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            Set<String> words = new HashSet<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
