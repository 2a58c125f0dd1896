package dev.samachar.cli;

import dev.samachar.kibana.KibanaImporter;
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
        name = "kibana",
        mixinStandardHelpOptions = true,
        description = "Kibana assets: a data view on the alias `samachar`, a saved search and an overview dashboard "
                + "(Kibana " + KibanaImporter.MINIMUM_KIBANA + " or newer).",
        subcommands = {KibanaCommand.Import.class})
final class KibanaCommand implements Runnable {

    @ParentCommand
    SamacharCli root;

    @Override
    public void run() {
        new CommandLine(this).usage(root.out);
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import mappings/kibana/samachar.ndjson via the saved-objects API (overwrite=true).",
                "Credentials only from the environment: SAMACHAR_KIBANA_API_KEY, or SAMACHAR_KIBANA_USER + "
                        + "SAMACHAR_KIBANA_PASSWORD.",
                "Exit 1 when Kibana rejected any object (each is listed), 3 when it is unreachable or refuses "
                        + "the credentials."
            })
    static final class Import implements Callable<Integer> {
        private static final String DASHBOARD_ID = "samachar-overview";

        @ParentCommand
        KibanaCommand kibana;

        @Mixin
        OutputOptions output;

        @Option(
                names = "--kibana-url",
                paramLabel = "URL",
                description = "Kibana base URL, e.g. http://localhost:5601. Default: $KIBANA_URL.")
        String kibanaUrl;

        @Option(names = "--space", paramLabel = "SPACE", description = "Kibana space id (default: the default space).")
        String space;

        @Override
        public Integer call() {
            SamacharCli root = kibana.root;
            String url = kibanaUrl != null
                    ? kibanaUrl
                    : root.settings.get(KibanaImporter.KIBANA_URL).orElse(null);
            KibanaImporter importer = new KibanaImporter(url, space, root.settings);
            KibanaImporter.Outcome outcome;
            try {
                outcome = importer.importAssets();
            } catch (KibanaImporter.UnreachableException e) {
                if (output.json) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("endpoint", importer.endpoint().toString());
                    json.put("success", false);
                    json.put("error", e.getMessage());
                    Json.print(root.out, json);
                }
                root.err.println(
                        "samachar: " + e.getMessage() + " (is Kibana running? check --kibana-url / KIBANA_URL)");
                return ExitCodes.CLUSTER;
            }
            int code = outcome.ok() ? ExitCodes.OK : outcome.authRejected() ? ExitCodes.CLUSTER : ExitCodes.PARTIAL;
            if (output.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("endpoint", importer.endpoint().toString());
                json.put("status", outcome.status());
                json.put("success", outcome.ok());
                json.put("imported", outcome.imported());
                json.put(
                        "new_ids",
                        outcome.newIds().stream()
                                .map(n -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("type", n.type());
                                    m.put("id", n.id());
                                    m.put("destination_id", n.destinationId());
                                    return m;
                                })
                                .toList());
                json.put(
                        "errors",
                        outcome.failures().stream()
                                .map(f -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("type", f.type());
                                    m.put("id", f.id());
                                    m.put("title", f.title());
                                    m.put("reason", f.reason());
                                    return m;
                                })
                                .toList());
                Json.print(root.out, json);
            }
            if (outcome.ok()) {
                if (!output.json) {
                    root.out.printf(
                            Locale.ROOT,
                            "Imported %d saved objects into %s%n",
                            outcome.successCount(),
                            importer.endpoint());
                    outcome.imported().forEach(o -> root.out.println("  " + o));
                    printNewIds(root, outcome.newIds());
                    root.out.println("Open the dashboard \"Samachar overview\" (id "
                            + outcome.idInKibana("dashboard", DASHBOARD_ID) + ").");
                }
                return code;
            }
            if (!output.json) {
                printNewIds(root, outcome.newIds());
            }
            List<KibanaImporter.Failure> failures = outcome.failures();
            root.err.printf(
                    Locale.ROOT,
                    "samachar: Kibana import into %s failed for %d object(s):%n",
                    importer.endpoint(),
                    failures.size());
            failures.forEach(f -> root.err.println("  " + f));
            if (outcome.authRejected()) {
                root.err.println(
                        "  (credentials rejected: check SAMACHAR_KIBANA_API_KEY or SAMACHAR_KIBANA_USER/PASSWORD)");
            }
            return code;
        }

        /** Objects stored under a new id keep their links (Kibana rewrites the references) but not their URLs. */
        private static void printNewIds(SamacharCli root, List<KibanaImporter.NewId> newIds) {
            if (newIds.isEmpty()) {
                return;
            }
            root.out.printf(
                    Locale.ROOT, "Kibana gave %d object(s) new ids in this space (old id -> new id):%n", newIds.size());
            newIds.forEach(n -> root.out.println("  " + n));
        }
    }
}
