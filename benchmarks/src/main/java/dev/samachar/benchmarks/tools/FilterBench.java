package dev.samachar.benchmarks.tools;

import com.ibm.icu.util.ULocale;
import dev.samachar.ingest.entities.GazetteerEntry;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.FacetValueResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What resolving the facet filters of one request costs without Elasticsearch: building a
 * {@link FacetValueResolver} over the values an index holds ({@link #indexValues}), then resolving typical
 * typed values.
 */
final class FilterBench {

    /** Values a user types: a surname, another script, an acronym read out, a typo, an unknown source. */
    static final List<String[]> TYPED = List.of(
            new String[] {ArticleSearch.PERSONS, "yermekbayev"},
            new String[] {ArticleSearch.PERSONS, "यरमेकबायेव"},
            new String[] {ArticleSearch.SOURCES, "पीटीआई"},
            new String[] {ArticleSearch.ORGS, "unifil"},
            new String[] {ArticleSearch.PERSONS, "Yermekbayv"},
            new String[] {ArticleSearch.SOURCES, "Reuters"});

    record Report(int extraValues, double[] buildMillis, double[] resolveMicros) {}

    /**
     * The values of an index that mentions every entity of the gazetteer and every country, from four agencies,
     * plus {@code extra} values per facet the gazetteer does not have (up to what {@code FacetFilters} reads).
     */
    static Map<String, List<String>> indexValues(int extra) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String facet : List.of(
                ArticleSearch.PERSONS,
                ArticleSearch.ORGS,
                ArticleSearch.EVENTS,
                ArticleSearch.SOURCES,
                ArticleSearch.COUNTRIES)) {
            values.put(facet, new ArrayList<>());
            for (int i = 0; i < extra; i++) {
                values.get(facet).add("Value " + i + " of " + facet);
            }
        }
        values.get(ArticleSearch.SOURCES).addAll(List.of("PTI", "IANS", "ANI", "PIB Delhi"));
        values.get(ArticleSearch.COUNTRIES).addAll(List.of(ULocale.getISOCountries()));
        for (GazetteerEntry e : GazetteerEntry.bundled()) {
            String facet = switch (e.type()) {
                case PERSON -> ArticleSearch.PERSONS;
                case ORG -> ArticleSearch.ORGS;
                case EVENT -> ArticleSearch.EVENTS;
            };
            values.get(facet).add(e.canonical());
        }
        return values;
    }

    Report measure(int extra, int rounds) {
        Map<String, List<String>> values = indexValues(extra);
        double[] build = new double[rounds];
        double[] resolve = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            FacetValueResolver resolver = FacetValueResolver.withGazetteer(values);
            long built = System.nanoTime();
            for (String[] typed : TYPED) {
                resolver.resolve(typed[0], typed[1]);
            }
            long resolved = System.nanoTime();
            build[r] = (built - start) / 1e6;
            resolve[r] = (resolved - built) / 1e3 / TYPED.size();
        }
        return new Report(extra, build, resolve);
    }

    /** The value below which {@code share} of the sorted samples fall. */
    static double percentile(double[] samples, double share) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(share * sorted.length))];
    }
}
