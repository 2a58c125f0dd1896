package dev.samachar.cli;

import dev.samachar.analysis.Romanisation;
import dev.samachar.analysis.Romaniser;
import dev.samachar.analysis.lucene.AnalyzedText;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Show, per word, every form the index stores: exact, Hindi, romanised, loose and name key.",
            "Two spellings meet in search when they share a loose form (or are within fuzzy reach of one), "
                    + "or share a name key. Runs the same analysis code as the Elasticsearch plugin, offline."
        })
final class AnalyzeCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Text in either script.")
    List<String> words;

    /** One word and its forms; a word can have several loose forms (both schwa readings, exonyms). */
    record Forms(String token, String exact, String hindi, List<String> romanised, List<String> loose, String key) {}

    @Override
    public Integer call() {
        String text = Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFC);
        List<Forms> rows = analyse(text);
        if (output.json) {
            Json.print(root.out, Map.of("text", text, "tokens", rows));
            return ExitCodes.OK;
        }
        root.out.printf(
                Locale.ROOT,
                "%-18s %-18s %-18s %-28s %-24s %s%n",
                "token",
                "exact",
                "hindi",
                "romanised",
                "loose",
                "key");
        for (Forms row : rows) {
            root.out.printf(
                    Locale.ROOT,
                    "%-18s %-18s %-18s %-28s %-24s %s%n",
                    row.token(),
                    row.exact(),
                    row.hindi(),
                    String.join(" | ", row.romanised()),
                    String.join(" | ", row.loose()),
                    row.key() == null ? "- (too short)" : row.key());
        }
        return ExitCodes.OK;
    }

    static List<Forms> analyse(String text) {
        Map<Integer, List<String>> exact = AnalyzedText.byPosition(SamacharAnalyzers.exact(), text);
        Map<Integer, List<String>> hindi = AnalyzedText.byPosition(SamacharAnalyzers.hindi(), text);
        Map<Integer, List<String>> loose = AnalyzedText.byPosition(SamacharAnalyzers.loose(), text);
        Map<Integer, List<String>> key = AnalyzedText.byPosition(SamacharAnalyzers.key(), text);
        Romaniser romaniser = new Romaniser();
        List<Forms> rows = new ArrayList<>();
        for (var entry : exact.entrySet()) {
            int position = entry.getKey();
            String token = entry.getValue().get(0);
            Romanisation romanisation = romaniser.romanise(token);
            Set<String> romanised =
                    new LinkedHashSet<>(List.of(romanisation.withSchwaDeletion(), romanisation.withoutSchwaDeletion()));
            rows.add(new Forms(
                    token,
                    token,
                    first(hindi.get(position)),
                    List.copyOf(romanised),
                    loose.getOrDefault(position, List.of()),
                    first(key.get(position))));
        }
        return rows;
    }

    private static String first(List<String> terms) {
        return terms == null || terms.isEmpty() ? null : terms.get(0);
    }
}
