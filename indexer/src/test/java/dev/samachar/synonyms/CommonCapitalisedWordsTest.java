package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommonCapitalisedWordsTest {

    private static final CommonCapitalisedWords COMMON = CommonCapitalisedWords.defaults();

    @Test
    void properAdjectivesLanguagesAndKindsOfPersonAreCommon() {
        for (String word : List.of("Islamic", "Latin", "Democrat", "Hindu", "Chinese")) {
            assertTrue(COMMON.contains(word), word);
        }
    }

    @Test
    void wordsWordNetAlsoHasAsANamedPersonOrPlaceAreNot() {
        // David, Paris and Marshall are also one named person or place in WordNet; Kamal and Patel are not in it
        for (String word : List.of("David", "Paris", "Marshall", "Texas", "Kamal", "Patel")) {
            assertFalse(COMMON.contains(word), word);
        }
    }

    @Test
    void onlyTheCapitalisedFormIsListed() {
        assertFalse(COMMON.contains("islamic"));
        assertFalse(COMMON.contains("democrat"));
    }

    /** Runs only where Debian's wordnet-base is installed (apt-get install wordnet-base); skipped elsewhere. */
    @Test
    void theBundledListIsWhatTheScriptWritesFromWordNet(@TempDir Path dir) throws IOException, InterruptedException {
        Path wordnet = Path.of("/usr/share/wordnet");
        Assumptions.assumeTrue(Files.isReadable(wordnet.resolve("data.adj")), "WordNet not installed at " + wordnet);
        Path written = dir.resolve("list.txt");
        Process script = new ProcessBuilder(
                        TestData.repoRoot()
                                .resolve("scripts/build-wordnet-common-capitalised")
                                .toString(),
                        wordnet.toString(),
                        written.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
        assertEquals(0, script.exitValue(), output);
        try (InputStream bundled = CommonCapitalisedWords.class.getResourceAsStream(CommonCapitalisedWords.RESOURCE)) {
            assertEquals(
                    new String(bundled.readAllBytes(), StandardCharsets.UTF_8),
                    Files.readString(written),
                    "run scripts/build-wordnet-common-capitalised and commit the list");
        }
    }
}
