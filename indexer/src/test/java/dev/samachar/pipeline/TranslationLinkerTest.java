package dev.samachar.pipeline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranslationLinkerTest {

    private static TranslationLinker.Candidate doc(String id, String lang, Set<String> entities, Set<String> forms) {
        return new TranslationLinker.Candidate(id, lang, entities, forms);
    }

    @Test
    void linksTheMutualBestCrossLanguagePairAboveTheThreshold() {
        var en = doc("en", "en", Set.of("c:IN", "c:KZ", "p:Nurlan Yermekbayev"), Set.of("kajakstan", "armakbav", "astana"));
        var hi = doc("hi", "hi", Set.of("c:IN", "c:KZ", "p:Nurlan Yermekbayev"), Set.of("kajakstan", "armakbav", "labnan"));
        var weaker = doc("hi2", "hi", Set.of("c:IN", "c:RU"), Set.of("rusia"));
        List<TranslationLinker.Link> links = TranslationLinker.bestLinks(List.of(en, hi, weaker));
        assertEquals(1, links.size());
        assertEquals(Set.of("en", "hi"), Set.of(links.get(0).a(), links.get(0).b()));
        assertTrue(links.get(0).reason().contains("same day"));
    }

    @Test
    void equalScoresGiveTheSameLinksWhateverTheOrderOfTheCandidates() {
        var en = doc("en", "en", Set.of("c:IN", "c:KZ"), Set.of("kajakstan"));
        var hi1 = doc("hi1", "hi", Set.of("c:IN", "c:KZ"), Set.of("kajakstan"));
        var hi2 = doc("hi2", "hi", Set.of("c:IN", "c:KZ"), Set.of("kajakstan"));
        List<TranslationLinker.Link> forward = TranslationLinker.bestLinks(List.of(en, hi1, hi2));
        List<TranslationLinker.Link> backward = TranslationLinker.bestLinks(List.of(hi2, hi1, en));
        assertEquals(1, forward.size());
        assertEquals(Set.of(forward.get(0).a(), forward.get(0).b()), Set.of(backward.get(0).a(), backward.get(0).b()));
    }

    @Test
    void sameLanguageOrUnrelatedArticlesAreNeverLinked() {
        var a = doc("a", "hi", Set.of("c:IN", "c:KZ"), Set.of("kajakstan"));
        var b = doc("b", "hi", Set.of("c:IN", "c:KZ"), Set.of("kajakstan"));
        var c = doc("c", "en", Set.of("c:FR", "p:Emmanuel Macron"), Set.of("paris"));
        assertEquals(List.of(), TranslationLinker.bestLinks(List.of(a, b, c)));
    }

    @Test
    void consecutiveDaysBecomeOneRange() {
        List<String[]> ranges = TranslationLinker.ranges(List.of("2024-02-28", "2024-02-29", "2024-03-01", "2024-03-03"));
        assertEquals(2, ranges.size());
        assertEquals(List.of("2024-02-28", "2024-03-01"), List.of(ranges.get(0)));
        assertEquals(List.of("2024-03-03", "2024-03-03"), List.of(ranges.get(1)));
    }

    @Test
    void daysAreBatchedByTheirArticlesAndRangesNotByCount() {
        Map<String, Integer> perDay = new TreeMap<>();
        for (int i = 0; i < 1_500; i++) {
            perDay.put(LocalDate.of(2016, 1, 1).plusDays(2L * i).toString(), 1); // never consecutive
        }
        List<List<String>> batches = TranslationLinker.batches(perDay);
        assertEquals(6, batches.size()); // 1,500 single-day ranges, at most 256 per search
        assertEquals(1_500, batches.stream().mapToInt(List::size).sum());
        batches.forEach(b -> assertTrue(TranslationLinker.ranges(b).size() <= TranslationLinker.RANGES_PER_REQUEST));

        Map<String, Integer> dense = new TreeMap<>(Map.of("2020-01-01", 700, "2020-01-02", 700, "2020-01-03", 5_000,
                "2020-01-04", 1));
        // A day with more articles than planned per search still gets a search of its own.
        assertEquals(List.of(List.of("2020-01-01"), List.of("2020-01-02"), List.of("2020-01-03"), List.of("2020-01-04")),
                TranslationLinker.batches(dense));
        assertEquals(List.of(List.of("2020-01-01", "2020-01-02")),
                TranslationLinker.batches(Map.of("2020-01-02", 10, "2020-01-01", 990)));
    }
}
