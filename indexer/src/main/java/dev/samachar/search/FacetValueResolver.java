package dev.samachar.search;

import com.ibm.icu.util.ULocale;
import dev.samachar.analysis.Fuzzy;
import dev.samachar.ingest.entities.GazetteerEntry;
import dev.samachar.ingest.entities.LooseForms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Turns what a user typed as a facet filter ("yermekbayev", यरमेकबायेव, "pti", "unifil") into the
 * value the index holds ("Nurlan Yermekbayev", "PTI", "UNIFIL"). Candidates are the index's own
 * values of the facet plus, for people, organisations and events, the gazetteer's canonical names
 * with all their spellings, and for countries the ISO codes with their English and Hindi names.
 *
 * <p>Rules, first that matches wins: the exact value; the same text ignoring case; the same loose
 * form word by word (either script, {@link LooseForms}: यर्मेकबायेव meets Yermekbayev); one word of a
 * name (a surname, "PIB" of "PIB Delhi"). A Latin acronym is also spelt as Hindi reads it out ({@link LetterNames}:
 * पीटीआई is PTI), and letter names typed apart (पी.टी.आई.) are joined. A rule that matches several values resolves nothing: the
 * user is offered them, as they are when nothing matches and some value is a few letters away.
 *
 * <p>Not thread-safe ({@link LooseForms} reuses buffers): one per request. Cheap to make: the gazetteer's and
 * countries' candidates are built once per process, and those of index values are kept between requests.
 */
public final class FacetValueResolver {

    /** Words whose loose form is shorter than this never match alone: "S" of "S Jaishankar", "of". */
    static final int MIN_WORD = 3;

    static final int MAX_SUGGESTIONS = 3;

    /**
     * @param suggestions values to offer when {@code values} is empty (possibly none)
     * @param ambiguous   the suggestions all match equally well: the value names several
     */
    public record Resolution(
            String facet, String asked, List<String> values, List<String> suggestions, boolean ambiguous) {
        public boolean resolved() {
            return !values.isEmpty();
        }

        /** "no person “Yermek” in the index; did you mean: Nurlan Yermekbayev?" */
        public String problem() {
            String noun = NOUNS.getOrDefault(facet, facet);
            if (suggestions.isEmpty()) {
                return "no " + noun + " “" + asked + "” in the index or the gazetteer";
            }
            String head = ambiguous
                    ? "“" + asked + "” could be any of several " + noun + " values; did you mean "
                    : "no " + noun + " “" + asked + "”; did you mean ";
            return head
                    + String.join(
                            " or ", suggestions.stream().map(v -> "“" + v + "”").toList()) + "?";
        }
    }

    private static final Map<String, String> NOUNS = Map.of(
            ArticleSearch.COUNTRIES,
            "country",
            ArticleSearch.SOURCES,
            "source",
            ArticleSearch.PERSONS,
            "person",
            ArticleSearch.ORGS,
            "organisation",
            ArticleSearch.EVENTS,
            "event",
            ArticleSearch.LANGUAGES,
            "language");

    /** A value the index may hold, the spellings that name it, and their folded and loose forms. */
    private record Candidate(
            String value, List<String> spellings, List<String> folded, List<List<Set<String>>> looseSpellings) {}

    /**
     * The candidates of the bundled gazetteer and the ISO countries, built once: they cost most of a resolver's
     * construction (docs/benchmarks.md, `scripts/bench-tools filters`) and never change while the process runs.
     */
    private static final class Bundled {
        static final Map<String, Map<String, Candidate>> CANDIDATES = base(GazetteerEntry.bundled());
    }

    /** Most distinct index values kept between requests; past it the memo starts again. */
    static final int MEMO_LIMIT = 50_000;
    /** Candidates of index values the gazetteer does not have, by facet and value: the same values come back. */
    private static final Map<String, Candidate> INDEX_VALUE_MEMO = new ConcurrentHashMap<>();

    private final Map<String, Map<String, Candidate>> candidates = new LinkedHashMap<>();
    private final LooseForms looseForms;

    /**
     * @param indexValues values each facet has in the index (facet name as in {@link FacetedSearch#FACETS})
     * @param gazetteer   entities whose canonical names people, organisations and events hold
     */
    public FacetValueResolver(Map<String, List<String>> indexValues, List<GazetteerEntry> gazetteer) {
        this(indexValues, base(gazetteer));
    }

    private FacetValueResolver(Map<String, List<String>> indexValues, Map<String, Map<String, Candidate>> base) {
        this.looseForms = new LooseForms();
        base.forEach((facet, values) -> candidates.put(facet, new LinkedHashMap<>(values)));
        indexValues.forEach((facet, values) -> {
            Map<String, Candidate> pool = candidates.computeIfAbsent(facet, f -> new LinkedHashMap<>());
            for (String value : values) {
                if (!pool.containsKey(value)) {
                    pool.put(value, indexValueCandidate(facet, value));
                }
            }
        });
    }

    /** With the bundled gazetteer. */
    public static FacetValueResolver withGazetteer(Map<String, List<String>> indexValues) {
        return new FacetValueResolver(indexValues, Bundled.CANDIDATES);
    }

