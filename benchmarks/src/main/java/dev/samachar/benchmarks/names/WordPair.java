package dev.samachar.benchmarks.names;

/**
 * One word of an English place name and the Hindi word at the same place in its translation
 * (the whole name for one-word names), with where it was seen.
 *
 * @param english the English word, capitalisation kept
 * @param hindi the Hindi word
 * @param gweather seen in a libgweather pair
 * @param indian seen in an Indian pair (npm, or libgweather in India)
 * @param name the first name pair it was seen in, "English / Hindi"
 */
public record WordPair(String english, String hindi, boolean gweather, boolean indian, String name) {

    WordPair seenAlsoIn(WordPair other) {
        return new WordPair(english, hindi, gweather || other.gweather, indian || other.indian, name);
    }
}
