package dev.samachar.benchmarks;

import dev.samachar.analysis.HindiLightStemmer;
import dev.samachar.analysis.HindiNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * Which of the Hindi field's rules make the hunspell-hi collisions of {@link HindiCollisionReport}:
 * HindiNormalizer's rules and HindiLightStemmer's suffix classes re-implemented one by one (and
 * checked to give HindiNormalizer's and HindiLightStemmer's output when all are on), then each
 * measured alone on top of NFC + lower case, and left out of the full set. A word counts for a rule
 * when the rule makes it collide (alone), or when leaving the rule out un-collides it. Also the
 * words that collide with a word ICU folding keeps apart, by the rule without which they would not.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.samachar.benchmarks.HindiCollisionBreakdown [CACHE_DIR]}
 */
public final class HindiCollisionBreakdown {

    /** HindiNormalizer's rules after NFC; the nasal cluster rule split by the kind of cluster. */
    enum Rule {
        JOINERS("ZWJ/ZWNJ removed", true),
        NUKTA("nukta removed", true),
        CANDRABINDU("candrabindu → anusvara", true),
        NASAL_HOMORGANIC("nasal + virama + stop of its class → anusvara (पण्डित)", true),
        NASAL_OTHER("nasal + virama + any other consonant → anusvara (सेन्टर, जन्म, अन्य)", false),
        CHANDRA("chandra and short vowels → plain", true),
        DIGITS("Devanagari digits → ASCII", true);

        final String label;
        final boolean requiredByIssue;

        Rule(String label, boolean requiredByIssue) {
            this.label = label;
            this.requiredByIssue = requiredByIssue;
        }
    }

    /** HindiLightStemmer's suffix classes, in its order. */
    enum Suffix {
        IYON("ियों → ी", "\u093F\u092F\u094B\u0902", "\u0940"),
        IYAN("ियां → ी", "\u093F\u092F\u093E\u0902", "\u0940"),
        AON("ाओं → ा", "\u093E\u0913\u0902", "\u093E"),
        AEN("ाएं → ा", "\u093E\u090F\u0902", "\u093E"),
        UON("ुओं → ु", "\u0941\u0913\u0902", "\u0941"),
        UEN("ुएं → ु", "\u0941\u090F\u0902", "\u0941"),
        ON("ों after a consonant → (removed)", "\u094B\u0902", ""),
        EN("ें after a consonant → (removed)", "\u0947\u0902", "");

        final String label;
        final String ending;
        final String replacement;

        Suffix(String label, String ending, String replacement) {
            this.label = label;
            this.ending = ending;
            this.replacement = replacement;
        }
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args.length > 0 ? args[0] : "benchmarks/target/hunspell-hi");
        List<String> words;
        try {
            words = HunspellHi.words(cache);
        } catch (HunspellHi.Unavailable e) {
            System.out.println("SKIPPED: " + e.getMessage());
            return;
        }
        EnumSet<Rule> all = EnumSet.allOf(Rule.class);
        EnumSet<Suffix> allSuffixes = EnumSet.allOf(Suffix.class);
        for (String w : words) {
            String lower = lower(w);
            check(normalize(lower, all), HindiNormalizer.normalize(lower), w, "HindiNormalizer");
            String n = HindiNormalizer.normalize(lower);
            check(stem(n, allSuffixes), HindiLightStemmer.stem(n), w, "HindiLightStemmer");
        }
        UnaryOperator<String> icu = w -> ICUFoldingFilter.NORMALIZER.normalize(lower(w));
        UnaryOperator<String> nfcOnly = w -> normalize(lower(w), EnumSet.noneOf(Rule.class));
        UnaryOperator<String> normalizer = w -> normalize(lower(w), all);
        UnaryOperator<String> stemmed = w -> stem(normalize(lower(w), all), allSuffixes);

        int total = words.size();
        Set<String> base = colliding(words, nfcOnly);
        Set<String> full = colliding(words, normalizer);
        Set<String> fullStemmed = colliding(words, stemmed);
        Set<String> icuColliding = colliding(words, icu);
        System.out.printf(Locale.ROOT, "%nhunspell-hi: %,d words. Colliding words (share of the dictionary):%n", total);
        row("NFC + lower case only (the dictionary's own duplicates)", base.size(), total);
        row("ICU folding (utr30)", icuColliding.size(), total);
        row("HindiNormalizer", full.size(), total);
        row("HindiNormalizer + HindiLightStemmer", fullStemmed.size(), total);