    private static Map<String, Map<String, Candidate>> base(List<GazetteerEntry> gazetteer) {
        Map<String, Map<String, Candidate>> base = new LinkedHashMap<>();
        LooseForms forms = new LooseForms();
        for (GazetteerEntry entry : gazetteer) {
            String facet = switch (entry.type()) {
                case PERSON -> ArticleSearch.PERSONS;
                case ORG -> ArticleSearch.ORGS;
                case EVENT -> ArticleSearch.EVENTS;
            };
            add(base, forms, facet, entry.canonical(), entry.spellings());
        }
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            add(
                    base,
                    forms,
                    ArticleSearch.COUNTRIES,
                    code,
                    List.of(region.getDisplayCountry(ULocale.ENGLISH), region.getDisplayCountry(new ULocale("hi"))));
        }
        return base;
    }

    private Candidate indexValueCandidate(String facet, String value) {
        String key = facet + '\u0000' + value;
        Candidate known = INDEX_VALUE_MEMO.get(key);
        if (known != null) {
            return known;
        }
        if (INDEX_VALUE_MEMO.size() >= MEMO_LIMIT) {
            INDEX_VALUE_MEMO.clear();
        }
        Candidate made = candidate(looseForms, value, withSpelledOut(facet, List.of(value)));
        INDEX_VALUE_MEMO.put(key, made);
        return made;
    }

    private static void add(
            Map<String, Map<String, Candidate>> base,
            LooseForms forms,
            String facet,
            String value,
            List<String> spellings) {
        Map<String, Candidate> pool = base.computeIfAbsent(facet, f -> new LinkedHashMap<>());
        List<String> all = new ArrayList<>();
        all.add(value);
        all.addAll(spellings);
        Candidate earlier = pool.get(value);
        if (earlier != null) {
            all.addAll(earlier.spellings());
        }
        pool.put(value, candidate(forms, value, withSpelledOut(facet, all)));
    }

    /** The spellings, and each acronym among them read out as Hindi does. */
    private static Set<String> withSpelledOut(String facet, List<String> spellings) {
        Set<String> all = new LinkedHashSet<>(spellings);
        // Country codes are not read out: the ISO names in both scripts already name them.
        for (String spelling : facet.equals(ArticleSearch.COUNTRIES) ? List.<String>of() : List.copyOf(all)) {
            String spelledOut = LetterNames.spelledOut(spelling);
            if (spelledOut != null) {
                all.add(spelledOut);
            }
        }
        return all;
    }

    private static Candidate candidate(LooseForms forms, String value, Set<String> spellings) {
        List<String> folded = new ArrayList<>();
        List<List<Set<String>>> loose = new ArrayList<>();
        for (String spelling : spellings) {
            folded.add(fold(spelling));
            loose.add(looseWords(forms, spelling));
        }
        return new Candidate(value, List.copyOf(spellings), List.copyOf(folded), List.copyOf(loose));
    }

    private static List<Set<String>> looseWords(LooseForms forms, String text) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : fold(text).split("[\\s\\p{Punct}–—]+")) {
            if (!word.isEmpty()) {
                words.add(Collections.unmodifiableSet(forms.of(word)));
            }
        }
        return List.copyOf(words);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public Resolution resolve(String facet, String asked) {
        Collection<Candidate> pool = candidates.getOrDefault(facet, Map.of()).values();
        String typed = LetterNames.joined(asked);
        String folded = fold(typed);
        List<Set<String>> looseAsked = looseWords(looseForms, typed);
        List<Predicate<Candidate>> rules = List.of(
                c -> c.value().equals(asked.strip()),
                c -> c.folded().contains(folded),
                c -> c.looseSpellings().stream().anyMatch(s -> sameWords(s, looseAsked)),
                c -> looseAsked.size() == 1
                        && c.looseSpellings().stream()
                                .anyMatch(s -> s.size() > 1
                                        && s.stream()
                                                .anyMatch(w -> meets(w, looseAsked.get(0))
                                                        && looseAsked.get(0).stream()
                                                                .anyMatch(f -> f.length() >= MIN_WORD))));
        for (Predicate<Candidate> rule : rules) {
            List<String> matched =
                    pool.stream().filter(rule).map(Candidate::value).distinct().toList();
            if (matched.size() == 1) {
                return new Resolution(facet, asked, matched, List.of(), false);
            }
            if (matched.size() > 1) {
                return new Resolution(
                        facet, asked, List.of(), matched.stream().sorted().toList(), true);
            }
        }
        return new Resolution(facet, asked, List.of(), nearest(pool, looseAsked), false);
    }

    private static boolean sameWords(List<Set<String>> a, List<Set<String>> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!meets(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Values a few letters away from what was asked, nearest first. */
    private static List<String> nearest(Collection<Candidate> pool, List<Set<String>> asked) {
        String key = joined(asked);
        if (key.length() < MIN_WORD) {
            return List.of();
        }
        int allowed = Math.max(1, key.length() / 4);
        Map<String, Integer> distance = new LinkedHashMap<>();
        for (Candidate c : pool) {
            int best = Integer.MAX_VALUE;
            for (List<Set<String>> spelling : c.looseSpellings()) {
                best = Math.min(best, Fuzzy.distance(key, joined(spelling)));
                if (asked.size() == 1) {
                    for (Set<String> word : spelling) {
                        for (String form : word) {
                            best = Math.min(best, Fuzzy.distance(key, form));
                        }
                    }
                }
            }
            if (best <= allowed) {
                distance.merge(c.value(), best, Math::min);
            }
        }
        return distance.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String joined(List<Set<String>> words) {
        StringBuilder key = new StringBuilder();
        for (Set<String> word : words) {
            key.append(word.iterator().next());
        }
        return key.toString();
    }
}
