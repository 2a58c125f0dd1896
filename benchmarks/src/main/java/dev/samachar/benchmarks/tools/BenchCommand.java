package dev.samachar.benchmarks.tools;

import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.pipeline.TranslationLinker;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The benchmark helpers that are not part of the samachar CLI (scripts/bench-tools): a generated corpus, and
 * measurements of translation linking and facet-filter resolution without Elasticsearch.
 */
@Command(
        name = "bench-tools",
        mixinStandardHelpOptions = true,
        description = "Benchmark helpers.",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.Links.class, BenchCommand.Filters.class})
public final class BenchCommand implements Runnable {

    /** Exit code of a bad option or value, as the samachar CLI uses it. */
    static final int USAGE = 2;

    /** Exit code of any other failure (an unreadable folder, a bug). */
    static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(System.err, args));
    }

    /** Runs a helper; errors are one line on {@code err}, with the exit code saying which kind. */
    static int run(PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("bench-tools: " + e.getMessage());
            e.getCommandLine().usage(err);
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("bench-tools: " + e.getMessage());
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(
            name = "corpus",
            mixinStandardHelpOptions = true,
            description = {
                "Write a deterministic corpus of generated Hindi and English scraped pages.",
                "The articles are independent of each other: the corpus holds no translations, so every "
                        + "translation link made on it is a false one (see `bench-tools links`)."
            })
    static final class Corpus implements Callable<Integer> {
        @Option(names = "--count", paramLabel = "N", required = true, description = "Number of articles.")
        int count;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
        Path out;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "42",
                description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            if (count < 1) {
                throw new IllegalArgumentException("--count must be positive");
            }
            long start = System.nanoTime();
            var files = new CorpusGenerator(seed).write(out, count);
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            System.out.printf(
                    Locale.ROOT,
                    "Wrote %d articles (%.1f MB, %.1f KB each) to %s in %.1f s%n",
                    files.size(),
                    bytes / 1e6,
                    bytes / 1e3 / files.size(),
                    out,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    @Command(
            name = "links",
            mixinStandardHelpOptions = true,
            description = {
                "Measure translation linking without Elasticsearch: read and enrich the articles of PATHs "
                        + "as `index` would, link them among themselves, and print the pairs linked.",
                "On a `bench-tools corpus` folder every link is a false one; see docs/translation-links.md."
            })
    static final class Links implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
        List<Path> paths;

        @Option(names = "--list", description = "Print every linked pair (score, files, titles).")
        boolean list;

        @Option(
                names = "--any-day",
                description = "Compare every article with every other, as if all were "
                        + "published at the same moment: the worst case, for corpora whose dates never meet.")
        boolean anyDay;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            LinkBench.Report report = new LinkBench().measure(paths, anyDay);
            if (list) {
                report.pairs().forEach(Links::print);
                System.out.println("closest pairs left unlinked:");
                report.closestUnlinked().forEach(Links::print);
            }
            System.out.printf(
                    Locale.ROOT,
                    "files %d, articles %d (%d dated), unreadable %d%n",
                    report.files(),
                    report.articles(),
                    report.dated(),
                    report.failures());
            System.out.printf(
                    Locale.ROOT,
                    "linked pairs %d (%.2f%% of articles linked), with different country sets %d%n",
                    report.pairs().size(),
                    100 * report.linkedShare(),
                    report.differentCountries());
            double closest = report.closestUnlinked().isEmpty()
                    ? 0
                    : report.closestUnlinked().get(0).link().score();
            System.out.printf(
                    Locale.ROOT,
                    "pairs whose names allowed scoring %d, highest score left unlinked %.3f "
                            + "(link from %.2f)  [%.1f s]%n",
                    report.scoredPairs(),
                    closest,
                    TranslationLinker.LINK_THRESHOLD,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }

        private static void print(LinkBench.Pair pair) {
            System.out.printf(
                    Locale.ROOT,
                    "%.3f %-8s %s  %s  %s%n    %s | %s%n",
                    pair.link().score(),
                    pair.link().strength(),
                    pair.a().article().origin(),
                    pair.b().article().origin(),
                    pair.link().reason(),
                    pair.a().article().title(),
                    pair.b().article().title());
        }
    }

    @Command(
            name = "filters",
            mixinStandardHelpOptions = true,
            description = {
                "Measure facet-filter resolution without Elasticsearch: build the resolver that a search "
                        + "with --person/--org/--event/--source/--country builds, over the values of an index that "
                        + "mentions every gazetteer entity and country plus N values per facet the gazetteer lacks, "
                        + "and resolve typical typed values (a surname, Devanagari, an acronym read out, a typo).",
                "The first rounds include class loading and JIT warm-up and are reported apart."
            })
    static final class Filters implements Callable<Integer> {
        @Option(
                names = "--extra",
                paramLabel = "N",
                split = ",",
                defaultValue = "0,2000",
                description = "Values per facet beyond the gazetteer's, one line each (default: ${DEFAULT-VALUE}; "
                        + "2000 is the most a search reads).")
        List<Integer> extra;

        @Option(
                names = "--rounds",
                paramLabel = "N",
                defaultValue = "50",
                description = "Measured rounds (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() {
            if (rounds < 1 || extra.stream().anyMatch(n -> n < 0)) {
                throw new IllegalArgumentException("--rounds must be positive and --extra 0 or more");
            }
            FilterBench bench = new FilterBench();
            for (int n : extra) {
                FilterBench.Report first = bench.measure(n, 5);
                FilterBench.Report report = bench.measure(n, rounds);
                System.out.printf(
                        Locale.ROOT,
                        "filters, gazetteer + %d values per facet: first build %.1f ms; build "
                                + "median %.2f ms, p90 %.2f ms; resolve one value median %.1f µs, p90 %.1f µs (%d rounds)%n",
                        n,
                        first.buildMillis()[0],
                        FilterBench.percentile(report.buildMillis(), 0.5),
                        FilterBench.percentile(report.buildMillis(), 0.9),
                        FilterBench.percentile(report.resolveMicros(), 0.5),
                        FilterBench.percentile(report.resolveMicros(), 0.9),
                        rounds);
            }
            return 0;
        }
    }
}
