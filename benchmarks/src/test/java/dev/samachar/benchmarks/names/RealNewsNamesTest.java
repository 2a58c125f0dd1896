package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.samachar.benchmarks.names.RealNewsNames.RealNewsName;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The names list: its shape always; against realnews-dev (read from its folder, skipped when absent) that
 * every name but the declared probes occurs in its target language.
 */
class RealNewsNamesTest {

    @Test
    void halfEachDirectionEachSpellingInItsScript() {
        List<RealNewsName> names = RealNewsNames.all();
        assertTrue(names.size() >= 34, "at least 34 names");
        long latin = names.stream().filter(RealNewsName::latinQuery).count();
        assertTrue(
                Math.abs(2 * latin - names.size()) <= 2, "about half Latin → Hindi: " + latin + " of " + names.size());
        Set<String> queries = new HashSet<>();
        for (RealNewsName name : names) {
            assertTrue(queries.add(name.query()), "listed twice: " + name.query());
            assertFalse(name.latin().isEmpty());
            assertFalse(name.devanagari().isEmpty());
            name.latin().forEach(s -> assertFalse(RealNewsJudge.isDevanagari(s), s));
            name.devanagari().forEach(s -> assertTrue(RealNewsJudge.isDevanagari(s), s));
            assertTrue(name.sourceSpellings().contains(name.query()), name.query() + " is one of its own spellings");
            assertEquals(name.latinQuery() ? "hi" : "en", name.targetLang());
        }
        for (String hard : List.of(
                "Kerala", "Japan", "Wuhan", "Patna", "China", "Agarwal", "सिंह", "शर्मा", "वुहान", "केरल", "ईरान",
                "अमेरिका")) {
            assertTrue(queries.contains(hard), "the hard case " + hard + " is listed");
        }
    }

    @Test
    void everyNameButTheProbesOccursInItsTargetLanguage() throws Exception {
        Path root = RealNewsCorpus.location(System.getenv());
        assumeTrue(RealNewsCorpus.present(root), "realnews-dev is absent: " + root);
        RealNewsCorpus corpus = RealNewsCorpus.load(root);
        for (RealNewsName name : RealNewsNames.all()) {
            int relevant = corpus.relevant(RealNewsJudge.of(name.targetSpellings()), name.targetLang())
                    .size();
            boolean probe = name.note().contains("no ");
            if (!probe) {
                assertTrue(relevant > 0, name.query() + " occurs nowhere in the " + name.targetLang() + " half");
            }
        }
    }
}
