package dev.samachar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.schema.ArticleField;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.TranslationLink;
import java.util.List;
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

    /** The fields printed under the title, in order. */
    private static final List<ArticleField> PRINTED = List.of(
            ArticleField.PUBLISHED,
            ArticleField.SOURCE,
            ArticleField.LANG,
            ArticleField.COUNTRIES,
            ArticleField.PERSONS,
            ArticleField.ORGS,
            ArticleField.EVENTS,
            ArticleField.RELEASE_ID,
            ArticleField.URL,
            ArticleField.FILE);

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
            document.remove(ArticleField.LOOSE.fieldName());
            if (output.json) {
                document.put("id", id);
                Json.print(root.out, document);
                return ExitCodes.OK;
            }
            root.out.println(ArticleField.TITLE.textIn(document, ""));
            for (ArticleField field : PRINTED) {
                JsonNode value = document.get(field.fieldName());
                if (value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
                    root.out.printf(
                            Locale.ROOT,
                            "  %-11s %s%n",
                            field.fieldName(),
                            value.isArray() ? join(value, field) : value.asText());
                }
            }
            for (TranslationLink link : TranslationLink.of(document.get(ArticleField.RELATED_LINKS.fieldName()))) {
                ObjectNode other = ArticleSearch.get(session.client, cluster.alias, link.id());
                root.out.printf(
                        Locale.ROOT,
                        "  %-11s %s: %s (%s) — score %.2f; %s%n",
                        "translation",
                        link.label(other == null ? null : ArticleField.LANG.textIn(other, "")),
                        link.id(),
                        other == null ? "no longer indexed" : ArticleField.TITLE.textIn(other, ""),
                        link.score(),
                        link.reason());
            }
            root.out.println();
            root.out.println(ArticleField.BODY.textIn(document, ""));
            return ExitCodes.OK;
        }
    }

    /** Country codes are one word each; names ("Nurlan Yermekbayev") need a visible separator. */
    private static String join(JsonNode array, ArticleField field) {
        String separator = field == ArticleField.COUNTRIES ? " " : " · ";
        StringBuilder joined = new StringBuilder();
        array.forEach(v -> joined.append(joined.isEmpty() ? "" : separator).append(v.asText()));
        return joined.toString();
    }
}
