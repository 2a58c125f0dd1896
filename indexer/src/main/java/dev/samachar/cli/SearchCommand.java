package dev.samachar.cli;

import dev.samachar.search.ArticleSearch;
import dev.samachar.search.FacetFilters;
import dev.samachar.search.QueryParser;
import dev.samachar.search.SearchQuery;
import dev.samachar.search.SearchResults;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Full-text search in either script, with facet filters and counts.",
            "Query syntax: words must all match; \"quoted phrase\", a | b for either, -word or -\"phrase\" to exclude"
                    + " (docs/search.md).",
            "Repeating a filter (--country KZ --country IN) matches either value.",
            "Filter values are forgiving: any case, either script, a surname or acronym (--person yermekbayev,",
            "--org unifil, --source pti); a value that names nothing exits 2 with suggestions."
        })
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Mixin
    ExportOptions export;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for; omit to browse by facets.")
    List<String> words = new ArrayList<>();

    @Option(
            names = "--country",
            paramLabel = "CODE",
            split = ",",
            description = "Country code or name, e.g. KZ or Kazakhstan (repeatable).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", split = ",", description = "hi or en (repeatable).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--source", paramLabel = "SOURCE", description = "Source, e.g. \"PIB Delhi\" or PTI (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(
            names = "--person",
            paramLabel = "NAME",
            description = "Person, e.g. \"Nurlan Yermekbayev\" or Yermekbayev (repeatable; see the persons facet).")
    List<String> persons = new ArrayList<>();

    @Option(
            names = "--org",
            paramLabel = "NAME",
            description = "Organisation, e.g. \"Shanghai Cooperation Organisation\" or SCO (repeatable).")
    List<String> orgs = new ArrayList<>();

    @Option(names = "--event", paramLabel = "NAME", description = "Event, e.g. KAZIND or \"Aero India\" (repeatable).")
    List<String> events = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this day (YYYY-MM-DD, IST).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day (YYYY-MM-DD, IST).")
    String to;

    @Option(
            names = "--collapse-translations",
            description = "Show a linked Hindi/English pair (the same release) as one hit.")
    boolean collapseTranslations;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            description =
                    "relevance, newest or oldest; undated articles come last (default: relevance for a query, else newest).")
    String sort;

    @Option(
            names = "--size",
            paramLabel = "N",
            defaultValue = "10",
            description = "Hits to show, at most 500 (default: ${DEFAULT-VALUE}); for more, --format csv|jsonl --all.")
    int size;

    @Option(
            names = "--page",
            paramLabel = "N",
            defaultValue = "1",
            description = "Page of hits, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Override
    public Integer call() {
        if (page < 1) {
            throw new IllegalArgumentException("--page must be 1 or more");
        }
        if ((long) page * size > 10_000) {
            throw new IllegalArgumentException("--page × --size must stay within the first 10,000 hits");
        }
        for (String language : languages) {
            if (!language.equals("hi") && !language.equals("en")) {
                throw new IllegalArgumentException("--lang must be hi or en, not " + language);
            }
        }
        for (String word : words) {
            if (word.startsWith("--")) {
                // Unknown options reach the query (so that -word excludes); a mistyped --option must not.
                throw new IllegalArgumentException(
                        "unknown option " + word + " (to exclude a word, put one - before it: -Lebanon)");
            }
        }
        SearchQuery query = new SearchQuery(
                String.join(" ", words),
                countries,
                languages,
                sources,
                persons,
                orgs,
                events,
                date("--from", from),
                date("--to", to),
                size,
                (page - 1) * size,
                collapseTranslations,
                sort(sort));
        QueryParser.parse(query.text()); // bad syntax is exit 2 before any connection, whatever the cluster's state
        boolean exporting = export.requested(output.json);
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            FacetFilters.Result filters = new FacetFilters(session.client, cluster.alias).resolve(query);
            if (!filters.problems().isEmpty()) {
                filters.problems().forEach(p -> root.err.println("samachar: " + p.problem()));
                return ExitCodes.USAGE;
            }
            query = filters.query();
            if (exporting) {
                return export.run(root, session, cluster.alias, query);
            }
            SearchResults results =
                    new ArticleSearch(session.client, cluster.alias, session.searchMode(cluster.alias)).search(query);
            if (output.json) {
                Json.print(root.out, results);
            } else {
                new SearchPrinter(root.out, System.console() != null && root.out == System.out).print(query, results);
            }
            return ExitCodes.OK;
        }
    }

    private static SearchQuery.Sort sort(String value) {
        if (value == null) {
            return null;
        }
        for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
            if (sort.label().equalsIgnoreCase(value.strip())) {
                return sort;
            }
        }
        throw new IllegalArgumentException("--sort must be relevance, newest or oldest, not " + value);
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2021-04-09, not " + value);
        }
    }
}
