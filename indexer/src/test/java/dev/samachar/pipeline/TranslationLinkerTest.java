package dev.samachar.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

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
    void sameLanguageOrUnrelatedArticlesAreNeverLinked() {
        var a = doc("a", "hi", Set.of("c:IN", "c:KZ"), Set.of("kajakstan"));
        var b = doc("b", "hi", Set.of("c:IN", "c:KZ"), Set.of("kajakstan"));
        var c = doc("c", "en", Set.of("c:FR", "p:Emmanuel Macron"), Set.of("paris"));
        assertEquals(List.of(), TranslationLinker.bestLinks(List.of(a, b, c)));
    }
}
