package dev.samachar.benchmarks.names;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.benchmarks.names.RealNewsNames.RealNewsName;
import dev.samachar.benchmarks.names.RealNewsSearchEval.Check;
import dev.samachar.benchmarks.names.RealNewsSearchEval.FalsePositive;
import dev.samachar.benchmarks.names.RealNewsSearchEval.ModeResult;
import dev.samachar.benchmarks.names.RealNewsSearchEval.NameResult;
import dev.samachar.benchmarks.names.RealNewsSearchEval.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The Markdown {@link RealNewsSearchEval} prints: per mode the table, the macro figures, the checks, examples. */
final class RealNewsReport {

    private static final double BAD = 0.8;

    private RealNewsReport() {}

    /** Macro figures of one direction (or one language of the same-script check). */
    record Summary(
            int names,
            Double macroPrecision,
            int precisionNames,
            Double macroRecall,
            int recallNames,
            Double minPrecision,
            String minPrecisionName,
            List<String> below,
            int returned,
            int relevantReturned,
            int relevantInCorpus) {

        static Summary of(List<NameResult> rows) {
            List<Double> p = rows.stream()
                    .map(NameResult::precision)
                    .filter(Objects::nonNull)
                    .toList();
            List<Double> r = rows.stream()
                    .map(NameResult::recall)
                    .filter(Objects::nonNull)
                    .toList();
            NameResult min = rows.stream()
                    .filter(x -> x.precision() != null)
                    .min((a, b) -> Double.compare(a.precision(), b.precision()))
                    .orElse(null);
            List<String> below = rows.stream()
                    .filter(x -> x.precision() != null && x.precision() < BAD)
                    .map(x -> x.name().query() + " (" + pct(x.precision()) + ")")
                    .toList();
            return new Summary(
                    rows.size(),
                    mean(p),
                    p.size(),
                    mean(r),
                    r.size(),
                    min == null ? null : min.precision(),
                    min == null ? null : min.name().query(),
                    below,
                    rows.stream().mapToInt(NameResult::returned).sum(),
                    rows.stream().mapToInt(NameResult::relevantReturned).sum(),
                    rows.stream().mapToInt(NameResult::relevantInCorpus).sum());
        }

        private static Double mean(List<Double> values) {
            return values.isEmpty()
                    ? null
                    : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    static String markdown(
            String startedAt,
            Options options,
            RealNewsCorpus corpus,
            List<RealNewsName> names,
            List<ModeResult> results,
            double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n## ")
                .append(startedAt)
                .append(" (scripts/bench-names-realnews, ")
                .append(String.join(" + ", options.modes()))
                .append(" mode)\n\n");
        long latin = names.stream().filter(RealNewsName::latinQuery).count();
        out.append("- Corpus: realnews-dev, ")
                .append(String.format(Locale.ROOT, "%,d", corpus.size()))
                .append(" pages (")
                .append(String.format(Locale.ROOT, "%,d", corpus.size("en")))
                .append(" English, ")
                .append(String.format(Locale.ROOT, "%,d", corpus.size("hi")))
                .append(" Hindi; language from truth.jsonl), read from `")
                .append(corpus.root())
                .append("` at run time\n");
        out.append("- Names: ")
                .append(names.size())
                .append(" (")
                .append(latin)
                .append(" Latin → Hindi, searched with `--lang hi`; ")
                .append(names.size() - latin)
                .append(" Devanagari → English, `--lang en`), listed in `RealNewsNames`\n");
        out.append(
                        "- Search: `samachar search NAME --lang L --size 500`, every page, through the CLI's search code in-process")
                .append(" (ArticleSearch, analysis mode detected from the cluster as the CLI does)\n");
        out.append("- Judging rule: ").append(RealNewsSearchEval.RULE).append(".\n");
        out.append(
                        "- Precision = relevant returned / returned (– when nothing is returned); recall = relevant returned / ")
                .append(
                        "relevant in the whole target-language half (– when there is none). Macro = mean of the defined values.\n");
        if (options.commit() != null) {
            out.append("- Commit: ").append(options.commit()).append('\n');
        }
        out.append("- Heap of the node: ")
                .append(System.getenv().getOrDefault("SAMACHAR_ES_HEAP", "default"))
                .append("; machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores")
                .append(String.format(Locale.ROOT, "; whole run %.0f s", seconds))
                .append('\n');
        for (ModeResult mode : results) {
            mode(out, mode, options.examplesForAll());
        }
        if (results.size() > 1) {
            out.append("\n### Modes compared\n\n");
            out.append(
                    "| mode | direction | macro precision | macro recall | min precision | below 80% |\n|---|---|---:|---:|---:|---|\n");
            for (ModeResult mode : results) {
                for (String direction : directions(mode.cross())) {
                    Summary s = Summary.of(rows(mode.cross(), direction));
                    out.append("| ")
                            .append(mode.mode())
                            .append(" | ")
                            .append(direction)
                            .append(" | ")
                            .append(pct(s.macroPrecision()))
                            .append(" | ")
                            .append(pct(s.macroRecall()))
                            .append(" | ")
                            .append(pct(s.minPrecision()))
                            .append(" | ")
                            .append(s.below().size())
                            .append(" |\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * The rows scripts/bench-names puts in its summary table ({@code | measure | figure | target | met |}, no
     * header): per mode and direction the macro precision and recall and the names below 80% precision
     * (target: none), and the two must-show checks (Kerala: none returned that does not name केरल).
     */
    static String summaryRows(List<ModeResult> results) {
        StringBuilder out = new StringBuilder();
        for (ModeResult mode : results) {
            for (String direction : directions(mode.cross())) {
                Summary s = Summary.of(rows(mode.cross(), direction));
                String arrow = direction.startsWith("Latin")
                        ? "en→hi (Latin names, `--lang hi`)"
                        : "hi→en (Devanagari names, `--lang en`)";
                out.append(String.format(
                        Locale.ROOT,
                        "| real news, %s mode, %s, %d names: macro precision / macro recall, over the names that have one (micro: %,d of %,d returned relevant, %,d of %,d relevant found) | %s (%d) / %s (%d) | | |%n",
                        mode.mode(),
                        arrow,
                        s.names(),
                        s.relevantReturned(),
                        s.returned(),
                        s.relevantReturned(),
                        s.relevantInCorpus(),
                        pct(s.macroPrecision()),
                        s.precisionNames(),
                        pct(s.macroRecall()),
                        s.recallNames()));
                out.append(String.format(
                        Locale.ROOT,
                        "| real news, %s mode, %s: names below 80%% precision | %s | none | %s |%n",
                        mode.mode(),
                        arrow.substring(0, 5),
                        s.below().isEmpty() ? "none" : s.below().size() + ": " + String.join(", ", s.below()),
                        s.below().isEmpty() ? "yes" : "no"));
            }
            for (Check c : mode.checks()) {
                int notNaming = c.returned() - c.relevantReturned();
                String recall = c.relevantReturned() + " / " + c.relevantInCorpus() + " = "
                        + pct(c.relevantInCorpus() == 0 ? null : (double) c.relevantReturned() / c.relevantInCorpus());
                if (c.label().equals("Kerala")) {
                    out.append(String.format(
                            Locale.ROOT,
                            "| real news, %s mode: `%s`: returned / not naming %s (recall %s) | %d / %d | 0 not naming %s | %s |%n",
                            mode.mode(),
                            c.command().replace(" --json --size 500", ""),
                            c.spelling(),
                            recall,
                            c.returned(),
                            notNaming,
                            c.spelling(),
                            notNaming == 0 ? "yes" : "no"));
                } else {
                    out.append(String.format(
                            Locale.ROOT,
                            "| real news, %s mode: `%s`: recall on the pages naming %s (returned %d, %d of them not naming it) | %s | | |%n",
                            mode.mode(),
                            c.command().replace(" --json --size 500", ""),
                            c.spelling(),
                            c.returned(),
                            notNaming,
                            recall));
                }
            }
        }
        return out.toString();
    }

    private static void mode(StringBuilder out, ModeResult mode, boolean examplesForAll) {
        JsonNode idx = mode.indexSummary();
        out.append("\n### ").append(mode.mode()).append(" mode\n\n");
        out.append("- Node: Elasticsearch ")
                .append(mode.esVersion())
                .append(", dedicated, temporary home; detected: ")
                .append(mode.detected())
                .append('\n');
        out.append("- `samachar index` of the corpus folders: ")
                .append(idx.path("articles").asText())
                .append(" articles read, ")
                .append(idx.path("indexed").asText())
                .append(" indexed, ")
                .append(idx.path("copies").asText())
                .append(" copies, ")
                .append(idx.path("failed").asText())
                .append(" failed")
                .append(String.format(Locale.ROOT, " (%.1f s)", mode.indexSeconds()))
                .append('\n');
        out.append(String.format(
                Locale.ROOT,
                "- Time: node start %.1f s, index %.1f s, searches and checks %.1f s; mode total %.1f s%n",
                mode.startSeconds(),
                mode.indexSeconds(),
                mode.searchSeconds(),
                mode.totalSeconds()));
        out.append("- Cross-check: ").append(mode.crossCheck()).append("\n\n");

        out.append(
                "| name | direction | returned | relevant returned | relevant in corpus | precision | recall | note |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (NameResult r : mode.cross()) {
            out.append("| ")
                    .append(r.name().query())
                    .append(" | ")
                    .append(r.name().direction())
                    .append(" | ")
                    .append(r.returned())
                    .append(" | ")
                    .append(r.relevantReturned())
                    .append(" | ")
                    .append(r.relevantInCorpus())
                    .append(" | ")
                    .append(pct(r.precision()))
                    .append(" | ")
                    .append(pct(r.recall()))
                    .append(" | ")
                    .append(r.name().note())
                    .append(r.unknownFiles() > 0 ? " (" + r.unknownFiles() + " hits outside the corpus)" : "")
                    .append(r.total() != r.returned() ? " (the search reported " + r.total() + " hits)" : "")
                    .append(
                            r.onlyQueryScript() > 0
                                    ? " (" + r.onlyQueryScript() + " relevant only through the "
                                            + (r.name().latinQuery() ? "Latin" : "Devanagari") + " spelling)"
                                    : "")
                    .append(" |\n");
        }
        out.append(
                "\n| direction | names | macro precision (names) | macro recall (names) | min precision | names below 80% precision |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        for (String direction : directions(mode.cross())) {
            Summary s = Summary.of(rows(mode.cross(), direction));
            out.append("| ")
                    .append(direction)
                    .append(" | ")
                    .append(s.names())
                    .append(" | ")
                    .append(pct(s.macroPrecision()))
                    .append(" (")
                    .append(s.precisionNames())
                    .append(") | ")
                    .append(pct(s.macroRecall()))
                    .append(" (")
                    .append(s.recallNames())
                    .append(") | ")
                    .append(pct(s.minPrecision()))
                    .append(s.minPrecisionName() == null ? "" : " " + s.minPrecisionName())
                    .append(" | ")
                    .append(s.below().isEmpty() ? "none" : String.join(", ", s.below()))
                    .append(" |\n");
        }
        List<NameResult> withFalse =
                mode.cross().stream().filter(r -> r.falsePositiveCount() > 0).toList();
        if (!withFalse.isEmpty()) {
            out.append(
                            "\n**Why the false positives matched** (every false positive, by the kind of field in which the same query,")
                    .append(
                            " restricted to it, highlights something; a page counts under each kind that matched. loose = `*.loose`/`loose`,")
                    .append(
                            " the romanised fuzzy forms; key = `*.key`; aliases = the spellings the indexer adds for the entities and")
                    .append(
                            " countries it recognised, e.g. अमेरिका for \"US\"; exact/hindi = the words themselves or their Hindi normal form):\n\n");
            out.append("| name | false positives |");
            RealNewsSearchEval.CATEGORIES.forEach(c -> out.append(' ').append(c).append(" |"));
            out.append(" aliases only |\n|---|---:|");
            RealNewsSearchEval.CATEGORIES.forEach(c -> out.append("---:|"));
            out.append("---:|\n");
            for (NameResult r : withFalse) {
                out.append("| ")
                        .append(r.name().query())
                        .append(" | ")
                        .append(r.falsePositiveCount())
                        .append(" |");
                RealNewsSearchEval.CATEGORIES.forEach(c ->
                        out.append(' ').append(r.whyFalse().getOrDefault(c, 0)).append(" |"));
                out.append(' ').append(r.aliasOnly()).append(" |\n");
            }
        }
        List<String> silent = mode.cross().stream()
                .filter(r -> r.returned() == 0)
                .map(r -> r.name().query()
                        + (r.relevantInCorpus() == 0
                                ? " (none relevant: correct)"
                                : " (" + r.relevantInCorpus() + " relevant)"))
                .toList();
        if (!silent.isEmpty()) {
            out.append("\nNothing returned for: ")
                    .append(String.join(", ", silent))
                    .append(".\n");
        }

        out.append("\n**Must-show checks** (through `scripts/samachar search --json`):\n\n");
        for (Check c : mode.checks()) {
            out.append("- `")
                    .append(c.command())
                    .append("`: ")
                    .append(c.returned())
                    .append(" returned, ")
                    .append(c.returned() - c.relevantReturned())
                    .append(" of them not naming ")
                    .append(c.spelling())
                    .append("; recall ")
                    .append(c.relevantReturned())
                    .append(" / ")
                    .append(c.relevantInCorpus())
                    .append(" = ")
                    .append(pct(
                            c.relevantInCorpus() == 0 ? null : (double) c.relevantReturned() / c.relevantInCorpus()))
                    .append(" of the pages naming ")
                    .append(c.spelling());
            if (!c.offenders().isEmpty()) {
                List<String> shown =
                        c.offenders().subList(0, Math.min(10, c.offenders().size()));
                out.append(" (not naming it: ")
                        .append(shown.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")))
                        .append(c.offenders().size() > shown.size() ? ", …" : "")
                        .append(")");
            }
            out.append('\n');
        }

        List<NameResult> bad = mode.cross().stream()
                .filter(r ->
                        r.precision() != null && (examplesForAll ? r.falsePositiveCount() > 0 : r.precision() < BAD))
                .toList();
        out.append("\n**False positives of the names ")
                .append(examplesForAll ? "with any" : "below 80% precision")
                .append("** (up to ")
                .append("5 each: the page, its title, the words marked in the CLI's snippet, and per field the words")
                .append(" the same query highlights in that page):\n");
        if (bad.isEmpty()) {
            out.append("\nnone\n");
        }
        for (NameResult r : bad) {
            out.append("\n- **")
                    .append(r.name().query())
                    .append("** (")
                    .append(r.name().direction())
                    .append(", ")
                    .append(r.falsePositiveCount())
                    .append(" false of ")
                    .append(r.returned())
                    .append(", precision ")
                    .append(pct(r.precision()))
                    .append(")\n");
            for (FalsePositive fp : r.falsePositives()) {
                out.append("  - `")
                        .append(fp.key())
                        .append("` ")
                        .append(shortTitle(fp.title()))
                        .append(" — snippet: ")
                        .append(
                                fp.snippetWords().isEmpty()
                                        ? "(no mark)"
                                        : String.join(", ", distinct(fp.snippetWords())))
                        .append("; fields: ")
                        .append(fields(fp.fieldWords()))
                        .append('\n');
            }
        }

        out.append(
                "\n**Same-script sanity** (each name in its own script and language, judged on that script's spellings):\n\n");
        out.append("| name | lang | returned | relevant returned | relevant in corpus | precision | recall |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (NameResult r : mode.sameScript()) {
            out.append("| ")
                    .append(r.name().query())
                    .append(" | ")
                    .append(r.lang())
                    .append(" | ")
                    .append(r.returned())
                    .append(" | ")
                    .append(r.relevantReturned())
                    .append(" | ")
                    .append(r.relevantInCorpus())
                    .append(" | ")
                    .append(pct(r.precision()))
                    .append(" | ")
                    .append(pct(r.recall()))
                    .append(" |\n");
        }
        for (String lang : List.of("en", "hi")) {
            Summary s = Summary.of(mode.sameScript().stream()
                    .filter(r -> r.lang().equals(lang))
                    .toList());
            out.append("\nSame-script ")
                    .append(lang)
                    .append(": macro precision ")
                    .append(pct(s.macroPrecision()))
                    .append(" (")
                    .append(s.precisionNames())
                    .append(" names), macro recall ")
                    .append(pct(s.macroRecall()))
                    .append(" (")
                    .append(s.recallNames())
                    .append(" names)")
                    .append(s.below().isEmpty() ? "" : "; below 80%: " + String.join(", ", s.below()))
                    .append(".\n");
        }
    }

    private static List<String> directions(List<NameResult> rows) {
        return rows.stream().map(r -> r.name().direction()).distinct().toList();
    }

    private static List<NameResult> rows(List<NameResult> rows, String direction) {
        return rows.stream().filter(r -> r.name().direction().equals(direction)).toList();
    }

    private static String fields(Map<String, Set<String>> fieldWords) {
        if (fieldWords.isEmpty()) {
            return "(nothing highlighted)";
        }
        List<String> parts = new ArrayList<>();
        fieldWords.forEach((field, words) -> parts.add(field + ": " + String.join(", ", words)));
        return String.join("; ", parts);
    }

    private static List<String> distinct(List<String> words) {
        return words.stream().distinct().toList();
    }

    private static String shortTitle(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip().replace('|', '/');
        return "«" + (t.length() > 50 ? t.substring(0, 50) + "…" : t) + "»";
    }

    static String pct(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.0f%%", value * 100);
    }
}
