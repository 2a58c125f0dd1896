package dev.samachar.benchmarks.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Precision of the Hindi and loose fields on a real vocabulary: the share of the words of a word
 * list (hunspell-hi) that the fields merge with another word of the list that is neither a
 * spelling variant ({@link SpellingVariants}) nor the same lemma. Word A is merged with word B
 * through the hindi field when {@code SamacharAnalyzers.hindi()} gives them a common term, through
 * the loose field when a search for A finds B there: A's {@code looseQuery()} terms meet B's
 * {@code loose()} terms ({@code loose()} on both sides for an analysis library without
 * {@code looseQuery()}); so through the loose field A may be merged with B and not B with A.
 *
 * <p>Two words are the same lemma when the lemmatiser gives them a common lemma (lemma sets
 * intersect, lemmas compared by {@link SpellingVariants#key}; a word the lemmatiser does not know
 * is its own lemma), or when they are forms of one stem in one paradigm: their paradigm readings
 * ({@link ApertiumParadigms#readings}, none without paradigms) intersect and the lemmatiser does
 * not know both words. The paradigm rule fills the lemmatiser's gaps (words it does not know, such
 * as oblique plurals); it does not overrule it: two words it knows with different lemmas stay
 * different (महीन "fine" / महीनों "months", जाती "goes" / जातियों "castes"). The result also says
 * what the paradigm rule changed: the words that only it keeps from being counted, the merged
 * pairs it accepts, and every pair of the list it accepts that the lemmatiser does not.
 */
public final class HunspellMerges {

    private static final int EXAMPLES = 20;

    /** Word merged with other through a term (the common hindi term, or A's loose query term B indexes). */
    public record Merge(String word, String other, String term, Set<String> wordLemmas, Set<String> otherLemmas) {}

    /** Two words the paradigm rule calls the same lemma: forms of stem in paradigm (the first such reading). */
    public record ParadigmPair(String word, String other, String paradigm, String stem) {}

    /**
     * @param words distinct words of the list
     * @param lemmatised words the lemmatiser knows
     * @param merged words merged, through either field
     * @param viaHindi words merged through the hindi field
     * @param viaLoose words merged through the loose field
     * @param mergedKnown words merged with a word such that the lemmatiser knows both (their lemmas
     *     certainly differ); the rest are merged only with or as words it does not know
     * @param withLoose words with any indexed loose term (the others are ordinary words, never merged there)
     * @param unknownLoose words whose indexed loose terms include {@code ~} terms: spellings no Hindi
     *     dictionary of the analysis library knows (0 for a library without prefixes)
     * @param mergedByLemmas words merged when only the lemmatiser decides the same lemma (the
     *     paradigm rule off); {@code mergedByLemmas - merged} words are kept by the paradigm rule
     * @param reclassifiedPairs distinct unordered pairs of merged words (either field) that the
     *     lemmatiser calls different lemmas and the paradigm rule the same
     * @param reclassifiedExamples examples of them, spread over the list
     * @param paradigmPairs distinct unordered pairs of words of the list, not spelling variants,
     *     that the paradigm rule calls the same lemma (merged or not)
     * @param paradigmOnlyPairs of them, the pairs the lemmatiser does not call the same lemma and
     *     does not know both words of: the pairs the rule makes the same lemma
     * @param paradigmExamples examples of those, spread over the list
     * @param overruledPairs pairs the paradigm rule accepts of two words the lemmatiser knows with
     *     different lemmas: left different
     * @param overruledExamples examples of those, spread over the list
     * @param overruledMergedPairs of the overruled pairs, those merged (either field): still counted
     * @param paradigmOnlyByParadigm paradigmOnlyPairs by paradigm (a pair counts under every paradigm accepting it)
     */
    public record Result(
            int words,
            int lemmatised,
            int merged,
            int viaHindi,
            int viaLoose,
            int mergedKnown,
            List<Merge> hindiExamples,
            List<Merge> looseExamples,
            int withLoose,
            int unknownLoose,
            int mergedByLemmas,
            int reclassifiedPairs,
            List<ParadigmPair> reclassifiedExamples,
            int paradigmPairs,
            int paradigmOnlyPairs,
            List<ParadigmPair> paradigmExamples,
            int overruledPairs,
            List<ParadigmPair> overruledExamples,
            int overruledMergedPairs,
            Map<String, Integer> paradigmOnlyByParadigm) {

        /** Words no longer counted as merged thanks to the paradigm rule. */
        public int keptByParadigms() {
            return mergedByLemmas - merged;
        }
    }

    private HunspellMerges() {}

    /** Without paradigms: the lemmatiser alone decides the same lemma. */
    public static Result measure(List<String> list, WordForms words, Function<String, Set<String>> lemmatiser) {
        return measure(list, words, lemmatiser, w -> Set.of());
    }

    /**
     * @param paradigms a word's paradigm readings ({@link ApertiumParadigms#readings}): two words whose
     *     readings intersect are the same lemma
     */
    public static Result measure(
            List<String> list,
            WordForms words,
            Function<String, Set<String>> lemmatiser,
            Function<String, Set<String>> paradigms) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(list));
        int n = distinct.size();
        Oracle oracle = new Oracle(n);
        List<WordForms.Forms> forms = new ArrayList<>(n);
        Map<String, List<Integer>> hindiIndex = new HashMap<>();
        Map<String, List<Integer>> looseIndex = new HashMap<>();
        Map<String, List<Integer>> readingIndex = new LinkedHashMap<>();
        int lemmatised = 0;
        int withLoose = 0;
        int unknownLoose = 0;
        for (int i = 0; i < n; i++) {
            String w = distinct.get(i);
            oracle.words.add(w);
            oracle.variant[i] = SpellingVariants.key(w);
            Set<String> found = lemmatiser.apply(w);
            Set<String> keys = new LinkedHashSet<>();
            if (found.isEmpty()) {
                keys.add(oracle.variant[i]);
            } else {
                lemmatised++;
                oracle.known[i] = true;
                found.forEach(l -> keys.add(SpellingVariants.key(l)));
            }
            oracle.lemmas.add(keys);
            Set<String> readings = paradigms.apply(w);
            oracle.readings.add(readings);
            for (String r : readings) {
                readingIndex.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
            }
            WordForms.Forms f = words.of(w);
            forms.add(f);
            for (String t : f.hindi()) {
                hindiIndex.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            for (String t : new LinkedHashSet<>(f.loose())) {
                looseIndex.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            if (!f.loose().isEmpty()) {
                withLoose++;
                if (f.loose().stream().anyMatch(t -> t.startsWith("~"))) {
                    unknownLoose++;
                }
            }
        }
        List<Merge> hindiMerges = new ArrayList<>();
        List<Merge> looseMerges = new ArrayList<>();
        Map<Long, ParadigmPair> reclassified = new LinkedHashMap<>();
        Set<Long> overruledMerged = new HashSet<>();
        int merged = 0;
        int mergedKnown = 0;
        int mergedByLemmas = 0;
        for (int i = 0; i < n; i++) {
            Scan hindi = oracle.scan(i, sorted(forms.get(i).hindi()), hindiIndex, reclassified, overruledMerged);
            Scan loose = oracle.scan(i, forms.get(i).looseQuery(), looseIndex, reclassified, overruledMerged);
            if (hindi.first != null) {
                hindiMerges.add(hindi.first);
            }
            if (loose.first != null) {
                looseMerges.add(loose.first);
            }
            if (hindi.first != null || loose.first != null) {
                merged++;
                if (hindi.bothKnown || loose.bothKnown) {
                    mergedKnown++;
                }
            }
            if (hindi.first != null || loose.first != null || hindi.byParadigm || loose.byParadigm) {
                mergedByLemmas++;
            }
        }

        // Every pair of the list the paradigm rule accepts: the words sharing a reading.
        Map<Long, ParadigmPair> paradigmPairs = new LinkedHashMap<>();
        Map<Long, ParadigmPair> paradigmOnly = new LinkedHashMap<>();
        Map<Long, ParadigmPair> overruled = new LinkedHashMap<>();
        Map<String, Set<Long>> byParadigm = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : readingIndex.entrySet()) {
            List<Integer> group = e.getValue();
            ApertiumParadigms.Reading reading = ApertiumParadigms.reading(e.getKey());
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    int i = group.get(a);
                    int j = group.get(b);
                    if (oracle.variant[i].equals(oracle.variant[j])) {
                        continue;
                    }
                    long pair = pair(i, j, n);
                    ParadigmPair p =
                            new ParadigmPair(distinct.get(i), distinct.get(j), reading.paradigm(), reading.stem());
                    paradigmPairs.putIfAbsent(pair, p);
                    if (!disjoint(oracle.lemmas.get(i), oracle.lemmas.get(j))) {
                        continue;
                    }
                    if (oracle.known[i] && oracle.known[j]) {
                        overruled.putIfAbsent(pair, p);
                    } else {
                        paradigmOnly.putIfAbsent(pair, p);
                        byParadigm
                                .computeIfAbsent(reading.paradigm(), k -> new HashSet<>())
                                .add(pair);
                    }
                }
            }
        }
        Map<String, Integer> onlyByParadigm = new LinkedHashMap<>();
        byParadigm.forEach((k, v) -> onlyByParadigm.put(k, v.size()));
        return new Result(
                n,
                lemmatised,
                merged,
                hindiMerges.size(),
                looseMerges.size(),
                mergedKnown,
                examples(hindiMerges),
                examples(looseMerges),
                withLoose,
                unknownLoose,
                mergedByLemmas,
                reclassified.size(),
                Share.spread(new ArrayList<>(reclassified.values()), EXAMPLES),
                paradigmPairs.size(),
                paradigmOnly.size(),
                Share.spread(new ArrayList<>(paradigmOnly.values()), EXAMPLES),
                overruled.size(),
                Share.spread(new ArrayList<>(overruled.values()), EXAMPLES),
                overruledMerged.size(),
                onlyByParadigm);
    }

    /** What the scan of one word's terms found. */
    private static final class Scan {
        /** The first word merged with it that is neither its variant nor its lemma, or null. */
        Merge first;
        /** Whether such a word is known to the lemmatiser along with it. */
        boolean bothKnown;
        /** Whether it is merged with a word that only the paradigm rule calls its lemma. */
        boolean byParadigm;
    }

    private static final class Oracle {
        final List<String> words;
        final String[] variant;
        final boolean[] known;
        final List<Set<String>> lemmas;
        final List<Set<String>> readings;

        Oracle(int n) {
            words = new ArrayList<>(n);
            variant = new String[n];
            known = new boolean[n];
            lemmas = new ArrayList<>(n);
            readings = new ArrayList<>(n);
        }

        /**
         * The words whose index terms hold one of the terms (of word i), classified: variants and the
         * lemmatiser's same lemma are left out, the paradigm rule's same lemma (unless the lemmatiser
         * knows both words: then into overruled) goes into reclassified (each unordered pair once), the
         * rest are false merges.
         */
        Scan scan(
                int i,
                List<String> terms,
                Map<String, List<Integer>> index,
                Map<Long, ParadigmPair> reclassified,
                Set<Long> overruled) {
            Scan scan = new Scan();
            for (String t : terms) {
                for (int j : index.getOrDefault(t, List.of())) {
                    if (j == i || variant[j].equals(variant[i]) || !disjoint(lemmas.get(i), lemmas.get(j))) {
                        continue;
                    }
                    String reading = common(readings.get(i), readings.get(j));
                    if (reading != null && known[i] && known[j]) {
                        overruled.add(pair(i, j, words.size()));
                    } else if (reading != null) {
                        scan.byParadigm = true;
                        ApertiumParadigms.Reading r = ApertiumParadigms.reading(reading);
                        reclassified.putIfAbsent(
                                pair(i, j, words.size()),
                                new ParadigmPair(words.get(i), words.get(j), r.paradigm(), r.stem()));
                        continue;
                    }
                    if (scan.first == null) {
                        scan.first = new Merge(words.get(i), words.get(j), t, lemmas.get(i), lemmas.get(j));
                    }
                    if (known[i] && known[j]) {
                        scan.bothKnown = true;
                    }
                }
            }
            return scan;
        }
    }

    private static long pair(int i, int j, int n) {
        return (long) Math.min(i, j) * n + Math.max(i, j);
    }

    /** Examples spread over the merges, each pair of words once (not again the other way round). */
    private static List<Merge> examples(List<Merge> merges) {
        Set<String> seen = new HashSet<>();
        List<Merge> once = new ArrayList<>();
        for (Merge m : merges) {
            if (seen.add(m.word() + '\t' + m.other())) {
                seen.add(m.other() + '\t' + m.word());
                once.add(m);
            }
        }
        return Share.spread(once, EXAMPLES);
    }

    private static List<String> sorted(Set<String> set) {
        List<String> list = new ArrayList<>(set);
        list.sort(null);
        return list;
    }

    private static String common(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return x;
            }
        }
        return null;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return common(a, b) == null;
    }
}
