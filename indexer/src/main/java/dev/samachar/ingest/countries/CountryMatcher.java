package dev.samachar.ingest.countries;

import dev.samachar.analysis.PhraseMatcher;
import dev.samachar.analysis.PhraseMatcher.Casing;
import dev.samachar.analysis.TokenizedText;
import dev.samachar.analysis.Vocabulary;
import dev.samachar.analysis.WordTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds the countries a Hindi or English text mentions, as ISO 3166-1 alpha-2 codes.
 *
 * <p>Names come from ICU's CLDR data (English and Hindi display, short and variant names) and
 * from the classpath resource {@value CountryNamesFile#RESOURCE} (mappings/countries.tsv in the
 * repository): spelling variants, demonyms and the phrases that must not count. Matching is by
 * {@link PhraseMatcher}, so nukta, candrabindu and nasal-cluster variants of a Hindi spelling all
 * match, the longest phrase wins ("Latin America" is no mention of the US), and Latin-script names
 * match only when capitalised ("Turkey", "TURKEY", not "turkey"; "US" only in capitals).
 * {@link CountryContext} then drops the matches that are part of another name or another place
 * ("Swiss Re", भारतीय जनता पार्टी, "Elizabeth France", the US state of Georgia; see
 * docs/countries.md).
 *
 * <p>Immutable and thread-safe; {@link #load()} builds the one instance on first use.
 */
public final class CountryMatcher {

    private final PhraseMatcher<String> matcher;
    private final Map<String, List<String>> namesByCode;
    private final Set<String> demonymKeys;
    private final CountryContext context;

    private CountryMatcher(CountryNameIndex index, CountryContext context) {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        Map<String, List<String>> names = index.spellingsByCode();
        // CAPITALISED for every phrase: it constrains only Latin tokens, and all country names
        // are proper nouns there; Devanagari has no case and is unaffected.
        names.forEach((code, spellings) -> spellings.forEach(s -> builder.add(s, code, Casing.CAPITALISED)));
        index.blockingPhrases().forEach(p -> builder.add(p, CountryNameIndex.BLOCKED, Casing.CAPITALISED));
        this.matcher = builder.build();
        this.namesByCode = Map.copyOf(names);
        this.demonymKeys = index.demonymKeys();
        this.context = context;
    }

    /** The matcher over ICU's CLDR names and the bundled countries.tsv, built once. */
    public static CountryMatcher load() {
        return Holder.INSTANCE;
    }

    /** Codes of the countries {@code text} mentions, in a new sorted set; empty for null. */
    public SortedSet<String> countriesIn(String text) {
        return text == null ? new TreeSet<>() : countriesIn(TokenizedText.of(text));
    }

    /** As {@link #countriesIn(String)}, on a text the caller has tokenised for all its matchers. */
    public SortedSet<String> countriesIn(TokenizedText text) {
        SortedSet<String> codes = new TreeSet<>();
        for (CountryMention m : mentions(text)) {
            codes.add(m.code());
        }
        return codes;
    }

    /** Every place {@code text} names a country, in text order; empty for null. */
    public List<CountryMention> mentions(String text) {
        return text == null ? List.of() : mentions(TokenizedText.of(text));
    }

    private List<CountryMention> mentions(TokenizedText text) {
        List<WordTokenizer.Token> tokens = text.tokens();
        List<CountryContext.Candidate> candidates = new ArrayList<>();
        int from = 0;
        for (PhraseMatcher.Match<String> m : matcher.findAll(text)) {
            while (tokens.get(from).start() < m.start()) {
                from++;
            }
            int to = from;
            while (to < tokens.size() && tokens.get(to).start() < m.end()) {
                to++;
            }
            if (!m.value().equals(CountryNameIndex.BLOCKED)) {
                candidates.add(new CountryContext.Candidate(
                        m.value(), from, to, demonymKeys.contains(PhraseMatcher.key(m.text())), m));
            }
            from = to;
        }
        return context.keep(text, candidates);
    }

    /**
     * Every spelling known for a country, English and Hindi: CLDR names, then the variants and
     * demonyms of countries.tsv. Spellings that the matcher does not use for this country (an
     * excluded common word, a name shared by two countries) are left out, so the list is safe to
     * use as search aliases. Empty for an unknown code.
     */
    public List<String> namesOf(String code) {
        return code == null ? List.of() : namesByCode.getOrDefault(code.toUpperCase(Locale.ROOT), List.of());
    }

    /** Lazy, thread-safe singleton: the class loader runs this once, on first {@link #load()}. */
    private static final class Holder {
        static final CountryMatcher INSTANCE = build();

        private static CountryMatcher build() {
            Map<String, List<String>> cldr = CldrCountryNames.load();
            UsPlaces usPlaces = UsPlaces.readResource();
            Set<String> sharedWithUsStates = new HashSet<>();
            cldr.forEach((code, names) ->
                    names.stream().filter(usPlaces::isState).forEach(n -> sharedWithUsStates.add(code)));
            CountryContext context = new CountryContext(
                    CountryContextFile.readResource(), usPlaces, Vocabulary.defaults(), sharedWithUsStates);
            return new CountryMatcher(new CountryNameIndex(cldr, CountryNamesFile.readResource()), context);
        }
    }
}
