package dev.samachar.benchmarks.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.benchmarks.ingest.RealNewsIngest.Figures;
import dev.samachar.benchmarks.ingest.RealNewsIngest.PageResult;
import dev.samachar.benchmarks.ingest.RealNewsIngest.Strength;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ingest targets of docs/ingest.md#measuring-it-scriptsreport-ingest on realnews-dev, as
 * scripts/report-ingest measures them: a regression fails the build. Skipped when
 * ../shared/realnews-dev is absent (its texts are never copied into the repo).
 */
class RealNewsIngestTargetsTest {

    private static Figures figures;

    @BeforeAll
    static void readTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("samachar.repo.root", ".."))
                .toAbsolutePath()
                .normalize()
                .resolveSibling("shared")
                .resolve("realnews-dev");
        Assumptions.assumeTrue(
                Files.isRegularFile(corpus.resolve("truth.jsonl")), "skipped: no realnews-dev at " + corpus);
        figures = RealNewsIngest.measure(corpus, Clock.systemUTC());
    }

    @Test
    void noPageFails() {
        assertEquals(
                List.of(),
                figures.failed().stream()
                        .map(p -> p.path() + ": " + p.failure())
                        .toList());
    }

    @Test
    void strongAndWeakHeadlinesAreEachRightOnAtLeast995Percent() {
        for (Strength s : List.of(Strength.STRONG, Strength.WEAK)) {
            double share = (double) figures.right(s) / figures.count(s);
            assertTrue(
                    share >= 0.995,
                    s + ": " + figures.right(s) + " / " + figures.count(s) + " right; wrong: "
                            + figures.pages().stream()
                                    .filter(p -> p.strength() == s && !p.titleRight())
                                    .map(PageResult::path)
                                    .toList());
        }
        assertTrue(
                figures.count(Strength.STRONG) > 1000 && figures.count(Strength.WEAK) > 800,
                "the whole corpus was read");
    }

    @Test
    void pagesWithoutAHeadlineAreTitledByTheirOpeningWords() {
        assertEquals(figures.count(Strength.NONE), figures.right(Strength.NONE));
    }

    @Test
    void everyDateComesFromTheHeadAndNoneLiesInTheFuture() {
        assertEquals(
                List.of(),
                figures.datesNotFromHead().stream()
                        .map(p -> p.path() + ": " + p.dateText())
                        .toList());
        assertEquals(
                List.of(),
                figures.futureDates().stream()
                        .map(p -> p.path() + ": " + p.published())
                        .toList());
        assertTrue(
                figures.dated().size() >= 40,
                "the live blogs' stamps still date their pages: "
                        + figures.dated().size());
    }
}
