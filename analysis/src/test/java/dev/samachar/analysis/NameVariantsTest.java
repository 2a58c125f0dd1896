package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.analysis.lucene.SamacharAnalyzers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared evaluation file name-variants.tsv through the loose() analyser, with the search's
 * semantics: the loose field is matched exactly, so a search for each spelling of a group must
 * find every other (a query term of one is an indexed term of the other; an exonym group term
 * counts), and a search for either spelling of a "!" pair must find neither.
 *
 * <p>The file is looked for in a "shared/eval" folder beside the repository or beside any folder
 * above it (git worktrees sit one level deeper), or at -Dsamachar.nameVariants; the test skips,
 * with a message, when it is absent.
 */
class NameVariantsTest {

    private static Analyzer loose;
    private static Analyzer looseQuery;

    @BeforeAll
    static void open() {
        loose = SamacharAnalyzers.loose();
        looseQuery = SamacharAnalyzers.looseQuery();
    }

    @AfterAll
    static void close() {
        loose.close();
        looseQuery.close();
    }

    /** Whether a search for either spelling finds the other: a query term of one is an indexed term of the other. */
    private static boolean meet(String a, String b) throws IOException {
        return shareTerm(terms(looseQuery, a), terms(loose, b)) && shareTerm(terms(looseQuery, b), terms(loose, a));
    }

    /** Whether a search for either spelling finds the other one. */
    private static boolean meetEitherWay(String a, String b) throws IOException {
        return shareTerm(terms(looseQuery, a), terms(loose, b)) || shareTerm(terms(looseQuery, b), terms(loose, a));
    }

    @Test
    void groupsMeetAndBangPairsStayApart() throws IOException {
        Path file = locate();
        Assumptions.assumeTrue(file != null, "skipped: no shared/eval/name-variants.tsv beside the repository");
        List<List<String>> groups = new ArrayList<>();
        List<List<String>> apart = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t")) {
                if (!f.isBlank()) {
                    fields.add(f.strip());
                }
            }
            if (fields.get(0).equals("!")) {
                apart.add(fields.subList(1, fields.size()));
            } else {
                groups.add(fields);
            }
        }
        assertFalse(groups.isEmpty(), "no groups in " + file);

        List<String> failures = new ArrayList<>();
        for (List<String> group : groups) {
            StringBuilder report = new StringBuilder();
            for (String s : group) {
                report.append(s).append(' ').append(terms(loose, s)).append("   ");
            }
            System.out.println("group: " + report);
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (!meet(group.get(i), group.get(j))) {
                        failures.add("group pair does not meet: " + group.get(i) + " " + terms(loose, group.get(i))
                                + " / " + group.get(j) + " " + terms(loose, group.get(j)));
                    }
                }
            }
        }
        for (List<String> pair : apart) {
            System.out.println("apart: " + pair.get(0) + " " + terms(loose, pair.get(0)) + "   " + pair.get(1) + " "
                    + terms(loose, pair.get(1)));
            if (meetEitherWay(pair.get(0), pair.get(1))) {
                failures.add("! pair meets: " + pair);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Checks the rest of the example sets of docs/research.md#example-name-sets the same way. */
    @Test
    void researchExamplesMeet() throws IOException {
        String[][] groups = {
            {"Russia", "रूस"},
            {"Singh", "सिंह", "सिँह"},
            {"Sitharaman", "सीतारमण", "सितारमण", "सीतारमन"},
            {"Germany", "जर्मनी"},
            {"China", "चीन"},
            {"Japan", "जापान"},
            {"India", "भारत"},
            {"Jaishankar", "जयशंकर"},
            {"Erdogan", "एर्दोगान"},
            {"Bangladesh", "बांग्लादेश"},
            {"Zelenskyy", "ज़ेलेंस्की"},
            {"Putin", "पुतिन"},
            {"Modi", "मोदी"},
            {"Ermekbayev", "यर्मेकबायेव", "Yermekbaev"},
        };
        List<String> failures = new ArrayList<>();
        for (String[] group : groups) {
            for (int i = 0; i < group.length; i++) {
                for (int j = i + 1; j < group.length; j++) {
                    if (!meet(group[i], group[j])) {
                        failures.add(group[i] + " " + terms(loose, group[i]) + " / " + group[j] + " "
                                + terms(loose, group[j]));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertFalse(meetEitherWay("Singh", "सिन्हा"), "Sinha is not Singh");
    }

    private static boolean shareTerm(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }

    private static Path locate() {
        String configured = System.getProperty("samachar.nameVariants");
        if (configured != null) {
            Path p = Path.of(configured);
            return Files.isRegularFile(p) ? p : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
            Path p = dir.resolveSibling("shared").resolve("eval").resolve("name-variants.tsv");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