        System.out.printf(
                Locale.ROOT,
                "%nHindiNormalizer rules (R = required by the issue): words a rule alone makes collide"
                        + " (on NFC + lower case),%nwords that stop colliding without it (of the full normaliser), and of those, the"
                        + " ones whose partner ICU folding keeps apart%n");
        System.out.printf(Locale.ROOT, "  %-72s %8s %8s %8s%n", "rule", "alone", "without", "not ICU");
        Map<String, List<String>> normalizerGroups = groups(words, normalizer);
        for (Rule rule : Rule.values()) {
            EnumSet<Rule> only = EnumSet.of(rule);
            EnumSet<Rule> without = EnumSet.copyOf(all);
            without.remove(rule);
            Set<String> alone = minus(colliding(words, w -> normalize(lower(w), only)), base);
            UnaryOperator<String> withoutRule = w -> normalize(lower(w), without);
            Set<String> needed = minus(full, colliding(words, withoutRule));
            long beyondIcu = needed.stream()
                    .filter(w -> mergedApartFromIcu(w, normalizerGroups, normalizer, icu))
                    .count();
            System.out.printf(
                    Locale.ROOT,
                    "  %-72s %8d %8d %8d%n",
                    (rule.requiredByIssue ? "R " : "  ") + rule.label,
                    alone.size(),
                    needed.size(),
                    beyondIcu);
            examples(words, needed, normalizer, withoutRule);
        }

