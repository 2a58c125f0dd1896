package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.samachar.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles, dates, sources, release ids and chrome removal on the real seed pages in ../shared/seeds. */
class SeedPagesTest {

    private static final ArticleReader READER = new ArticleReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            000_3b2ee203d687f623.txt | भारत और कजाकिस्तान ने रक्षा और सैन्य तकनीकी सहयोग बढ़ाने पर सहमति जताई | 2018-10-04T19:50:00+05:30 | PIB Delhi | 1548656 | hi
            001_e9dc25aa0423b090.txt | रक्षा के क्षेत्र में साझेदारी की तलाश में भारत और कजाखस्तान, राजनाथ सिंह ने अपने समकक्ष नूरलान के साथ बैठक की | 2021-04-09T19:41:00+05:30 | PTI | null | hi
            002_01f5e1dc6ab042ee.txt | India and Kazakhstan agree to boost Defence and Military Technical Cooperation | 2018-10-04T17:19:00+05:30 | PIB Delhi | 1548606 | en
            003_b44941ac62b5199f.txt | भारत और रूस ने रक्षा सहयोग को मजबूत करने का लिया संकल्प | null | null | null | hi
            004_179eb1ff0482fae1.txt | रक्षा क्षेत्र में मजबूती: भारत-रूस सैन्य कार्यसमूह की बैठक से बढ़ेगा सहयोग | null | null | null | hi
            """)
    void seedMetadata(String file, String title, String published, String source, String releaseId, String lang) {
        Path seed = TestData.seeds().resolve(file);
        ReadResult result = READER.read(seed);
        assertEquals(List.of(), result.failures());
        Article article = result.articles().get(0);
        assertEquals(title, article.title());
        assertEquals(published, article.publishedIso());
        assertEquals(source, article.source());
        assertEquals(releaseId, article.releaseId());
        assertEquals(lang, article.lang());
        for (String chrome : List.of(
                "Advertisement",
                "विज्ञापन",
                "Read Time",
                "ये भी पढ़ें",
                "Featured Video",
                "Visitor Counter",
                "chat bot",
                "आपका साथी",
                "Leave a Reply",
                "Back to top",
                "भारत माता चौक",
                "Related Articles",
                "Posted On",
                "Publish:",
                "सूडान",
                "नाइजीरिया",
                "Edited By")) {
            assertFalse(article.body().contains(chrome), file + " body must not contain chrome: " + chrome);
        }
        assertFalse(article.body().startsWith(title), "title is not repeated as the first paragraph");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            001_e9dc25aa0423b090.txt | रक्षा मंत्री राजनाथ सिंह ने शुक्रवार को कजाखस्तान के अपने समकक्ष
            003_b44941ac62b5199f.txt | जयशंकर सिंह और शोइगू ने यहां शंघाई सहयोग संगठन
            004_179eb1ff0482fae1.txt | भारत और रूस के बीच वर्किंग ग्रुप ऑन मिलिट्री कोऑपरेशन
            """)
    void bodyStartsWithTheArticle(String file, String opening) {
        Article article = READER.read(TestData.seeds().resolve(file)).articles().get(0);
        assertEquals(opening, article.body().substring(0, opening.length()));
    }
}
