package dev.samachar.benchmarks.names;

import dev.samachar.analysis.lucene.AnalyzedText;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The terms Samachar's analysers make of one word, through their public API only
 * ({@link SamacharAnalyzers#loose()}, {@code SamacharAnalyzers.looseQuery()},
 * {@link SamacharAnalyzers#key()}, {@link SamacharAnalyzers#hindi()}), so the figures follow
 * whatever the analysers currently do. A word is analysed as it is written (a capitalised English
 * name stays capitalised); all terms of all its positions count, in the order emitted, duplicates
 * removed. Results are cached per word (computeIfAbsent: the analysis must not itself use this
 * WordForms). Not thread-safe.
 *
 * <p>The loose field has two analysers: {@code loose()} makes the terms a document indexes,
 * {@code looseQuery()} the terms a search looks for (both prefixed by script: {@code _}, {@code ~},
 * {@code ^}). A search for word A finds a document holding word B through the loose field when
 * {@code looseQuery(A) ∩ loose(B) ≠ ∅} ({@link #finds}); the relation has a direction. An analysis
 * library without {@code looseQuery()} (before the two were split) uses {@code loose()} on both
 * sides, found by reflection so that this class compiles and runs against either.
 */
public final class WordForms {

    /** The prefixes the loose terms may start with (script and side); {@link #bare} strips one. */
    static final String PREFIXES = "_~^";
    /** The prefix of a Devanagari word's normalised spelling: a Hindi term, not a key. */
    static final char SPELLING_PREFIX = '^';

    /**
     * One word's terms.
     *
     * @param loose      what a document holding the word indexes in the loose field; {@code loose.get(0)}
     *                   is the primary loose form, when there is one
     * @param looseQuery what a search for the word looks for in the loose field (= loose for an
     *                   analysis library with one loose analyser)
     */
    public record Forms(List<String> loose, List<String> looseQuery, Set<String> key, Set<String> hindi) {

        /** One loose analyser for both sides (the old analysis library; tests). */
        public Forms(List<String> loose, Set<String> key, Set<String> hindi) {
            this(loose, loose, key, hindi);
        }

        /** The first indexed loose term without its script prefix, or "". */
        public String primaryLoose() {
            return loose.isEmpty() ? "" : bare(loose.get(0));
        }
    }

    private final Function<String, Forms> analyse;
    private final Map<String, Forms> cache = new HashMap<>();
    private final boolean twoSided;

    /** Forms from Samachar's analysers. */
    public WordForms() {
        Analyzer loose = SamacharAnalyzers.loose();
        Analyzer query = looseQueryAnalyzer();
        Analyzer key = SamacharAnalyzers.key();
        Analyzer hindi = SamacharAnalyzers.hindi();
        this.twoSided = query != null;
        Analyzer looseQuery = query != null ? query : loose;
        this.analyse = word -> {
            List<String> indexed = List.copyOf(terms(loose, word));
            List<String> queried = looseQuery == loose ? indexed : List.copyOf(terms(looseQuery, word));
            return new Forms(indexed, queried, Set.copyOf(terms(key, word)), Set.copyOf(terms(hindi, word)));
        };
    }

    /** Forms from another source (tests: hand-made forms). */
    public WordForms(Function<String, Forms> analyse) {
        this.analyse = analyse;
        this.twoSided = false;
    }

    /** {@code SamacharAnalyzers.looseQuery()} when the analysis library has it, else null. */
    static Analyzer looseQueryAnalyzer() {
        // A one-word search: Samachar's search takes an ordinary Hindi word's terms when the query
        // has no name (looseQueryEveryWord, earlier looseQueryEveryHindiWord); libraries without it have looseQuery or
        // neither.
        for (String name : new String[] {"looseQueryEveryWord", "looseQueryEveryHindiWord", "looseQuery"}) {
            Analyzer a = staticAnalyzer(name);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static Analyzer staticAnalyzer(String name) {
        try {
            Method m = SamacharAnalyzers.class.getMethod(name);
            if (Modifier.isStatic(m.getModifiers()) && Analyzer.class.isAssignableFrom(m.getReturnType())) {
                return (Analyzer) m.invoke(null);
            }
            return null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SamacharAnalyzers." + name + "() failed", e);
        }
    }

    /** Whether the loose field has a query analyser of its own (looseQuery) in this analysis library. */
    public boolean twoSided() {
        return twoSided;
    }

    /** How the loose field is analysed, for the report. */
    public String describe() {
        return twoSided
                ? "loose() at index time, looseQuery() at query time"
                : "loose() at index and query time (no looseQuery() in this analysis library)";
    }

    public Forms of(String word) {
        return cache.computeIfAbsent(word, analyse);
    }

    static LinkedHashSet<String> terms(Analyzer analyzer, String text) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        AnalyzedText.byPosition(analyzer, text).values().forEach(terms::addAll);
        return terms;
    }

    /** The term without its leading script/side prefix ({@link #PREFIXES}), if it has one. */
    static String bare(String term) {
        return !term.isEmpty() && PREFIXES.indexOf(term.charAt(0)) >= 0 ? term.substring(1) : term;
    }

    /**
     * The distinct bare keys of the terms ({@link #bare}), without the normalised Devanagari
     * spellings ({@code ^…}, not keys): what fuzzy matching and the distances of misses compare.
     */
    static List<String> bareKeys(Collection<String> terms) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : terms) {
            if (!t.isEmpty() && t.charAt(0) != SPELLING_PREFIX) {
                String b = bare(t);
                if (!b.isEmpty()) {
                    out.add(b);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The tiers by which a search for word {@code query} finds a document holding word
     * {@code doc} (empty: none). LOOSE: {@code looseQuery(query) ∩ loose(doc)}; KEY: the key term
     * sets intersect; FUZZY: a bare query key is within {@link FuzzyMatch#finds} of a bare indexed
     * key (the allowance of the query term, as Elasticsearch's fuzzy match).
     */
    public static Set<Tier> finding(Forms query, Forms doc, Set<Tier> tiers) {
        Set<Tier> found = EnumSet.noneOf(Tier.class);
        if (tiers.contains(Tier.LOOSE) && intersect(query.looseQuery(), doc.loose())) {
            found.add(Tier.LOOSE);
        }
        if (tiers.contains(Tier.KEY) && intersect(query.key(), doc.key())) {
            found.add(Tier.KEY);
        }
        if (tiers.contains(Tier.FUZZY) && fuzzy(bareKeys(query.looseQuery()), bareKeys(doc.loose()))) {
            found.add(Tier.FUZZY);
        }
        return found;
    }

    /** Whether a search for word {@code query} finds a document holding word {@code doc} by one of the tiers. */
    public static boolean finds(Forms query, Forms doc, Set<Tier> tiers) {
        return tiers.contains(Tier.LOOSE) && intersect(query.looseQuery(), doc.loose())
                || tiers.contains(Tier.KEY) && intersect(query.key(), doc.key())
                || tiers.contains(Tier.FUZZY) && fuzzy(bareKeys(query.looseQuery()), bareKeys(doc.loose()));
    }

    /** Either word, searched for, finds the other: the tiers of both directions. */
    public static Set<Tier> matching(Forms a, Forms b, Set<Tier> tiers) {
        Set<Tier> found = finding(a, b, tiers);
        found.addAll(finding(b, a, tiers));
        return found;
    }

    /** Either word, searched for, finds the other. */
    public static boolean matches(Forms a, Forms b, Set<Tier> tiers) {
        return finds(a, b, tiers) || finds(b, a, tiers);
    }

    static boolean intersect(Collection<String> a, Collection<String> b) {
        for (String t : a) {
            if (b.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A query term finds an indexed term within the query term's fuzzy allowance. */
    static boolean fuzzy(List<String> queryTerms, List<String> indexedTerms) {
        for (String x : queryTerms) {
            for (String y : indexedTerms) {
                if (FuzzyMatch.finds(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The least OSA distance between a bare loose key of a and one of b, over the terms of both
     * sides (for ranking near misses); {@link Integer#MAX_VALUE} when either has none.
     */
    public static int nearest(Forms a, Forms b) {
        int best = Integer.MAX_VALUE;
        List<String> bKeys = bareKeys(union(b.loose(), b.looseQuery()));
        for (String x : bareKeys(union(a.loose(), a.looseQuery()))) {
            for (String y : bKeys) {
                best = Math.min(best, FuzzyMatch.distance(x, y));
            }
        }
        return best;
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (a == b) {
            return a;
        }
        LinkedHashSet<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return new ArrayList<>(u);
    }
}
