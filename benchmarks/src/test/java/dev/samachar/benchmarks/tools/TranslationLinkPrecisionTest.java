package dev.samachar.benchmarks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation linker on whole corpora, without Elasticsearch (as {@code scripts/bench-tools links} measures
 * it): every true pair of the seeds and samples linked and nothing else; at most one article in a thousand
 * linked among generated articles that are all independent; no link among real English and Hindi news,
 * even compared as if all had been published at one moment. The figures are printed ("links …").
 */
class TranslationLinkPrecisionTest {

    /** samples/expected.json: "English half of a PIB pair; the Hindi version is pib-hi-kazakh-defence-talks.txt". */
    private static final Set<String> SAMPLE_PAIR =
            Set.of("pib-en-kazakh-defence-talks.txt", "pib-hi-kazakh-defence-talks.txt");

    private static final LinkBench BENCH = new LinkBench();

    @Test
    void theSamplesTruePairIsLinkedAndNothingElse() {
        LinkBench.Report report = BENCH.measure(List.of(TestData.samples()), false);
        print("samples", report);
        assertEquals(Set.of(SAMPLE_PAIR), pairs(report));
        assertTrue(report.pairs().get(0).link().strong(), report.pairs().toString());
    }

    @Test
    void everyTruePairOfTheSeedsAndSamplesIsLinkedAndNothingElse() {
        Path seeds = TestData.seeds();
        Set<Set<String>> expected = new HashSet<>();
        for (JsonNode pair :
                TestData.json(TestData.sharedEval("seed-cases.json")).get("same_release_in_two_languages")) {
            expected.add(Set.of(pair.get(0).asText(), pair.get(1).asText()));
        }
        expected.add(SAMPLE_PAIR);
        LinkBench.Report report = BENCH.measure(List.of(seeds, TestData.samples()), false);
        print("seeds+samples", report);
        assertEquals(expected, pairs(report));
        report.pairs().forEach(p -> assertTrue(p.link().strong(), "a true pair is called a translation: " + p.link()));
    }

    @Test
    void atMostOneArticleInAThousandIsLinkedAmongGeneratedIndependentArticles(@TempDir Path dir) throws IOException {
        int count = 20_000;
        new CorpusGenerator(42).write(dir, count);
        LinkBench.Report report = BENCH.measure(List.of(dir), false);
        print("generated " + count, report);
        assertEquals(count, report.articles());
        assertTrue(2 * report.pairs().size() <= count / 1000, "the corpus holds no translations: " + report.pairs());
    }

    @Test
    void realEnglishAndHindiNewsAreNotLinkedEvenAsIfPublishedTogether() {
        Path realNews = TestData.repoRoot().resolveSibling("shared").resolve("realnews-dev");
        Assumptions.assumeTrue(Files.isDirectory(realNews), "skipped: no real news at " + realNews);
        LinkBench.Corpus corpus = BENCH.read(List.of(realNews));
        LinkBench.Report sameDay = LinkBench.measure(corpus, false);
        LinkBench.Report anyDay = LinkBench.measure(corpus, true);
        print("realnews-dev", sameDay);
        print("realnews-dev, any day", anyDay);
        assertTrue(anyDay.articles() > 2000, "articles read: " + anyDay.articles());
        assertEquals(List.of(), sameDay.pairs());
        assertEquals(List.of(), anyDay.pairs(), "no English BBC page is a translation of a Hindi Covid page");
    }

    private static Set<Set<String>> pairs(LinkBench.Report report) {
        return report.pairs().stream()
                .map(p -> Set.of(fileName(p.a()), fileName(p.b())))
                .collect(Collectors.toSet());
    }

    private static String fileName(dev.samachar.enrich.ArticleDocument document) {
        return document.article().file().getFileName().toString();
    }

    private static void print(String corpus, LinkBench.Report report) {
        double closest = report.closestUnlinked().isEmpty()
                ? 0
                : report.closestUnlinked().get(0).link().score();
        System.out.printf(
                "links %s: articles=%d dated=%d linked_pairs=%d different_countries=%d scored_pairs=%d "
                        + "closest_unlinked=%.3f%n",
                corpus,
                report.articles(),
                report.dated(),
                report.pairs().size(),
                report.differentCountries(),
                report.scoredPairs(),
                closest);
    }
}
