package dev.samachar.benchmarks.names;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ways a search for one word can find a document holding another (an English word's Hindi
 * spelling, or back), each on the terms {@link WordForms} gets from Samachar's analysers. Each
 * tier has a direction: the query side's terms against the document side's
 * ({@link WordForms#finding}).
 */
public enum Tier {
    /**
     * The query word's {@code looseQuery()} terms meet the document word's {@code loose()} terms
     * (an exact term query; {@code loose()} on both sides for an analysis library without
     * {@code looseQuery()}).
     */
    LOOSE,
    /**
     * A query loose term is within {@link FuzzyMatch#finds} (AUTO:4,7 of the query term, prefix
     * length 1) of an indexed one, both without their script prefix: the old search's fuzzy tier.
     */
    FUZZY,
    /** The two words' {@code SamacharAnalyzers.key()} term sets intersect. */
    KEY;

    /** "loose,fuzzy,key" → the set; names are case-insensitive. */
    public static Set<Tier> parse(String list) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (String name : list.split("[,+\\s]+")) {
            if (!name.isBlank()) {
                try {
                    tiers.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown tier " + name + " (loose, fuzzy, key)");
                }
            }
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("no tiers in '" + list + "'");
        }
        return tiers;
    }

    public static String format(Set<Tier> tiers) {
        return tiers.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }
}
