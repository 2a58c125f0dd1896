package dev.samachar.cli;

import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.SearchQuery;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The start-up workload the build records into the class-data sharing archive (AppCDS) that
 * scripts/samachar uses: run by indexer/pom.xml with {@code -XX:ArchiveClassesAtExit}, it goes
 * through what short commands load (picocli and every subcommand, the help and version paths,
 * the cluster options, the Elasticsearch client and a typed search request serialised to JSON)
 * so that a later start maps those classes from the archive instead of loading, verifying and
 * linking them from the jar. No cluster is needed: the search goes to a closed port and fails.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=samachar.jsa -cp samachar.jar
 * dev.samachar.cli.CdsTraining SCRATCH_HOME}
 */
public final class CdsTraining {

    private CdsTraining() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CdsTraining SCRATCH_HOME");
            System.exit(2);
        }
        Settings settings = new Settings(Map.of(Settings.HOME, args[0]));
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        String nowhere = "http://127.0.0.1:9"; // the discard port: nothing listens, the connection is refused at once
        List<String[]> commands = List.of(
                new String[] {"--version"},
                new String[] {"--help"},
                new String[] {"search", "--help"},
                new String[] {"index", "--help"},
                new String[] {"search", "Yermekbayev", "--country", "KZ", "--es-url", nowhere},
                new String[] {"get", "0", "--es-url", nowhere});
        for (String[] command : commands) {
            SamacharCli.run(settings, sink, sink, command);
        }
        var client = ClientFactory.create(ClusterConnection.localNode(nowhere));
        try {
            new ArticleSearch(client, "samachar", AnalysisMode.PLUGIN)
                    .requestBody(new SearchQuery(
                            "Yermekbayev",
                            List.of("KZ"),
                            List.of("hi"),
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            10,
                            0,
                            false));
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }
}
