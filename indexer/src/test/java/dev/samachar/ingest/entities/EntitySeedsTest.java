package dev.samachar.ingest.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.testing.TestData;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entities the seed articles (../shared/seeds) must yield, on their chrome-free title and
 * body. Skipped, with a message, where the seeds are absent.
 */
class EntitySeedsTest {

    private static final EntityMatcher MATCHER = EntityMatcher.load();
    private static final String S000 = "000_3b2ee203d687f623.txt";
    private static final String S001 = "001_e9dc25aa0423b090.txt";
    private static final String S002 = "002_01f5e1dc6ab042ee.txt";
    private static final String S003 = "003_b44941ac62b5199f.txt";

    static Stream<Arguments> rows() {
        return Stream.of(
                // seed, what must be among the persons, among the orgs (any one of them is enough)
                Arguments.of(
                        S000, Set.of("Nurlan Yermekbayev", "Nirmala Sitharaman"), Set.of("UNIFIL", "United Nations")),
                Arguments.of(S001, Set.of("Nurlan Yermekbayev", "Rajnath Singh"), Set.of()),
                Arguments.of(
                        S002, Set.of("Nurlan Yermekbayev", "Nirmala Sitharaman"), Set.of("UNIFIL", "United Nations")),
                Arguments.of(
                        S003, Set.of("Rajnath Singh", "Sergei Shoigu"), Set.of("Shanghai Cooperation Organisation")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void seedYieldsItsEntities(String seed, Set<String> persons, Set<String> anyOfOrgs) {
        Article article = new ArticleReader()
                .read(TestData.seeds().resolve(seed))
                .articles()
                .get(0);
        Entities found = MATCHER.find(article.title() + "\n" + article.body());
        assertTrue(found.persons().containsAll(persons), seed + ": " + found);
        SortedSet<String> orgs = found.orgs();
        assertTrue(anyOfOrgs.isEmpty() || anyOfOrgs.stream().anyMatch(orgs::contains), seed + ": " + found);
    }
}
