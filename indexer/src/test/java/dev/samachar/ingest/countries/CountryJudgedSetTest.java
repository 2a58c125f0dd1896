package dev.samachar.ingest.countries;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.samachar.testing.TestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Country precision and recall of {@link CountryMatcher} on the pages of ../shared/realnews-dev
 * judged by hand in country-judgments.tsv and country-judgments-heldout.tsv (selection in their
 * headers, rule in docs/countries.md), each set on its own and both together. Each page is matched whole, headline and body, as the file holds it; a
 * (page, country) pair is counted once. Prints the figures, every false country with the text
 * that produced it, and every missed one. Skipped where ../shared/realnews-dev is absent.
 */
class CountryJudgedSetTest {

    /** Judged while the rules were written. */
    private static final String DEVELOPMENT = "/dev/samachar/ingest/country-judgments.tsv";
    /** Judged after, without looking at the matcher's output. */
    private static final String HELD_OUT = "/dev/samachar/ingest/country-judgments-heldout.tsv";

    private static final CountryMatcher MATCHER = CountryMatcher.load();

    /** The pages and the codes judged for each, in file order. */
    static Map<String, SortedSet<String>> judgments(String resource) {
        Map<String, SortedSet<String>> out = new LinkedHashMap<>();
        try (InputStream in = CountryJudgedSetTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 2) {
                    throw new IllegalStateException(resource + " line " + n + ": expected path<TAB>codes");
                }
                SortedSet<String> codes = cells[1].equals("-")
                        ? new TreeSet<>()
                        : new TreeSet<>(Arrays.asList(cells[1].trim().split(" +")));
                if (out.put(cells[0], codes) != null) {
                    throw new IllegalStateException(resource + " line " + n + ": " + cells[0] + " judged twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path realnewsOrSkip() {
        Path dir = TestData.repoRoot().resolveSibling("shared").resolve("realnews-dev");
        assumeTrue(Files.isRegularFile(dir.resolve("truth.jsonl")), "skipped: no realnews-dev at " + dir);
        return dir;
    }

    /** True positives, found, expected; and the false and missed pairs, each with the text matched. */
    private record Score(int truePositives, int found, int expected, List<String> falseOnes, List<String> missed) {
        double precision() {
            return found == 0 ? 1 : (double) truePositives / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        Score plus(Score o) {
            List<String> f = new ArrayList<>(falseOnes);
            f.addAll(o.falseOnes);
            List<String> m = new ArrayList<>(missed);
            m.addAll(o.missed);
            return new Score(truePositives + o.truePositives, found + o.found, expected + o.expected, f, m);
        }

        void print(String what, int pages) {
            System.out.printf(
                    "countries on %d %s realnews-dev pages: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                    pages, what, precision(), truePositives, found, recall(), truePositives, expected);
            falseOnes.forEach(f -> System.out.println("  false  " + f));
            missed.forEach(m -> System.out.println("  missed " + m));
        }
    }

    private static Score score(Path dir, Map<String, SortedSet<String>> judged) throws IOException {
        int truePositives = 0;
        int found = 0;
        int expected = 0;
        List<String> falseOnes = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, SortedSet<String>> page : judged.entrySet()) {
            String text = Files.readString(dir.resolve(page.getKey()), StandardCharsets.UTF_8);
            Map<String, List<String>> matchedText = new LinkedHashMap<>();
            for (CountryMention m : MATCHER.mentions(text)) {
                matchedText.computeIfAbsent(m.code(), c -> new ArrayList<>()).add(m.text());
            }
            SortedSet<String> want = page.getValue();
            for (Map.Entry<String, List<String>> got : matchedText.entrySet()) {
                found++;
                if (want.contains(got.getKey())) {
                    truePositives++;
                } else {
                    falseOnes.add(page.getKey() + " " + got.getKey() + " "
                            + got.getValue().stream().distinct().collect(Collectors.joining(" | ", "[", "]")));
                }
            }
            expected += want.size();
            want.stream().filter(c -> !matchedText.containsKey(c)).forEach(c -> missed.add(page.getKey() + " " + c));
        }
        return new Score(truePositives, found, expected, falseOnes, missed);
    }

    @Test
    void precisionOnTheJudgedPagesIsAtLeast97Percent() throws IOException {
        Path dir = realnewsOrSkip();
        Map<String, SortedSet<String>> development = judgments(DEVELOPMENT);
        Map<String, SortedSet<String>> heldOut = judgments(HELD_OUT);
        assertTrue(development.size() + heldOut.size() >= 100, "fewer than 100 judged pages");
        assertTrue(development.keySet().stream().noneMatch(heldOut::containsKey), "a page is in both sets");
        Score dev = score(dir, development);
        Score held = score(dir, heldOut);
        Score all = dev.plus(held);
        dev.print("development", development.size());
        held.print("held-out", heldOut.size());
        all.print("judged (both sets)", development.size() + heldOut.size());
        assertTrue(all.precision() >= 0.97, "precision " + all.precision() + "; false: " + all.falseOnes());
        assertTrue(held.precision() >= 0.97, "held-out precision " + held.precision() + "; false: " + held.falseOnes());
        assertTrue(all.recall() >= 0.9, "recall " + all.recall() + "; missed: " + all.missed());
    }
}
