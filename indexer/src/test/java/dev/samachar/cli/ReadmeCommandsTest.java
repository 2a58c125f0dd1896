package dev.samachar.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.config.Settings;
import dev.samachar.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's commands are the CLI's: every `scripts/samachar …` example and every row of its command
 * table parses with the real command line (no renamed or removed option), and every command a user
 * runs has a row. Running the examples needs a node: they were run by hand when the README was written.
 */
class ReadmeCommandsTest {

    /** Commands for developers, documented in docs/ rather than in the user's guide. */
    private static final Set<String> NOT_IN_README = Set.of("help");

    private static final Pattern EXAMPLE = Pattern.compile("(?m)^\\s*(?:\\./)?scripts/samachar\\s+([^#\\n]*)");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| (`[^|]*`[^|]*)\\|");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[?[A-Z][A-Z_]*(\\.\\.\\.)?]?");

    private final String readme = read();

    @Test
    void everyExampleParses() {
        Matcher example = EXAMPLE.matcher(readme);
        List<String> examples = new ArrayList<>();
        while (example.find()) {
            examples.add(example.group(1).strip());
        }
        assertFalse(examples.isEmpty(), "no scripts/samachar examples found in README.md");
        examples.forEach(line -> assertParses(words(line), "README example: scripts/samachar " + line));
    }

    @Test
    void everyTableRowNamesARealCommand() {
        Matcher row = TABLE_ROW.matcher(readme);
        int rows = 0;
        while (row.find()) {
            Matcher command = CODE.matcher(row.group(1));
            while (command.find()) {
                List<String> args = new ArrayList<>();
                for (String word : command.group(1).split("\\s+")) {
                    args.add(PLACEHOLDER.matcher(word).matches() ? "x" : word);
                }
                if (isSubcommand(args.get(0))) {
                    assertParses(args, "README command table: " + command.group(1));
                    rows++;
                }
            }
        }
        assertTrue(rows > 0, "no command table found in README.md");
    }

    @Test
    void everyUserCommandIsInTheTable() {
        Set<String> missing = new TreeSet<>();
        cli().getSubcommands().forEach((name, sub) -> {
            if (!NOT_IN_README.contains(name) && !readme.contains("| `" + name)) {
                missing.add(name);
            }
        });
        assertTrue(missing.isEmpty(), "commands without a row in README.md's command table: " + missing);
    }

    private static boolean isSubcommand(String word) {
        return cli().getSubcommands().containsKey(word);
    }

    private static void assertParses(List<String> args, String where) {
        try {
            cli().parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
    }

    private static CommandLine cli() {
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new CommandLine(new SamacharCli(new Settings(Map.of()), discard, discard));
    }

    /** Splits a shell command line into words, honouring single and double quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static String read() {
        try {
            return Files.readString(TestData.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
