package dev.samachar.benchmarks;

import dev.samachar.analysis.HindiLightStemmer;
import dev.samachar.analysis.HindiNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * Precision of the Hindi field on real words: how many words of the hunspell-hi dictionary
 * ({@link HunspellHi}) a field's analysis merges with another word, for ICU folding (utr30, what
 * Lucene's ICUFoldingFilter does), our HindiNormalizer, and HindiNormalizer + HindiLightStemmer
 * (the samachar_hindi field). Each word is one token, lower-cased first as every analyser does.
 *
 * <p>Two measures, both as a share of the dictionary's distinct words:
 * <ul>
 *   <li><b>collisions</b>: the word's form equals another word's form;</li>
 *   <li><b>false merges beyond spelling variants</b>: the word's form equals that of a word whose
 *       HindiNormalizer form is different. The dictionary lists spelling variants as separate words,
 *       which a search field should merge, so raw collisions punish exactly that; HindiNormalizer
 *       unifies only such spellings, and what a field merges beyond it joins words HindiNormalizer
 *       keeps apart. An upper bound on false merges: for ICU it also counts virama variants, for the
 *       stemmer its intended plural merges (अंक = अंकों).</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.samachar.benchmarks.HindiCollisionReport [CACHE_DIR]}
 * (default benchmarks/target/hunspell-hi). Without apt it prints why and exits 0. Lines starting
 * with {@code result } are for scripts/bench-analysis.
 */
public final class HindiCollisionReport {

    private static final int EXAMPLES = 5;

    private record Field(String name, String key, UnaryOperator<String> form) {}

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args.length > 0 ? args[0] : "benchmarks/target/hunspell-hi");
        List<String> words;
        try {
            words = HunspellHi.words(cache);
        } catch (HunspellHi.Unavailable e) {
            System.out.println("SKIPPED the Hindi dictionary collision report: " + e.getMessage() + ".");
            System.out.println("result collisions.skipped=" + e.getMessage());
            return;
        }
        Field icu = new Field("ICU folding (utr30)", "icu", w -> ICUFoldingFilter.NORMALIZER.normalize(lower(w)));
        Field normalizer = new Field("HindiNormalizer", "normalizer", w -> HindiNormalizer.normalize(lower(w)));
        Field stemmed = new Field(
                "HindiNormalizer + HindiLightStemmer",
                "stemmed",
                w -> HindiLightStemmer.stem(HindiNormalizer.normalize(lower(w))));

        System.out.printf(Locale.ROOT, "%nhunspell-hi (Debian), hi_IN.dic: %,d distinct words%n%n", words.size());
        System.out.println("Collisions: share of words whose form equals another word's form");
        for (Field field : List.of(icu, normalizer, stemmed)) {
            double percent = percent(colliding(words, field.form()), words);
            System.out.printf(Locale.ROOT, "  %-38s %6.2f%%%n", field.name(), percent);
            System.out.printf(Locale.ROOT, "result collisions.%s_pct=%.2f%n", field.key(), percent);
        }
        System.out.println();
        System.out.println(
                "False merges beyond spelling variants: share of words whose form equals that of a word with a");
        System.out.println(
                "different HindiNormalizer form. The raw collisions above count the dictionary's own spelling");
        System.out.println(
                "variants (अँग्रेज़ी, अँग्रेजी), which a search field should merge; HindiNormalizer unifies only such");
        System.out.println(
                "spellings (nukta, candrabindu, nasal clusters, chandra vowels, digits), so what a field merges");
        System.out.println(
                "beyond it joins words HindiNormalizer keeps apart. It is an upper bound on false merges: for ICU");
        System.out.println(
                "it includes virama variants (अदभुत = अद्भुत) next to real losses (करता = कर्ता), and for the");
        System.out.println(
                "stemmer it is every merge the plural rules make, mostly a plural headword with its singular");
        System.out.println("(अंक = अंकों), which is the stemmer's job. Examples are spread over the dictionary.");
        for (Field field : List.of(icu, stemmed)) {
            List<List<String>> groups = mergedBeyondSpelling(words, field.form(), normalizer.form());
            double percent = percent(groups.stream().mapToLong(List::size).sum(), words);
            System.out.printf(Locale.ROOT, "  %-38s %6.2f%%   (%,d groups)%n", field.name(), percent, groups.size());
            for (int i = 0; i < EXAMPLES && i < groups.size(); i++) {
                System.out.println("      " + String.join(" = ", groups.get(i * groups.size() / EXAMPLES)));
            }
            System.out.printf(Locale.ROOT, "result false_merges.%s_pct=%.2f%n", field.key(), percent);
        }
        System.out.printf(Locale.ROOT, "result dictionary.words=%d%n", words.size());
    }

    /** How many words share their form with at least one other word. */
    static long colliding(List<String> words, UnaryOperator<String> form) {
        return groups(words, form).values().stream()
                .filter(g -> g.size() > 1)
                .mapToLong(List::size)
                .sum();
    }

    /**
     * The groups of words with one form in which at least two HindiNormalizer forms occur: every word of
     * such a group equals, in this field, a word with a different normalised form.
     */
    static List<List<String>> mergedBeyondSpelling(
            List<String> words, UnaryOperator<String> form, UnaryOperator<String> spelling) {
        List<List<String>> merged = new ArrayList<>();
        for (List<String> group : groups(words, form).values()) {
            Set<String> spellings = new LinkedHashSet<>();
            group.forEach(w -> spellings.add(spelling.apply(w)));
            if (spellings.size() > 1) {
                merged.add(group);
            }
        }
        return merged;
    }

    private static Map<String, List<String>> groups(List<String> words, UnaryOperator<String> form) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String word : words) {
            groups.computeIfAbsent(form.apply(word), f -> new ArrayList<>()).add(word);
        }
        return groups;
    }

    private static double percent(long count, List<String> words) {
        return 100.0 * count / words.size();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
