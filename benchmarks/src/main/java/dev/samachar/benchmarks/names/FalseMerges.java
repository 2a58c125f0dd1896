package dev.samachar.benchmarks.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precision of cross-script name search: among the distinct English words of the word pairs, the
 * share that a set of {@link Tier tiers} merges with the Hindi word of a different name, and
 * among the distinct Hindi words, the share merged with a different English word. English word A
 * and Hindi word h make a false merge when a search for A finds h or a search for h finds A
 * ({@link WordForms#finds}: the query word's terms against the document word's) and (A, h) is not
 * itself a listed pair.
 *
 * <p>Variants are one name: English words are grouped by their {@code Latin-ASCII; Lower} form
 * (Zürich = Zurich, Mon = mon) and Hindi words by {@link SpellingVariants#key} (ज़ = ज); a pair
 * is listed for the groups when any of its spellings is. Two groups match when any spelling of
 * one finds any spelling of the other.
 *
 * <p>Candidates come from indexes of the document side (the Hindi words for en→hi, the English
 * words for hi→en): indexed loose term → groups and key term → groups for the exact tiers; for
 * {@link Tier#FUZZY}, the bare indexed loose keys bucketed by first character (fuzzy's prefix
 * length 1) and checked within the length window its two edits allow.
 */
public final class FalseMerges {

    private static final int EXAMPLES = 10;

    /** A false merge: English word, the Hindi word it meets, and the English word that Hindi word belongs to. */
    public record Merge(String english, String hindi, String hindiIsFor) {}

    /**
     * @param englishFindsHindi false (English group, Hindi group) edges a search for the English word finds
     * @param hindiFindsEnglish false edges a search for the Hindi word finds
     */
    public record Result(
            int englishNames,
            int englishMerged,
            int hindiNames,
            int hindiMerged,
            List<Merge> englishExamples,
            List<Merge> hindiExamples,
            int englishFindsHindi,
            int hindiFindsEnglish) {}

    private record Term(String term, int length, int group) {}

    private FalseMerges() {}

    public static Result measure(List<WordPair> pairs, WordForms words, Set<Tier> tiers) {
        Transliterator fold = Transliterator.getInstance("Latin-ASCII; Lower");
        Map<String, Integer> englishIds = new LinkedHashMap<>();
        Map<String, Integer> hindiIds = new LinkedHashMap<>();
        List<List<String>> english = new ArrayList<>();
        List<List<String>> hindi = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (WordPair pair : pairs) {
            int e = group(englishIds, english, fold.transliterate(pair.english()), pair.english());
            int h = group(hindiIds, hindi, SpellingVariants.key(pair.hindi()), pair.hindi());
            listed.add(edge(e, h));
        }

        // en→hi: the English words searched for in the Hindi words; hi→en the other way round.
        List<Set<Integer>> forward = search(english, hindi, words, tiers);
        List<Set<Integer>> backward = search(hindi, english, words, tiers);
        List<TreeSet<Integer>> met = new ArrayList<>();
        for (int e = 0; e < english.size(); e++) {
            met.add(new TreeSet<>(forward.get(e)));
        }
        int forwardEdges = 0;
        for (int e = 0; e < english.size(); e++) {
            for (int h : forward.get(e)) {
                if (!listed.contains(edge(e, h))) {
                    forwardEdges++;
                }
            }
        }
        int backwardEdges = 0;
        for (int h = 0; h < hindi.size(); h++) {
            for (int e : backward.get(h)) {
                met.get(e).add(h);
                if (!listed.contains(edge(e, h))) {
                    backwardEdges++;
                }
            }
        }

        BitSet englishMerged = new BitSet();
        BitSet hindiMerged = new BitSet();
        List<Merge> englishFirst = new ArrayList<>();
        Map<Integer, Merge> hindiFirst = new HashMap<>();
        Map<Integer, Integer> hindiOwner = owners(pairs, englishIds, hindiIds, fold);
        for (int e = 0; e < english.size(); e++) {
            for (int h : met.get(e)) {
                if (listed.contains(edge(e, h))) {
                    continue;
                }
                Merge merge = new Merge(
                        english.get(e).get(0),
                        hindi.get(h).get(0),
                        english.get(hindiOwner.get(h)).get(0));
                if (!englishMerged.get(e)) {
                    englishFirst.add(merge);
                }
                englishMerged.set(e);
                hindiMerged.set(h);
                hindiFirst.putIfAbsent(h, merge);
            }
        }
        List<Merge> hindiExamples = new ArrayList<>();
        for (int h = hindiMerged.nextSetBit(0); h >= 0; h = hindiMerged.nextSetBit(h + 1)) {
            hindiExamples.add(hindiFirst.get(h));
        }
        return new Result(
                english.size(),
                englishMerged.cardinality(),
                hindi.size(),
                hindiMerged.cardinality(),
                Share.spread(englishFirst, EXAMPLES),
                Share.spread(hindiExamples, EXAMPLES),
                forwardEdges,
                backwardEdges);
    }

    /**
     * For each query group, the document groups a search for any of its spellings finds (any
     * spelling of the group) by the tiers: query terms ({@code looseQuery}) against indexed terms
     * ({@code loose}).
     */
    static List<Set<Integer>> search(
            List<List<String>> queries, List<List<String>> documents, WordForms words, Set<Tier> tiers) {
        Map<String, List<Integer>> looseIndex = new HashMap<>();
        Map<String, List<Integer>> keyIndex = new HashMap<>();
        Map<Integer, List<Term>> fuzzyIndex = new HashMap<>(); // first code point → bare keys
        for (int d = 0; d < documents.size(); d++) {
            for (String spelling : documents.get(d)) {
                WordForms.Forms f = words.of(spelling);
                for (String t : f.loose()) {
                    addOnce(looseIndex.computeIfAbsent(t, k -> new ArrayList<>()), d);
                }
                if (tiers.contains(Tier.FUZZY)) {
                    for (String t : WordForms.bareKeys(f.loose())) {
                        fuzzyIndex
                                .computeIfAbsent(t.codePointAt(0), k -> new ArrayList<>())
                                .add(new Term(t, t.codePointCount(0, t.length()), d));
                    }
                }
                for (String t : f.key()) {
                    addOnce(keyIndex.computeIfAbsent(t, k -> new ArrayList<>()), d);
                }
            }
        }
        List<Set<Integer>> found = new ArrayList<>(queries.size());
        for (List<String> group : queries) {
            Set<Integer> met = new HashSet<>();
            for (String spelling : group) {
                WordForms.Forms f = words.of(spelling);
                if (tiers.contains(Tier.LOOSE)) {
                    for (String t : f.looseQuery()) {
                        met.addAll(looseIndex.getOrDefault(t, List.of()));
                    }
                }
                if (tiers.contains(Tier.KEY)) {
                    for (String t : f.key()) {
                        met.addAll(keyIndex.getOrDefault(t, List.of()));
                    }
                }
                if (tiers.contains(Tier.FUZZY)) {
                    for (String t : WordForms.bareKeys(f.looseQuery())) {
                        int length = t.codePointCount(0, t.length());
                        for (Term c : fuzzyIndex.getOrDefault(t.codePointAt(0), List.of())) {
                            if (Math.abs(c.length() - length) <= 2
                                    && !met.contains(c.group())
                                    && FuzzyMatch.finds(t, c.term())) {
                                met.add(c.group());
                            }
                        }
                    }
                }
            }
            found.add(met);
        }
        return found;
    }

    private static int group(Map<String, Integer> ids, List<List<String>> groups, String canonical, String spelling) {
        Integer id = ids.get(canonical);
        if (id == null) {
            id = groups.size();
            ids.put(canonical, id);
            groups.add(new ArrayList<>());
        }
        List<String> spellings = groups.get(id);
        if (!spellings.contains(spelling)) {
            spellings.add(spelling);
        }
        return id;
    }

    /** For each Hindi group, the English group of the first pair it is listed with. */
    private static Map<Integer, Integer> owners(
            List<WordPair> pairs, Map<String, Integer> englishIds, Map<String, Integer> hindiIds, Transliterator fold) {
        Map<Integer, Integer> owner = new HashMap<>();
        for (WordPair pair : pairs) {
            owner.putIfAbsent(
                    hindiIds.get(SpellingVariants.key(pair.hindi())),
                    englishIds.get(fold.transliterate(pair.english())));
        }
        return owner;
    }

    private static void addOnce(List<Integer> list, int id) {
        if (list.isEmpty() || list.get(list.size() - 1) != id) {
            list.add(id);
        }
    }

    private static long edge(int english, int hindi) {
        return ((long) english << 32) | hindi;
    }
}
