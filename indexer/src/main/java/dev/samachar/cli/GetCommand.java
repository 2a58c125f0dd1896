package dev.samachar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.TranslationLink;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one stored article by id.")
final class GetCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "ID", description = "Document id, as printed by `search`.")
    String id;

    @Override
    public Integer call() {
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            ObjectNode document = ArticleSearch.get(session.client, cluster.alias, id);
            if (document == null) {
                root.err.println("samachar: no article with id " + id + " in " + cluster.alias);
                return ExitCodes.PARTIAL;
            }
            document.remove("loose");
            if (output.json) {
                document.put("id", id);
                Json.print(root.out, document);
                return ExitCodes.OK;
            }
            root.out.println(document.path("title").asText());
            for (String field : new String[] {
                "published", "source", "lang", "countries", "persons", "orgs", "events", "release_id", "url", "file"
            }) {
                JsonNode value = document.get(field);
                if (value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
                    root.out.printf(
                            Locale.ROOT, "  %-11s %s%n", field, value.isArray() ? join(value, field) : value.asText());
                }
            }
            for (TranslationLink link : TranslationLink.of(document.get("related_links"))) {
                ObjectNode other = ArticleSearch.get(session.client, cluster.alias, link.id());
                root.out.printf(
                        Locale.ROOT,
                        "  %-11s %s: %s (%s) — score %.2f; %s%n",
                        "translation",
                        link.label(other == null ? null : other.path("lang").asText()),
                        link.id(),
                        other == null
                                ? "no longer indexed"
                                : other.path("title").asText(),
                        link.score(),
                        link.reason());
            }
            root.out.println();
            root.out.println(document.path("body").asText());
            return ExitCodes.OK;
        }
    }

    /** Country codes are one word each; names ("Nurlan Yermekbayev") need a visible separator. */
    private static String join(JsonNode array, String field) {
        String separator = field.equals("countries") ? " " : " · ";
        StringBuilder joined = new StringBuilder();
        array.forEach(v -> joined.append(joined.isEmpty() ? "" : separator).append(v.asText()));
        return joined.toString();
    }
}
