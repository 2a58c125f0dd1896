package dev.samachar.benchmarks.ingest;

import dev.samachar.benchmarks.ingest.RealNewsIngest.Figures;
import dev.samachar.benchmarks.ingest.RealNewsIngest.PageResult;
import dev.samachar.benchmarks.ingest.RealNewsIngest.Strength;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Prints the ingest report of realnews-dev (scripts/report-ingest): a Markdown table of the ingest
 * targets (docs/ingest.md#measuring-it-scriptsreport-ingest) and, below it, every page that misses
 * one (wrong title, failed, date not from the head, date in the future), so each figure can be
 * checked by hand.
 *
 * <p>Usage: {@code IngestReport [--corpus DIR] [--commit TEXT] [--details FILE]}
 */
public final class IngestReport {

    private IngestReport() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(System.getenv().getOrDefault("SAMACHAR_REALNEWS", "/work/shared/realnews-dev"));
        String commit = null;
        Path details = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--commit" -> commit = args[++i];
                case "--details" -> details = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isRegularFile(corpus.resolve("truth.jsonl"))) {
            System.err.println("report-ingest: " + corpus + " has no truth.jsonl; skipped.");
            return;
        }
        long start = System.nanoTime();
        Figures figures = RealNewsIngest.measure(corpus, Clock.systemUTC());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(summary(figures, corpus, commit, seconds));
        String listing = details(figures);
        if (details != null) {
            Files.createDirectories(details.toAbsolutePath().getParent());
            Files.writeString(details, listing, StandardCharsets.UTF_8);
            System.out.println("\nEvery miss, in full: " + details);
        } else {
            System.out.print(listing);
        }
    }

    static String summary(Figures f, Path corpus, String commit, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Ingest of realnews-dev (scripts/report-ingest), ")
                .append(Instant.now().toString(), 0, 16)
                .append(" UTC\n\n");
        out.append("- Corpus: `")
                .append(corpus)
                .append("`, read with the real ArticleReader")
                .append(commit == null ? "" : "; commit " + commit)
                .append(String.format(
                        Locale.ROOT,
                        "; %.1f s on %d cores%n",
                        seconds,
                        Runtime.getRuntime().availableProcessors()));
        out.append("- Title right: equal to truth.jsonl's headline after collapsing Unicode whitespace + NFC. Where the"
                + " truth has no headline, or a live-blog time stamp as one (weak), the title must be the page's first"
                + " (next) line, or its opening words with that whole line kept in the body.\n");
        out.append("- Date from the head: read from one of the first ")
                .append(RealNewsIngest.HEAD_LINES)
                .append(
                        " non-blank lines, the whole line or the dateline opening it (the line the parser records).\n\n");
        out.append("| measure | value | target |\n|---|---:|---|\n");
        row(out, "pages", String.valueOf(f.pages().size()), "");
        row(out, "failed pages", String.valueOf(f.failed().size()), "0");
        row(out, "pages read with a warning", String.valueOf(f.warned().size()), "");
        for (Strength s : Strength.values()) {
            row(out, "titles right, " + label(s), share(f.right(s), f.count(s)), s == Strength.NONE ? "" : "≥ 99.5%");
        }
        row(
                out,
                "titles right, strong + weak",
                share(
                        f.right(Strength.STRONG) + f.right(Strength.WEAK),
                        f.count(Strength.STRONG) + f.count(Strength.WEAK)),
                "≥ 99.5%");
        row(out, "pages with a publication date", String.valueOf(f.dated().size()), "");
        row(
                out,
                "dates not from a dateline in the head",
                String.valueOf(f.datesNotFromHead().size()),
                "0");
        row(
                out,
                "dates later than tomorrow (IST, " + f.today() + ")",
                String.valueOf(f.futureDates().size()),
                "0");
        return out.toString();
    }

    private static String label(Strength s) {
        return s == Strength.NONE ? "no headline (opening words)" : s.name().toLowerCase(Locale.ROOT) + " headline";
    }

    private static void row(StringBuilder out, String measure, String value, String target) {
        out.append("| ")
                .append(measure)
                .append(" | ")
                .append(value)
                .append(" | ")
                .append(target)
                .append(" |\n");
    }

    private static String share(long right, long of) {
        return String.format(Locale.ROOT, "%d / %d = %.2f%%", right, of, of == 0 ? 100.0 : 100.0 * right / of);
    }

    static String details(Figures f) {
        StringBuilder out = new StringBuilder();
        section(out, "Failed pages", f.failed(), p -> p.failure());
        section(out, "Warnings", f.warned(), p -> String.join("; ", p.warnings()));
        for (Strength s : Strength.values()) {
            List<PageResult> wrong = f.pages().stream()
                    .filter(p -> p.strength() == s && p.failure() == null && !p.titleRight())
                    .toList();
            section(
                    out,
                    "Wrong titles, " + label(s),
                    wrong,
                    p -> "expected «" + p.expected() + "», got «" + p.title() + "»");
        }
        section(out, "Dates not from the head", f.datesNotFromHead(), IngestReport::date);
        section(out, "Dates later than tomorrow", f.futureDates(), IngestReport::date);
        section(out, "Every date found", f.dated(), IngestReport::date);
        return out.toString();
    }

    private static String date(PageResult p) {
        return p.published() + " from line " + (p.dateLine() + 1) + ": «" + p.dateText() + "»";
    }

    private static void section(
            StringBuilder out, String title, List<PageResult> pages, Function<PageResult, String> what) {
        out.append("\n### ").append(title).append(" (").append(pages.size()).append(")\n\n");
        for (PageResult p : pages) {
            out.append("- `")
                    .append(p.path())
                    .append("`: ")
                    .append(what.apply(p))
                    .append('\n');
        }
    }
}
