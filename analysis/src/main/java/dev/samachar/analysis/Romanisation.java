package dev.samachar.analysis;

/**
 * The two Latin spellings {@link Romaniser} gives a token.
 *
 * @param withSchwaDeletion    the spelling a Hindi reader expects: medial and final schwas deleted
 *                             by the rules in {@link Romaniser} (राजनाथ → rajnath)
 * @param withoutSchwaDeletion every medial schwa kept (सीतारमण → sitaraman, राजनाथ → rajanath);
 *                             the word-final schwa follows the same rule as in the other form
 */
public record Romanisation(String withSchwaDeletion, String withoutSchwaDeletion) {

    /** Whether the two spellings differ. */
    public boolean hasVariant() {
        return !withSchwaDeletion.equals(withoutSchwaDeletion);
    }
}
