package dev.samachar.synonyms;

import dev.samachar.analysis.HindiNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Hindi words that apertium-hin analyses as an adjective's own form and never as a proper noun: दैनिक
 * ("daily"), बांका. The Hindi lexicon counts such a lemma as a possible name, as it does noun lemmas, since
 * given names are words too; but a word that is an adjective and no name in the dictionary is, in running
 * text, a modifier (दैनिक आवश्यकता, दैनिक संवाददाता). scripts/build-vocabulary writes the resource, in
 * {@link HindiNormalizer} keys.
 */
final class HindiAdjectives {

    static final String RESOURCE = "hindi-adjectives.txt.gz";

    private final Set<String> keys;

    private HindiAdjectives(Set<String> keys) {
        this.keys = keys;
    }

    /** The bundled list, read on first use. */
    static HindiAdjectives defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final HindiAdjectives INSTANCE = load();
    }

    private static HindiAdjectives load() {
        try (InputStream in = HindiAdjectives.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "word list missing from the classpath: " + RESOURCE + " (scripts/build-vocabulary writes it)");
            }
            Set<String> keys = new HashSet<>();
            for (String line : new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    keys.add(line);
                }
            }
            return new HindiAdjectives(Set.copyOf(keys));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether the dictionary has {@code word} as an adjective and never as a proper noun. */
    boolean contains(String word) {
        return keys.contains(HindiNormalizer.normalize(word));
    }
}
