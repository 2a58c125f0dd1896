package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-script search finds names, not vocabulary, on the real node, with the analysis plugin and
 * in portable mode. Each article holds either a name or a false friend of it: an ordinary word of
 * the other language, or another name, whose spelling a loose, fuzzy or key match would take for
 * it (Kerala / करने, Japan / जहां, सिंह / saying, ईरान / Iraq, Dili / Delhi, Singh / संघ). A search for
 * the name must find the name's articles in both scripts and never a false friend's.
 */
class CrossScriptPrecisionIT {

    /** Article key → its body. Hindi sentences use the false friends as ordinary Hindi writing does. */
    private static final Map<String, String> ARTICLES = new LinkedHashMap<>();

    static {
        ARTICLES.put("karne", "सरकार लोगों की मदद करने के लिए तैयार है और वे काम करते हैं।");
        ARTICLES.put("kerala-hi", "केरल में बारिश से नुकसान हुआ।");
        ARTICLES.put("kerala-en", "Heavy rain hit Kerala on Monday.");
        ARTICLES.put("jahan", "जहां भी लोग गए वहां भीड़ थी।");
        ARTICLES.put("japan-hi", "जापान ने नई नीति की घोषणा की।");
        ARTICLES.put("wuhan-hi", "वुहान से लौटे छात्रों की जांच हुई।");
        ARTICLES.put("pata", "अभी तक पता नहीं चला कि क्या हुआ।");
        ARTICLES.put("patna-hi", "पटना में बैठक हुई।");
        ARTICLES.put("chinta", "लोगों में चिंता बढ़ गई है।");
        ARTICLES.put("china-hi", "चीन ने बयान जारी किया।");
        ARTICLES.put("agra", "आगरा में ताजमहल बंद रहा।");
        ARTICLES.put("agarwal-hi", "अग्रवाल ने कहा कि काम जारी रहेगा।");
        ARTICLES.put("sangh", "संघ की बैठक में फैसला हुआ।");
        ARTICLES.put("singh-hi", "राजनाथ सिंह ने दौरा किया।");
        ARTICLES.put(
                "common-en",
                "He kept saying it was seen as the same share of the market, and when asked said they care.");
        ARTICLES.put("singh-en", "Rajnath Singh visited the base.");
        ARTICLES.put("sharma-hi", "शर्मा ने रिपोर्ट दी।");
        ARTICLES.put("sharma-en", "Sharma filed the report.");
        ARTICLES.put("wuhan-en", "The virus was first found in Wuhan.");
        ARTICLES.put("iran-hi", "ईरान ने तेल की कीमत बढ़ाई।");
        ARTICLES.put("iraq-en", "Oil output in Iraq rose last year.");
        ARTICLES.put("iran-en", "Iran raised the price of oil.");
        ARTICLES.put("america-hi", "अमेरिका में चुनाव हुए।");
        ARTICLES.put("africa-en", "Growth in Africa slowed.");
        ARTICLES.put("america-en", "Growth in America slowed.");
        ARTICLES.put("dili-hi", "पूर्वी तिमोर की राजधानी दिली में समारोह हुआ।");
        ARTICLES.put("delhi-hi", "दिल्ली में बैठक हुई।");
        ARTICLES.put("delhi-en", "Ministers met in Delhi.");
        ARTICLES.put("lucknow-hi", "लखनऊ में बैठक हुई।");
    }

    /** Query → articles it must find, articles it must not find. */
    private static final List<Case> CASES = List.of(
            new Case("Kerala", Set.of("kerala-hi", "kerala-en"), Set.of("karne", "common-en")),
            new Case("Japan", Set.of("japan-hi"), Set.of("jahan")),
            new Case("Wuhan", Set.of("wuhan-hi", "wuhan-en"), Set.of("jahan", "common-en")),
            new Case("Patna", Set.of("patna-hi"), Set.of("pata")),
            new Case("China", Set.of("china-hi"), Set.of("chinta")),
            new Case("Agarwal", Set.of("agarwal-hi"), Set.of("agra")),
            new Case("Singh", Set.of("singh-hi", "singh-en"), Set.of("sangh", "common-en")),
            new Case("सिंह", Set.of("singh-hi", "singh-en"), Set.of("common-en", "sangh")),
            new Case("शर्मा", Set.of("sharma-hi", "sharma-en"), Set.of("common-en")),
            new Case("वुहान", Set.of("wuhan-hi", "wuhan-en"), Set.of("common-en")),
            new Case("केरल", Set.of("kerala-hi", "kerala-en"), Set.of("common-en", "karne")),
            new Case("ईरान", Set.of("iran-hi", "iran-en"), Set.of("iraq-en")),
            new Case("अमेरिका", Set.of("america-hi", "america-en"), Set.of("africa-en")),
            new Case("Delhi", Set.of("delhi-hi", "delhi-en"), Set.of("dili-hi")),
            new Case("दिली", Set.of("dili-hi"), Set.of("delhi-en")),
            new Case("Lucknow", Set.of("lucknow-hi"), Set.of()));

    private record Case(String query, Set<String> mustFind, Set<String> mustNotFind) {}

    private static final List<String> KEYS = new ArrayList<>(ARTICLES.keySet());

    @TempDir
    static Path dir;

    private static Settings plugin;
    private static Settings portable;

    @BeforeAll
    static void indexTheArticlesInBothModes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder feed = new StringBuilder();
        for (String key : KEYS) {
            feed.append(json.writeValueAsString(
                            Map.of("title", "Report " + (KEYS.indexOf(key) + 1), "body", ARTICLES.get(key))))
                    .append('\n');
        }
        Path file = dir.resolve("false-friends.jsonl");
        Files.writeString(file, feed.toString(), StandardCharsets.UTF_8);
        plugin = TestCluster.settings();
        portable = TestCluster.portableSettings();
        for (Settings settings : List.of(plugin, portable)) {
            CliRun run = CliRun.run(settings, "index", file.toString(), "--alias", "it-precision", "--json");
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(KEYS.size(), run.json().get("indexed").asInt(), run.toString());
        }
    }

    /** The article keys a search returns. */
    private static Set<String> found(Settings settings, String query) {
        CliRun run = CliRun.run(settings, "search", query, "--alias", "it-precision", "--json", "--size", "100");
        assertEquals(0, run.exitCode(), run.toString());
        Set<String> keys = new TreeSet<>();
        run.json().get("hits").forEach(hit -> {
            CliRun get = CliRun.run(settings, "get", hit.get("id").asText(), "--alias", "it-precision", "--json");
            keys.add(KEYS.get(get.json().get("line").asInt() - 1));
        });
        return keys;
    }

    @TestFactory
    Stream<DynamicTest> namesFindTheirArticlesAndNoFalseFriend() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String mode : List.of("plugin", "portable")) {
            for (Case c : CASES) {
                tests.add(DynamicTest.dynamicTest(mode + ": " + c.query(), () -> {
                    Set<String> found = found(mode.equals("plugin") ? plugin : portable, c.query());
                    for (String key : c.mustFind()) {
                        assertTrue(
                                found.contains(key), "search " + c.query() + " must find " + key + ": found " + found);
                    }
                    for (String key : c.mustNotFind()) {
                        assertFalse(
                                found.contains(key),
                                "search " + c.query() + " must not find " + key + ": found " + found);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
