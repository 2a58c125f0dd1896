package dev.samachar.cli;

import dev.samachar.synonyms.CorpusScan;
import dev.samachar.synonyms.KnownNames;
import dev.samachar.synonyms.SuggestedGroup;
import dev.samachar.synonyms.SynonymFile;
import dev.samachar.synonyms.SynonymMiner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "synonyms",
        mixinStandardHelpOptions = true,
        description = "Transliteration groups mined from the indexed corpus.",
        subcommands = {SynonymsCommand.Suggest.class, SynonymsCommand.Export.class})
final class SynonymsCommand implements Runnable {

    @ParentCommand
    SamacharCli root;

    @Override
    public void run() {
        new CommandLine(this).usage(root.out);
    }

    /** mappings/synonyms.tsv of the checkout the CLI was built from. */
    static Path defaultFile() {
        String repo = VersionProvider.buildProperties().getProperty("repo.root", ".");
        return Path.of(repo, "mappings", "synonyms.tsv").toAbsolutePath().normalize();
    }

    @Command(
            name = "suggest",
            mixinStandardHelpOptions = true,
            description = {
                "Propose transliteration groups: Latin names in English articles paired with Devanagari "
                        + "words in Hindi articles whose romanised loose forms agree; names the gazetteer or the country "
                        + "table already knows, and ordinary words of either language (by the bundled English and Hindi "
                        + "lexicons), are left out.",
                "--accept writes chosen groups to mappings/synonyms.tsv (rebuild, then re-index, to apply)."
            })
    static final class Suggest implements Callable<Integer> {
        @ParentCommand
        SynonymsCommand synonyms;

        @Mixin
        ClusterOptions cluster;

        @Mixin
        OutputOptions output;

        @Option(
                names = "--min-score",
                paramLabel = "S",
                defaultValue = "0.6",
                description = "Only groups scoring at least this (0–1; default: ${DEFAULT-VALUE}).")
        double minScore;

        @Option(
                names = "--accept",
                paramLabel = "LATIN",
                split = ",",
                description = "Accept the suggested groups with these Latin names (repeatable, comma-separated).")
        List<String> accept = new ArrayList<>();

        @Option(names = "--accept-all", description = "Accept every suggested group at or above --min-score.")
        boolean acceptAll;

        @Option(
                names = "--file",
                paramLabel = "TSV",
                description = "Synonym data to write (default: the checkout's mappings/synonyms.tsv).")
        Path file;

        @Override
        public Integer call() throws IOException {
            SamacharCli root = synonyms.root;
            List<SuggestedGroup> groups;
            try (ClusterSession session = ClusterSession.open(root, cluster)) {
                Path target = file != null ? file : defaultFile();
                SynonymMiner miner = new SynonymMiner(KnownNames.load(SynonymFile.read(target)));
                groups = miner.suggest(CorpusScan.read(session.client, cluster.alias)).stream()
                        .filter(g -> g.score() >= minScore)
                        .toList();
                List<SuggestedGroup> chosen = groups.stream()
                        .filter(g -> acceptAll || accept.contains(g.latin()))
                        .toList();
                List<String> unknown = accept.stream()
                        .filter(a -> groups.stream().noneMatch(g -> g.latin().equals(a)))
                        .toList();
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException("not among the suggestions: " + String.join(", ", unknown));
                }
                int written = chosen.isEmpty() ? 0 : SynonymFile.append(target, chosen);
                if (output.json) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("groups", groups);
                    json.put("accepted", written);
                    json.put("file", target.toString());
                    Json.print(root.out, json);
                } else {
                    for (SuggestedGroup group : groups) {
                        root.out.printf(
                                Locale.ROOT,
                                "%.2f  %s  =  %s%n      %s; e.g. %s%n",
                                group.score(),
                                group.latin(),
                                String.join(", ", group.devanagari()),
                                group.why(),
                                String.join("; ", group.examples()));
                    }
                    root.out.printf(
                            Locale.ROOT,
                            "%d group%s suggested%s%n",
                            groups.size(),
                            groups.size() == 1 ? "" : "s",
                            written > 0
                                    ? "; " + written + " written to " + target + " (rebuild and re-index to apply)"
                                    : ".");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write the accepted groups as an Elasticsearch synonyms file and as a Synonyms API set "
                    + "(for clusters with synonym_graph).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        SynonymsCommand synonyms;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
        Path out;

        @Option(
                names = "--file",
                paramLabel = "TSV",
                description = "Synonym data to read (default: the checkout's mappings/synonyms.tsv).")
        Path file;

        @Option(
                names = "--set",
                paramLabel = "NAME",
                defaultValue = "samachar-names",
                description = "Synonyms set id for the API body (default: ${DEFAULT-VALUE}).")
        String set;

        @Override
        public Integer call() throws IOException {
            List<List<String>> groups = SynonymFile.read(file != null ? file : defaultFile());
            Files.createDirectories(out);
            Path solr = out.resolve("samachar-synonyms.txt");
            Files.writeString(solr, SynonymFile.solrFormat(groups), StandardCharsets.UTF_8);
            List<Map<String, String>> rules = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                rules.add(Map.of("id", "group-" + (i + 1), "synonyms", String.join(", ", groups.get(i))));
            }
            Path api = out.resolve(set + ".synonyms-set.json");
            Files.writeString(
                    api,
                    Json.mapper().writeValueAsString(Map.of("synonyms_set", rules)) + "\n",
                    StandardCharsets.UTF_8);
            synonyms.root.out.printf(
                    Locale.ROOT,
                    "Wrote %d groups to %s and %s (PUT _synonyms/%s with the latter's body)%n",
                    groups.size(),
                    solr,
                    api,
                    set);
            return ExitCodes.OK;
        }
    }
}
