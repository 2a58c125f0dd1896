package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TranslationLinkerTest {

    private static final Set<String> VISIT = Set.of(
            "countries:IN",
            "countries:KZ",
            "persons:Nurlan Yermekbayev",
            "persons:Nirmala Sitharaman",
            "orgs:Ministry of Defence");
    private static final Set<String> FIGURES = Set.of("200", "2017", "2009");

    private static TranslationLinker.Candidate doc(
            String id, String lang, String time, String releaseId, Set<String> names, Set<String> numbers) {
        return new TranslationLinker.Candidate(
                id, lang, OffsetDateTime.parse(time), releaseId, names, () -> HashedTerms.of(numbers));
    }

    private static TranslationLinker.Candidate doc(
            String id, String lang, String time, Set<String> names, Set<String> numbers) {
        return doc(id, lang, time, null, names, numbers);
    }

    @Test
    void aTranslationSharesNamesNumbersAndTimeAndIsAStrongLink() {
        var en = doc("en", "en", "2018-10-04T17:19+05:30", VISIT, FIGURES);
        var hi = doc("hi", "hi", "2018-10-04T19:50+05:30", VISIT, FIGURES);
        TranslationLinker.Link link = TranslationLinker.score(en, hi);
        assertEquals(0.45 + 0.35 + 0.2 * (1 - 151 / 60.0 / 12), link.score(), 0.001);
        assertTrue(link.strong(), link.toString());
        assertEquals(5, link.sharedNames());
        assertEquals(3, link.sharedNumbers());
        assertEquals(151 / 60.0, link.hoursApart(), 1e-9);
        assertTrue(link.reason().contains("same day, 2.5 h apart"), link.reason());
        assertEquals(List.of(link), TranslationLinker.bestLinks(List.of(en, hi)));
    }

    @Test
    void theSameNamesAtTheSameTimeWithoutSharedNumbersAreNoLink() {
        // Two reports of one visit: every name alike, published together, but not one figure in common.
        var en = doc("en", "en", "2018-10-04T17:19+05:30", VISIT, Set.of("3"));
        var hi = doc("hi", "hi", "2018-10-04T17:19+05:30", VISIT, Set.of("12", "40"));
        TranslationLinker.Link link = TranslationLinker.score(en, hi);
        assertEquals(0.65, link.score(), 0.001);
        assertEquals(List.of(), TranslationLinker.bestLinks(List.of(en, hi)));
        // Nor do articles that state no number at all.
        assertEquals(
                List.of(),
                TranslationLinker.bestLinks(List.of(
                        doc("en2", "en", "2018-10-04T17:19+05:30", VISIT, Set.of()),
                        doc("hi2", "hi", "2018-10-04T17:19+05:30", VISIT, Set.of()))));
    }

    @Test
    void nameSharesCountBothWaysAndFewNamesAreWeakEvidence() {
        // The Hindi side names much more than the English one shares: under half of it is found there.
        Set<String> more = new java.util.HashSet<>(VISIT);
        for (int i = 0; i < 6; i++) {
            more.add("persons:Someone " + i);
        }
        var en = doc("en", "en", "2018-10-04T17:19+05:30", VISIT, FIGURES);
        var hi = doc("hi", "hi", "2018-10-04T17:19+05:30", more, FIGURES);
        assertFalse(TranslationLinker.mayLink(en, hi));
        assertEquals(0, TranslationLinker.score(en, hi).score());
        // Two countries alone, even with a shared figure and the same minute, stay under the threshold.
        Set<String> twoCountries = Set.of("countries:IN", "countries:US");
        TranslationLinker.Link few = TranslationLinker.score(
                doc("a", "en", "2020-03-09T10:00+05:30", twoCountries, Set.of("21")),
                doc("b", "hi", "2020-03-09T10:00+05:30", twoCountries, Set.of("21", "45")));
        assertEquals(0.45 * 0.5 + 0.35 * 0.5 + 0.2, few.score(), 0.001);
        assertTrue(few.score() < TranslationLinker.LINK_THRESHOLD);
    }

    @Test
    void timeEvidenceFadesOverTwelveHoursAndIsHalfWhenOnlyTheDateIsKnown() {
        var en = doc("en", "en", "2018-10-04T08:00+05:30", VISIT, FIGURES);
        var late = doc("hi", "hi", "2018-10-04T20:00+05:30", VISIT, FIGURES);
        assertEquals(0.80, TranslationLinker.score(en, late).score(), 0.001);
        var dateOnly = doc("hi", "hi", "2018-10-04T00:00+05:30", VISIT, FIGURES);
        TranslationLinker.Link link = TranslationLinker.score(en, dateOnly);
        assertNull(link.hoursApart());
        assertEquals(0.90, link.score(), 0.001);
        assertTrue(link.reason().startsWith("same day;"), link.reason());
    }

    @Test
    void theSameReleaseIdInTwoLanguagesIsTheStrongestEvidence() {
        var en = doc("en", "en", "2018-10-04T08:00+05:30", "1548606", Set.of("countries:IN"), Set.of());
        var hi = doc("hi", "hi", "2018-10-04T20:00+05:30", "1548606", Set.of("countries:KZ"), Set.of());
        assertTrue(TranslationLinker.mayLink(en, hi));
        TranslationLinker.Link link = TranslationLinker.score(en, hi);
        assertEquals(1.0, link.score());
        assertTrue(link.reason().startsWith("same release id"), link.reason());
        var other = doc("hi", "hi", "2018-10-04T20:00+05:30", "1548656", Set.of("countries:KZ"), Set.of());
        assertFalse(TranslationLinker.mayLink(en, other));
    }

    @Test
    void betweenTheThresholdsALinkIsOnlyPossible() {
        // Four of each side's five names shared, all numbers, eight hours apart.
        Set<String> fewer = Set.of(
                "countries:IN",
                "countries:KZ",
                "persons:Nurlan Yermekbayev",
                "orgs:Ministry of Defence",
                "persons:Beibut Atamkulov");
        Set<String> other = Set.of(
                "countries:IN",
                "countries:KZ",
                "persons:Nurlan Yermekbayev",
                "orgs:Ministry of Defence",
                "persons:Rajnath Singh");
        TranslationLinker.Link link = TranslationLinker.score(
                doc("en", "en", "2018-10-04T08:00+05:30", fewer, FIGURES),
                doc("hi", "hi", "2018-10-04T16:00+05:30", other, FIGURES));
        assertEquals(0.45 * 0.8 + 0.35 + 0.2 / 3, link.score(), 0.001);
        assertTrue(link.score() >= TranslationLinker.LINK_THRESHOLD && !link.strong(), link.toString());
        assertEquals("possible", link.strength());
    }

    @Test
    void onlyTheMutualBestPairIsLinkedWhateverTheOrderOfTheCandidates() {
        var en = doc("en", "en", "2018-10-04T17:19+05:30", VISIT, FIGURES);
        var hi1 = doc("hi1", "hi", "2018-10-04T17:30+05:30", VISIT, FIGURES);
        var hi2 = doc("hi2", "hi", "2018-10-04T17:30+05:30", VISIT, FIGURES);
        var farther = doc("hi0", "hi", "2018-10-04T23:00+05:30", VISIT, FIGURES);
        List<TranslationLinker.Link> forward = TranslationLinker.bestLinks(List.of(en, hi1, hi2, farther));
        List<TranslationLinker.Link> backward = TranslationLinker.bestLinks(List.of(farther, hi2, hi1, en));
        assertEquals(1, forward.size());
        assertEquals(
                Set.of("en", "hi1"), Set.of(forward.get(0).a(), forward.get(0).b()));
        assertEquals(
                Set.of(forward.get(0).a(), forward.get(0).b()),
                Set.of(backward.get(0).a(), backward.get(0).b()));
    }

    @Test
    void sameLanguageArticlesAreNeverLinked() {
        var a = doc("a", "hi", "2018-10-04T17:19+05:30", VISIT, FIGURES);
        var b = doc("b", "hi", "2018-10-04T17:19+05:30", VISIT, FIGURES);
        assertEquals(List.of(), TranslationLinker.bestLinks(List.of(a, b)));
    }

    @Test
    void consecutiveDaysBecomeOneRange() {
        List<String[]> ranges =
                TranslationLinker.ranges(List.of("2024-02-28", "2024-02-29", "2024-03-01", "2024-03-03"));
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

        Map<String, Integer> dense =
                new TreeMap<>(Map.of("2020-01-01", 700, "2020-01-02", 700, "2020-01-03", 5_000, "2020-01-04", 1));
        // A day with more articles than planned per search still gets a search of its own.
        assertEquals(
                List.of(List.of("2020-01-01"), List.of("2020-01-02"), List.of("2020-01-03"), List.of("2020-01-04")),
                TranslationLinker.batches(dense));
        assertEquals(
                List.of(List.of("2020-01-01", "2020-01-02")),
                TranslationLinker.batches(Map.of("2020-01-02", 10, "2020-01-01", 990)));
    }

    @Test
    void batchesCountRangesAsTheyGrowWithTheSameCutsAsRecountingThem() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> perDay = new TreeMap<>();
            LocalDate day = LocalDate.of(2015, 1, 1);
            for (int i = 0, days = random.nextInt(2_000); i < days; i++) {
                day = day.plusDays(random.nextInt(10) < 5 ? 1 : 1 + random.nextInt(3));
                perDay.put(day.toString(), 1 + random.nextInt(random.nextBoolean() ? 3 : 400));
            }
            assertEquals(recountedBatches(perDay), TranslationLinker.batches(perDay), "round " + round);
        }
    }

    /** The cuts as defined: a day joins the batch unless the articles or the ranges of the grown batch exceed the limits. */
    private static List<List<String>> recountedBatches(Map<String, Integer> perDay) {
        List<List<String>> batches = new java.util.ArrayList<>();
        List<String> batch = new java.util.ArrayList<>();
        int planned = 0;
        for (Map.Entry<String, Integer> day : perDay.entrySet()) {
            List<String> grown = new java.util.ArrayList<>(batch);
            grown.add(day.getKey());
            if (!batch.isEmpty()
                    && (planned + day.getValue() > TranslationLinker.PLANNED_HITS_PER_REQUEST
                            || TranslationLinker.ranges(grown).size() > TranslationLinker.RANGES_PER_REQUEST)) {
                batches.add(batch);
                batch = new java.util.ArrayList<>();
                planned = 0;
            }
            batch.add(day.getKey());
            planned += day.getValue();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
