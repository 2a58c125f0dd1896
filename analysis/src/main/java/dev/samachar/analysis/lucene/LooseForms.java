package dev.samachar.analysis.lucene;

import dev.samachar.analysis.Exonyms;
import dev.samachar.analysis.LooseLatin;
import dev.samachar.analysis.Romaniser;
import java.util.ArrayList;
import java.util.List;

/**
 * Every term the loose field indexes for one word, in the order the step-by-step chain
 * {@link RomanisationFilter} (both forms), {@link LooseLatinFilter}, {@link ExonymFilter},
 * {@link SamePositionDuplicateFilter} emits them: the loose form of the schwa-deleted
 * romanisation and its exonym partners, then the loose form of the full romanisation (if the
 * romanisations differ) and its partners, each term once, first occurrence kept.
 *
 * @param terms  the terms, never empty
 * @param exonym for each term, whether it is an exonym partner (token type {@link ExonymFilter#TYPE})
 */
record LooseForms(char[][] terms, boolean[] exonym) {

    /** Computes the forms of one word after another; reuses its buffers, so one per thread. */
    static final class Maker {

        private final Romaniser romaniser = new Romaniser();
        private final Exonyms exonyms;
        private final StringBuilder withDeletion = new StringBuilder(32);
        private final StringBuilder withoutDeletion = new StringBuilder(32);
        private final List<String> terms = new ArrayList<>(4);
        private final List<Boolean> partner = new ArrayList<>(4);

        Maker(Exonyms exonyms) {
            this.exonyms = exonyms;
        }

        /** The forms of {@code word}, which must be lower case already (as the analyser makes it). */
        LooseForms of(CharSequence word) {
            withDeletion.setLength(0);
            withoutDeletion.setLength(0);
            terms.clear();
            partner.clear();
            romaniser.romanise(word, withDeletion, withoutDeletion);
            addWithPartners(LooseLatin.normalize(withDeletion));
            if (CharSequence.compare(withDeletion, withoutDeletion) != 0) {
                addWithPartners(LooseLatin.normalize(withoutDeletion));
            }
            char[][] chars = new char[terms.size()][];
            boolean[] exonym = new boolean[terms.size()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = terms.get(i).toCharArray();
                exonym[i] = partner.get(i);
            }
            return new LooseForms(chars, exonym);
        }

        private void addWithPartners(String loose) {
            add(loose, false);
            for (String p : exonyms.partners(loose)) {
                add(p, true);
            }
        }

        private void add(String term, boolean isPartner) {
            if (!terms.contains(term)) {
                terms.add(term);
                partner.add(isPartner);
            }
        }
    }
}
