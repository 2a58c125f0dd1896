package dev.samachar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.es.AnalysisMode;
import dev.samachar.ingest.parse.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWindowsTest {

    @Test
    void aTextUpToTheLimitIsOneWindowItself() {
        String text = "x".repeat(TextWindows.MAX_CHARS);
        assertSame(text, TextWindows.of(text).get(0));
        assertEquals(1, TextWindows.of(text).size());
    }

    @Test
    void windowsJoinToTheTextAndNeverExceedTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000; i++) {
            text.append("para ").append(i).append(i % 3 == 0 ? "\n\n" : i % 3 == 1 ? "\n" : " ");
        }
        List<String> windows = TextWindows.of(text.toString(), 64);
        assertEquals(text.toString(), String.join("", windows));
        windows.forEach(w -> assertTrue(w.length() <= 64, w));
    }

    @Test
    void cutsFallAtAParagraphBreakBeforeALineBreakOrASpace() {
        String text = "a".repeat(40) + "\n\n" + "b b\nb " + "c".repeat(30);
        List<String> windows = TextWindows.of(text, 60);
        assertTrue(windows.get(0).endsWith("\n\n"), windows.toString());
        List<String> noParagraph = TextWindows.of("a".repeat(40) + " b\nb b " + "c".repeat(30), 60);
        assertTrue(noParagraph.get(0).endsWith("\n"), noParagraph.toString());
    }

    @Test
    void aRunWithoutWhitespaceIsCutButNotInsideASurrogatePair() {
        String text = "a".repeat(9) + "😀".repeat(20);
        List<String> windows = TextWindows.of(text, 10);
        assertEquals(text, String.join("", windows));
        windows.forEach(w -> assertFalse(Character.isHighSurrogate(w.charAt(w.length() - 1)), w));
    }

    /** What a huge page names far past the first window is still found, as in a short article. */
    @Test
    void enrichmentFindsNamesInEveryWindowOfAHugeBody() {
        Enricher enricher = Enricher.load(AnalysisMode.PORTABLE);
        String filler = "The committee met again and discussed the budget for roads and schools.\n\n";
        String body = "Narendra Modi spoke in Delhi.\n\n" + filler.repeat(3 * TextWindows.MAX_CHARS / filler.length())
                + "Talks with Kazakhstan went on.\n\n" + filler.repeat(TextWindows.MAX_CHARS / filler.length());
        ArticleDocument huge = enricher.enrich(article(body));
        ArticleDocument start = enricher.enrich(article("Narendra Modi spoke in Delhi."));
        ArticleDocument deep = enricher.enrich(article("Talks with Kazakhstan went on."));
        assertTrue(
                huge.countries().containsAll(deep.countries())
                        && !deep.countries().isEmpty(),
                huge.countries().toString());
        assertTrue(
                huge.countries().containsAll(start.countries()),
                huge.countries().toString());
        assertTrue(
                huge.entities().persons().containsAll(start.entities().persons())
                        && !start.entities().persons().isEmpty(),
                huge.entities().persons().toString());
        assertTrue(
                huge.looseText()
                        .contains(deep.looseText().substring(deep.looseText().lastIndexOf(' ') + 1)),
                "loose forms of the last window");
    }

    private static Article article(String body) {
        return new Article(Path.of("/tmp/huge.txt"), 0, "text", "Huge", body, null, null, "en", null, null);
    }
}
