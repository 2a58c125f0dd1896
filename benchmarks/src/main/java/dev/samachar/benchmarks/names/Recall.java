package dev.samachar.benchmarks.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recall of cross-script name search on word pairs. A pair is found when a search for its English
 * word finds its Hindi word (en→hi) or a search for its Hindi word finds its English word (hi→en),
 * by a set of {@link Tier tiers} ({@link WordForms#finds}); both directions are also counted
 * apart. Also the share whose primary loose forms (the first term {@code loose()} emits for each
 * word, without its script prefix) are equal.
 */
public final class Recall {

    /** A missed pair with both words' terms and how close their loose keys came. */
    public record Miss(WordPair pair, WordForms.Forms english, WordForms.Forms hindi, int nearest) {}

    /**
     * @param pairs word pairs measured
     * @param found found by at least one of the tiers, in either direction
     * @param englishFindsHindi a search for the English word finds the Hindi word (en→hi)
     * @param hindiFindsEnglish a search for the Hindi word finds the English word (hi→en)
     * @param equalPrimary equal primary loose forms
     * @param byTier found by each tier alone, either direction (all tiers, whether chosen or not)
     * @param misses not found in either direction, nearest first
     */
    public record Result(
            String label,
            int pairs,
            int found,
            int englishFindsHindi,
            int hindiFindsEnglish,
            int equalPrimary,
            Map<Tier, Integer> byTier,
            List<Miss> misses) {

        public double foundPct() {
            return Share.pct(found, pairs);
        }

        public double equalPrimaryPct() {
            return Share.pct(equalPrimary, pairs);
        }
    }

    private Recall() {}

    public static Result measure(
            String label, List<WordPair> all, Predicate<WordPair> in, WordForms words, Set<Tier> tiers) {
        int pairs = 0;
        int found = 0;
        int enHi = 0;
        int hiEn = 0;
        int equal = 0;
        Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            byTier.put(t, 0);
        }
        List<Miss> misses = new ArrayList<>();
        for (WordPair pair : all) {
            if (!in.test(pair)) {
                continue;
            }
            pairs++;
            WordForms.Forms e = words.of(pair.english());
            WordForms.Forms h = words.of(pair.hindi());
            WordForms.matching(e, h, Set.of(Tier.values())).forEach(t -> byTier.merge(t, 1, Integer::sum));
            boolean forward = WordForms.finds(e, h, tiers);
            boolean backward = WordForms.finds(h, e, tiers);
            if (forward) {
                enHi++;
            }
            if (backward) {
                hiEn++;
            }
            if (forward || backward) {
                found++;
            } else {
                misses.add(new Miss(pair, e, h, WordForms.nearest(e, h)));
            }
            if (!e.primaryLoose().isEmpty() && e.primaryLoose().equals(h.primaryLoose())) {
                equal++;
            }
        }
        misses.sort(Comparator.comparingInt(Miss::nearest)
                .thenComparing(m -> m.pair().english())
                .thenComparing(m -> m.pair().hindi()));
        return new Result(label, pairs, found, enHi, hiEn, equal, byTier, misses);
    }
}
