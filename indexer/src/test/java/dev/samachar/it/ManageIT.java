package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** status → remove (an article, a file) → delete on a real node, with exit codes and JSON output. */
class ManageIT {

    private static final String ALIAS = "it-manage";

    private static CliRun cli(Settings settings, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--alias";
        all[args.length + 1] = ALIAS;
        return CliRun.run(settings, all);
    }

    private static JsonNode ok(CliRun run) {
        assertEquals(0, run.exitCode(), run.toString());
        return run.json();
    }

    @Test
    void statusRemoveAndDelete() throws Exception {
        Settings settings = TestCluster.settings();
        Path stateDir = settings.home().resolve("state").resolve(ALIAS);

        JsonNode before = ok(cli(settings, "status", "--json"));
        assertEquals(0, before.get("documents").asLong());
        assertTrue(before.get("indices").isEmpty());
        assertTrue(before.get("last_run").isNull());
        assertTrue(Set.of("green", "yellow").contains(before.get("health").asText()), before.toString());

        JsonNode indexed = ok(cli(settings, "index", TestData.samples().toString(), "--json"));
        long articles = indexed.get("indexed").asLong();
        JsonNode status = ok(cli(settings, "status", "--json"));
        assertEquals(articles, status.get("documents").asLong());
        JsonNode index = status.get("indices").get(0);
        assertEquals(indexed.get("index").asText(), index.get("name").asText());
        assertTrue(index.get("schema_version").asInt() >= 1);
        assertEquals(indexed.get("analysis").asText(), index.get("analysis").asText());
        assertTrue(index.get("size_bytes").asLong() > 0);
        assertEquals(articles, status.get("last_run").get("indexed").asLong());
        assertEquals(0, status.get("failures").asInt());
        String text = cli(settings, "status").out();
        assertTrue(text.contains(indexed.get("index").asText()) && text.contains("Last run:"), text);

        // One article, by id: gone from search; its file is read again by the next run.
        JsonNode hit = ok(cli(settings, "search", "--json", "--size", "1", "--lang", "hi"))
                .get("hits")
                .get(0);
        String id = hit.get("id").asText();
        JsonNode removed = ok(cli(settings, "remove", id, "--json"));
        assertEquals(1, removed.get("removed").asInt());
        assertEquals(hit.get("file").asText(), removed.get("file").asText());
        assertEquals(1, cli(settings, "get", id).exitCode(), "the article is gone");
        assertEquals(
                articles - 1,
                ok(cli(settings, "status", "--json")).get("documents").asLong());
        JsonNode again = ok(cli(settings, "index", TestData.samples().toString(), "--json"));
        assertTrue(again.get("indexed").asLong() >= 1, "the file of the removed article is indexed again: " + again);
        assertEquals(
                articles, ok(cli(settings, "status", "--json")).get("documents").asLong());
        assertEquals(0, cli(settings, "get", id).exitCode(), "the article is back");

        // A whole feed file, by its path: every line's article goes.
        String feed = TestData.samples().resolve("feed.jsonl").toString();
        JsonNode feedRemoved = ok(cli(settings, "remove", feed, "--json"));
        int feedArticles = feedRemoved.get("removed").asInt();
        assertTrue(feedArticles > 1, feedRemoved.toString());
        assertEquals(
                articles - feedArticles,
                ok(cli(settings, "status", "--json")).get("documents").asLong());
        assertEquals(
                0,
                ok(cli(settings, "search", "--json", "--size", "0"))
                                .get("total")
                                .asLong()
                        - (articles - feedArticles));

        // A file the journal does not know (state lost) is still found by its documents' file field.
        String page = ok(cli(settings, "search", "--json", "--size", "1", "--lang", "en"))
                .get("hits")
                .get(0)
                .get("file")
                .asText();
        long pageArticles = ok(cli(settings, "search", "--json", "--size", "0"))
                .get("total")
                .asLong();
        Files.delete(stateDir.resolve("journal.jsonl"));
        assertEquals(
                1, ok(cli(settings, "remove", page, "--json")).get("removed").asInt());
        CliRun second = cli(settings, "remove", page);
        assertEquals(2, second.exitCode(), "already removed: " + second);
        assertEquals(
                pageArticles - 1,
                ok(cli(settings, "search", "--json", "--size", "0"))
                        .get("total")
                        .asLong());

        CliRun unknown = cli(settings, "remove", "no-such-article-or-file");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no-such-article-or-file"), unknown.err());

        // delete refuses without --yes and says what it would delete.
        CliRun refused = cli(settings, "delete");
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(
                refused.err().contains(indexed.get("index").asText())
                        && refused.err().contains("--yes"),
                refused.err());
        assertNotEquals(
                0, ok(cli(settings, "status", "--json")).get("documents").asLong());

        JsonNode deleted = ok(cli(settings, "delete", "--yes", "--json"));
        assertEquals(
                indexed.get("index").asText(), deleted.get("indices").get(0).asText());
        assertFalse(Files.exists(stateDir), "the alias's local state is cleared");
        JsonNode after = ok(cli(settings, "status", "--json"));
        assertTrue(after.get("indices").isEmpty());
        assertTrue(after.get("last_run").isNull());
        assertEquals(0, ok(cli(settings, "search", "--json")).get("total").asLong());
    }

    @Test
    void anUnreachableClusterIsExitThree() {
        Settings settings = TestCluster.settings();
        for (String command : new String[] {"status", "delete", "remove"}) {
            CliRun run = command.equals("remove")
                    ? cli(settings, command, "x", "--es-url", "http://127.0.0.1:1")
                    : cli(settings, command, "--es-url", "http://127.0.0.1:1");
            assertEquals(3, run.exitCode(), command + ": " + run);
        }
    }
}
