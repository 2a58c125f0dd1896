package dev.samachar.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README a short user's guide that works on a fresh clone, and every relative link of the
 * README and docs/ pointing at a file and heading that exist (sections move between them).
 */
class DocumentationTest {

    static final int README_MAX_LINES = 250;
    /** Sets up what the tests need outside Maven (the browser test's packages), then runs mvn -B verify. */
    static final String TEST_COMMAND = "./scripts/test";

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+?)[ \\t]*#*[ \\t]*$");

    /** Where source code points a reader at the docs: docs/research.md#schwa-deletion, docs/cli.md. */
    private static final Pattern DOCS_POINTER = Pattern.compile("docs/([\\w-]+\\.md)(?:#([\\w-]+))?");

    private final Path root = TestData.repoRoot();

    @Test
    void readmeIsAShortGuide() throws IOException {
        long lines = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8)
                .size();
        assertTrue(
                lines <= README_MAX_LINES,
                "README.md has " + lines + " lines; at most " + README_MAX_LINES
                        + " (move details into docs/ and link them)");
    }

    @Test
    void readmeGivesTheTwoQuickStartCommandsAndCiRunsItsTestCommand() throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\n./scripts/quickstart "), "README must give ./scripts/quickstart");
        assertTrue(readme.contains("\n" + TEST_COMMAND + " "), "README must give the test command " + TEST_COMMAND);
        String testScript = Files.readString(root.resolve(TEST_COMMAND), StandardCharsets.UTF_8);
        assertTrue(
                testScript.contains("scripts/install-browser-deps") && testScript.contains("mvn -B verify"),
                TEST_COMMAND + " must install the browser test's packages, then run mvn -B verify");
        List<String> ciCommands = Files.readAllLines(root.resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line ->
                        !line.isEmpty() && !line.startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "))
                .toList();
        assertEquals(List.of(TEST_COMMAND), ciCommands, ".ci/run must run exactly the README's test command");
    }

    @Test
    void readmeExamplesNeedNothingOutsideTheClone() throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        Pattern repoPath = Pattern.compile("(?m)(?:^|(?<=\\s))\\.?/?((?:scripts/|samples\\b|mappings/)[\\w./-]*)");
        Matcher blocks = FENCED_BLOCK.matcher(readme);
        while (blocks.find()) {
            String example = blocks.group();
            assertTrue(!example.contains("../"), "a README example reaches outside the clone:\n" + example);
            Matcher path = repoPath.matcher(example);
            while (path.find()) {
                assertTrue(
                        Files.exists(root.resolve(path.group(1))),
                        "a README example names " + path.group(1) + ", which a clone does not have");
            }
        }
    }

    @Test
    void everyRelativeLinkPointsAtAnExistingFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchorsByFile = new HashMap<>();
        for (Path page : markdownPages()) {
            for (String target : relativeLinks(Files.readString(page, StandardCharsets.UTF_8))) {
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved =
                        file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String where = root.relativize(page) + ": (" + target + ")";
                if (!Files.exists(resolved)) {
                    broken.add(where + " -> no such file");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
                    String anchor = target.substring(hash + 1);
                    Set<String> anchors = anchorsByFile.computeIfAbsent(resolved, DocumentationTest::anchors);
                    if (!anchors.contains(anchor)) {
                        broken.add(where + " -> no heading #" + anchor + " in " + root.relativize(resolved));
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void everyDocsPointerInTheSourceNamesAnExistingFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchorsByFile = new HashMap<>();
        int pointers = 0;
        for (Path source : javaSources()) {
            Matcher pointer = DOCS_POINTER.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (pointer.find()) {
                pointers++;
                Path page = root.resolve("docs").resolve(pointer.group(1));
                String where = root.relativize(source) + ": " + pointer.group();
                if (!Files.exists(page)) {
                    broken.add(where + " -> no such file");
                } else if (pointer.group(2) != null
                        && !anchorsByFile
                                .computeIfAbsent(page, DocumentationTest::anchors)
                                .contains(pointer.group(2))) {
                    broken.add(where + " -> no such heading in docs/" + pointer.group(1));
                }
            }
        }
        assertTrue(pointers > 0, "no docs/ pointer found in any module's src/: the search is broken");
        assertTrue(broken.isEmpty(), "broken pointers into docs/:\n" + String.join("\n", broken));
    }

    @Test
    void anchorsFollowGithubsRule() {
        assertEquals("the-performance-harness-scriptsbench", slug("The performance harness: scripts/bench"));
        assertEquals("the-search-page-samachar-serve", slug("The search page: `samachar serve`"));
        assertEquals("why-two-spellings-do-or-dont-meet", slug("Why two spellings do or don't meet"));
        assertEquals("हिंदी-शीर्षक", slug("हिंदी शीर्षक"));
    }

    private List<Path> markdownPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The .java files under every module's src/ (not build output). */
    private List<Path> javaSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path src : modules.map(m -> m.resolve("src"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList()) {
                try (Stream<Path> files = Files.walk(src)) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
                }
            }
        }
        return sources;
    }

    /** Link targets outside code, without web addresses. */
    static List<String> relativeLinks(String markdown) {
        String prose = INLINE_CODE
                .matcher(FENCED_BLOCK.matcher(markdown).replaceAll(""))
                .replaceAll("");
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(prose);
        while (link.find()) {
            String target = link.group(1);
            if (!target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static Set<String> anchors(Path page) {
        String markdown;
        try {
            markdown = Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(FENCED_BLOCK.matcher(markdown).replaceAll(""));
        while (heading.find()) {
            String slug = slug(heading.group(1));
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-'
                    || c == '_'
                    || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }
}
