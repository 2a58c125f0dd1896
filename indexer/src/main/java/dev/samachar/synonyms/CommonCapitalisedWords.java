package dev.samachar.synonyms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * English words written with a capital that are not names, from WordNet 3.0: proper adjectives and language
 * names (Islamic, Latin) and kinds of person (Democrat, Hindu), which the English word lists have only
 * capitalised and so cannot tell from names. A word WordNet also has as one named person, place or thing
 * (David, Paris, Marshall) is not in the list. scripts/build-wordnet-common-capitalised writes the resource.
 */
final class CommonCapitalisedWords {

    static final String RESOURCE = "wordnet-common-capitalised.txt";

    private final Set<String> words;

    private CommonCapitalisedWords(Set<String> words) {
        this.words = words;
    }

    /** The bundled list, read on first use. */
    static CommonCapitalisedWords defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final CommonCapitalisedWords INSTANCE = load();
    }

    private static CommonCapitalisedWords load() {
        try (InputStream in = CommonCapitalisedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + RESOURCE
                        + " (scripts/build-wordnet-common-capitalised writes it)");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return new CommonCapitalisedWords(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether WordNet has {@code word}, as written, as an adjective or a kind of person and never as a name. */
    boolean contains(String word) {
        return words.contains(word);
    }
}