        System.out.printf(
                Locale.ROOT,
                "%nHindiLightStemmer suffix classes, on HindiNormalizer: words a class alone makes collide"
                        + "%n(beyond HindiNormalizer's collisions), and words that stop colliding without it%n");
        System.out.printf(Locale.ROOT, "  %-72s %8s %8s%n", "class", "alone", "without");
        for (Suffix suffix : Suffix.values()) {
            EnumSet<Suffix> without = EnumSet.copyOf(allSuffixes);
            without.remove(suffix);
            Set<String> alone = minus(colliding(words, w -> stem(normalize(lower(w), all), EnumSet.of(suffix))), full);
            UnaryOperator<String> withoutClass = w -> stem(normalize(lower(w), all), without);
            Set<String> needed = minus(fullStemmed, colliding(words, withoutClass));
            System.out.printf(Locale.ROOT, "  %-72s %8d %8d%n", "  " + suffix.label, alone.size(), needed.size());
            examples(words, needed, stemmed, withoutClass);
        }
    }

    private static void row(String label, int count, int total) {
        System.out.printf(Locale.ROOT, "  %-60s %6d  %6.2f%%%n", label, count, 100.0 * count / total);
    }

    /** A few groups the rule makes, spread over the dictionary. */
    private static void examples(
            List<String> words, Set<String> needed, UnaryOperator<String> with, UnaryOperator<String> without) {
        Map<String, List<String>> groups = groups(words, with);
        List<String> shown = new ArrayList<>();
        List<String> candidates = words.stream().filter(needed::contains).toList();
        for (int i = 0; i < 4 && i < candidates.size(); i++) {
            String w = candidates.get(i * candidates.size() / 4);
            List<String> group = groups.get(with.apply(w));
            String line = String.join(" = ", group.size() > 4 ? group.subList(0, 4) : group) + " → " + with.apply(w);
            if (!shown.contains(line)) {
                shown.add(line);
            }
        }
        shown.forEach(line -> System.out.println("        " + line));
    }

    /** Whether {@code w} shares its form with a word whose ICU form differs from its own. */
    private static boolean mergedApartFromIcu(
            String w, Map<String, List<String>> groups, UnaryOperator<String> field, UnaryOperator<String> icu) {
        String icuForm = icu.apply(w);
        return groups.get(field.apply(w)).stream()
                .anyMatch(other -> !icu.apply(other).equals(icuForm));
    }

    static String normalize(String lower, Set<Rule> rules) {
        String s = HindiNormalizer.nfc(lower);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (rules.contains(Rule.JOINERS) && (c == '\u200C' || c == '\u200D')) {
                continue;
            }
            if (rules.contains(Rule.NUKTA)) {
                if (c == '\u093C') {
                    continue;
                }
                if (c >= '\u0958' && c <= '\u095F') {
                    c = "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F".charAt(c - '\u0958');
                } else if (c == '\u0929' || c == '\u0931' || c == '\u0934') {
                    c = (char) (c - 1);
                }
            }
            if (rules.contains(Rule.CANDRABINDU) && c == '\u0901') {
                c = '\u0902';
            }
            if (rules.contains(Rule.CHANDRA)) {
                int k = "\u0945\u0946\u0949\u094A\u090D\u090E\u0911\u0912\u0972".indexOf(c);
                if (k >= 0) {
                    c = "\u0947\u0947\u094B\u094B\u090F\u090F\u0913\u0913\u0905".charAt(k);
                }
            }
            if (rules.contains(Rule.DIGITS) && c >= '\u0966' && c <= '\u096F') {
                c = (char) ('0' + c - '\u0966');
            }
            out.append(c);
        }
        // Nasal clusters last, as HindiNormalizer does (after joiners and nuktas are gone).
        StringBuilder folded = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (i + 2 < out.length()
                    && out.charAt(i + 1) == '\u094D'
                    && isNasal(c)
                    && isConsonant(out.charAt(i + 2))
                    && rules.contains(homorganic(c, out.charAt(i + 2)) ? Rule.NASAL_HOMORGANIC : Rule.NASAL_OTHER)) {
                folded.append('\u0902');
                i++;
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** The nasal of the stop's class: ङ for क–घ, ञ for च–झ, ण for ट–ढ, न for त–ध, म for प–भ. */
    private static boolean homorganic(char nasal, char consonant) {
        return switch (nasal) {
            case '\u0919' -> consonant >= '\u0915' && consonant <= '\u0918';
            case '\u091E' -> consonant >= '\u091A' && consonant <= '\u091D';
            case '\u0923' -> consonant >= '\u091F' && consonant <= '\u0922';
            case '\u0928' -> consonant >= '\u0924' && consonant <= '\u0927';
            case '\u092E' -> consonant >= '\u092A' && consonant <= '\u092D';
            default -> false;
        };
    }

    private static boolean isNasal(char c) {
        return c == '\u0919' || c == '\u091E' || c == '\u0923' || c == '\u0928' || c == '\u092E';
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0915' && c <= '\u0939';
    }

    static String stem(String normalized, Set<Suffix> classes) {
        int len = normalized.length();
        if (len < 2 || normalized.charAt(len - 1) != '\u0902') {
            return normalized;
        }
        for (Suffix s : Suffix.values()) {
            boolean matches = normalized.endsWith(s.ending)
                    && len - s.ending.length() >= HindiLightStemmer.MIN_STEM
                    && (!s.replacement.isEmpty() || isConsonant(normalized.charAt(len - 3)));
            if (matches) {
                // The stemmer applies the first rule that matches; a class left out lets no later one apply.
                return classes.contains(s)
                        ? normalized.substring(0, len - s.ending.length()) + s.replacement
                        : normalized;
            }
        }
        return normalized;
    }

    private static void check(String ours, String real, String word, String what) {
        if (!ours.equals(real)) {
            throw new IllegalStateException(
                    "re-implementation differs from " + what + " on " + word + ": " + ours + " vs " + real);
        }
    }

    private static Set<String> colliding(List<String> words, UnaryOperator<String> form) {
        Set<String> colliding = new HashSet<>();
        for (List<String> group : groups(words, form).values()) {
            if (group.size() > 1) {
                colliding.addAll(group);
            }
        }
        return colliding;
    }

    private static Map<String, List<String>> groups(List<String> words, UnaryOperator<String> form) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String> memo = new HashMap<>();
        for (String word : words) {
            groups.computeIfAbsent(memo.computeIfAbsent(word, form), f -> new ArrayList<>())
                    .add(word);
        }
        return groups;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
