package dev.samachar.benchmarks.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.ingest.entities.GazetteerEntry;
import dev.samachar.search.ArticleSearch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterBenchTest {

    @Test
    void theIndexValuesHoldEveryGazetteerNameAndTheExtraOnes() {
        Map<String, List<String>> values = FilterBench.indexValues(7);
        long persons = GazetteerEntry.bundled().stream()
                .filter(e -> e.type().name().equals("PERSON"))
                .count();
        assertEquals(persons + 7, values.get(ArticleSearch.PERSONS).size());
        assertTrue(values.get(ArticleSearch.SOURCES).contains("PTI"));
        assertTrue(values.get(ArticleSearch.COUNTRIES).contains("KZ"));
    }

    @Test
    void theCommandRunsAndRefusesNonsense() {
        assertEquals(0, BenchCommand.run(System.err, "filters", "--extra", "0,10", "--rounds", "2"));
        assertEquals(2, BenchCommand.run(System.err, "filters", "--rounds", "0"));
    }

    @Test
    void measuresEveryRound() {
        FilterBench.Report report = new FilterBench().measure(0, 3);
        assertEquals(3, report.buildMillis().length);
        assertTrue(report.resolveMicros()[2] > 0, "resolving takes some time");
    }
}
