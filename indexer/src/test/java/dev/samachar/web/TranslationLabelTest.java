package dev.samachar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.search.TranslationLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only a strong link is called the other language's version; every link shows its score. */
class TranslationLabelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @Test
    void strongLinksAreVersionsAndTheOthersPossibleTranslationsWithTheirScore() throws Exception {
        List<TranslationLink> links = TranslationLink.of(json("""
                {"related_links": [
                  {"id": "s", "strength": "strong", "score": 0.921, "reason": "same day, 2.5 h apart"},
                  {"id": "p", "strength": "possible", "score": 0.742, "reason": "same day"},
                  {"id": "old", "score": 0.45, "reason": "written before links had a strength"}]}
                """).get("related_links"));
        assertEquals(
                List.of(
                        "English version",
                        "possibly related translation (score 0.74)",
                        "possibly related translation (score 0.45)"),
                links.stream().map(l -> l.label("en")).toList());
        assertEquals("Hindi version", links.get(0).label("hi"));
        assertEquals(List.of(), TranslationLink.of(null));
    }

    @Test
    void theArticlePageShowsTheLabelAndTheScore() throws Exception {
        ObjectNode document = json("""
                {"title": "भारत और कजाकिस्तान", "lang": "hi", "body": "...",
                 "related_links": [{"id": "weak", "strength": "possible", "score": 0.72, "reason": "same day"}]}
                """);
        String html = ArticlePage.render(
                document, Map.of("weak", json("{\"title\": \"India and Kazakhstan\", \"lang\": \"en\"}")));
        assertTrue(html.contains("possibly related translation (score 0.72): <a"), html);
        assertTrue(html.contains("score 0.72: same day"), html);
        assertFalse(html.contains("English version"), html);

        ((ObjectNode) document.get("related_links").get(0)).put("strength", "strong");
        html = ArticlePage.render(
                document, Map.of("weak", json("{\"title\": \"India and Kazakhstan\", \"lang\": \"en\"}")));
        assertTrue(html.contains("English version: <a"), html);
    }
}
