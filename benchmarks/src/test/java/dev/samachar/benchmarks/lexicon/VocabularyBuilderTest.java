package dev.samachar.benchmarks.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed word lists are what the builder makes from the packages that scripts/build-vocabulary
 * unpacked into benchmarks/target/lexicon-packages; skipped when that cache is absent (this test
 * never downloads).
 */
class VocabularyBuilderTest {

    /** Surefire runs in the module folder. */
    private static final Path PACKAGES = Path.of("target", "lexicon-packages");

    private static final Path COMMITTED =
            Path.of("..", "analysis", "src", "main", "resources", "dev", "samachar", "analysis");

    private static final Path COMMITTED_ADJECTIVES =
            Path.of("..", "indexer", "src", "main", "resources", "dev", "samachar", "synonyms");

    @Test
    void rebuildEqualsTheCommittedLists(@TempDir Path out) throws IOException {
        assumeTrue(
                Files.exists(PACKAGES.resolve(VocabularyBuilder.AUTOMORF))
                        && VocabularyBuilder.ENGLISH_LISTS.stream().allMatch(p -> Files.exists(PACKAGES.resolve(p))),
                "no unpacked packages in " + PACKAGES.toAbsolutePath() + "; scripts/build-vocabulary makes them");
        VocabularyBuilder.build(PACKAGES, out);
        for (String name : new String[] {
            VocabularyBuilder.HINDI_FILE,
            VocabularyBuilder.ENGLISH_FILE,
            VocabularyBuilder.HINDI_NAMES_FILE,
            VocabularyBuilder.HINDI_ADJECTIVES_FILE
        }) {
            Path folder = name.equals(VocabularyBuilder.HINDI_ADJECTIVES_FILE) ? COMMITTED_ADJECTIVES : COMMITTED;
            byte[] rebuilt = Files.readAllBytes(out.resolve(name));
            byte[] committed = Files.readAllBytes(folder.resolve(name));
            // The text must match byte for byte; the gzip bytes too, as long as the same JDK and zlib
            // compress it (another zlib may encode the same text differently).
            assertArrayEquals(
                    VocabularyBuilder.gunzip(committed),
                    VocabularyBuilder.gunzip(rebuilt),
                    name + " differs from a rebuild: run scripts/build-vocabulary");
        }
    }

    @Test
    void walksEveryPathOfAnAttTransducer(@TempDir Path dir) throws IOException {
        // Transducer 1 loops (digits by regular expression). Transducer 2 spells सिंह as a noun and
        // a proper noun, पता as a noun (its lemma form), पते as an inflection of पता, कर as a verb.
        String att = String.join(
                "\n",
                "0\t1\t1\t1\t0.000000",
                "1\t1\t2\t2\t0.000000",
                "1\t0.000000",
                "--",
                "0\t1\tस\tस",
                "1\t2\tि\tि",
                "2\t3\tं\tं",
                "3\t4\tह\tह",
                "4\t9\tε\t<n>",
                "4\t9\tε\t<np>",
                "0\t5\tप\tप",
                "5\t6\tत\tत",
                "6\t7\tा\tा",
                "7\t9\tε\t<n>",
                "6\t7\tे\tा",
                "0\t10\tक\tक",
                "10\t11\tर\tर",
                "11\t9\tε\t<vblex>",
                "9",
                "");
        Path file = dir.resolve("t.att.gz");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(att.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var transducers = VocabularyBuilder.readAtt(file);
        assertEquals(2, transducers.size());
        assertEquals(true, transducers.get(0).hasCycle());
        assertEquals(false, transducers.get(1).hasCycle());
        var paths = new java.util.TreeMap<String, java.util.List<Integer>>();
        transducers
                .get(1)
                .walk((surface, kind) -> paths.computeIfAbsent(surface, k -> new java.util.ArrayList<>())
                        .add(kind));
        // A proper noun, a noun's own (lemma) form, or anything else (inflections, verbs).
        int lemma = VocabularyBuilder.LEMMA, proper = VocabularyBuilder.PROPER, plain = VocabularyBuilder.PLAIN;
        assertEquals(
                java.util.Map.of(
                        "सिंह",
                        java.util.List.of(lemma, proper),
                        "पता",
                        java.util.List.of(lemma),
                        "पते",
                        java.util.List.of(plain),
                        "कर",
                        java.util.List.of(plain)),
                paths);
    }

    @Test
    void foldsEnglishToAsciiLetters() {
        assertEquals("Bogota", VocabularyBuilder.foldToAscii("Bogotá"));
        assertEquals("cafe", VocabularyBuilder.foldToAscii("café"));
        assertNull(VocabularyBuilder.foldToAscii("Hallowe'en"));
        assertNull(VocabularyBuilder.foldToAscii(""));
    }

    @Test
    void hindiFormsMustBeOneDevanagariToken() {
        assertEquals(true, VocabularyBuilder.isOneDevanagariToken("करने"));
        assertEquals(true, VocabularyBuilder.isOneDevanagariToken("स्\u200Cवास्थ्य"));
        assertEquals(false, VocabularyBuilder.isOneDevanagariToken("ऊपर-नीचे"));
        assertEquals(false, VocabularyBuilder.isOneDevanagariToken("दु:ख होना"));
        assertEquals(false, VocabularyBuilder.isOneDevanagariToken("क्रमश:"));
        assertEquals(false, VocabularyBuilder.isOneDevanagariToken("१२३"));
    }
}
