package dev.samachar.synonyms;

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
        return new CommonCapitalisedWords(BundledWordList.read(RESOURCE, "scripts/build-wordnet-common-capitalised"));
    }

    /** Whether WordNet has {@code word}, as written, as an adjective or a kind of person and never as a name. */
    boolean contains(String word) {
        return words.contains(word);
    }
}
