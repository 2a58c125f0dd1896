package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {

    private static final Path REALNEWS =
            Path.of("..").toAbsolutePath().normalize().resolveSibling("shared").resolve("realnews-dev");

    /**
     * Every real page gives the tokens {@link WordTokenizer#tokenize} gives, and each token's word
     * has its text and its {@link LookupFold} key, whether the table still had room for the word
     * or was full (a table far smaller than the pages' vocabulary sees both).
     */
    @Test
    void realPagesTokeniseAsTheTokenizerAndFoldAsLookupFold() throws IOException {
        List<Path> pages = realPages();
        WordTable table = new WordTable(2_000);
        long tokens = 0;
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            TokenizedText tokenized = TokenizedText.of(text, table);
            List<WordTokenizer.Token> expected = WordTokenizer.tokenize(text);
            assertEquals(expected, tokenized.tokens(), page.toString());
            assertEquals(expected.size(), tokenized.size());
            for (int i = 0; i < expected.size(); i++) {
                Word word = tokenized.word(i);
                assertEquals(expected.get(i).text(), word.text(), page.toString());
                assertEquals(LookupFold.fold(expected.get(i).text()), word.key(), page.toString());
            }
            tokens += expected.size();
        }
        assertEquals(2_000, table.size(), "the table fills up to its capacity and no further");
        assertTrue(tokens > 100_000, "realnews-dev has hundreds of thousands of words: " + tokens);
    }

    @Test
    void aKnownWordIsOneInstanceWhereverItIsFound() {
        WordTable table = new WordTable(10);
        Word india = table.get("India", 0, 5);
        assertSame(india, table.get("in India’s capital", 3, 8));
        assertSame(india, table.get(new StringBuilder("in India today"), 3, 8), "any CharSequence");
        assertNotSame(india, table.get("Indian", 0, 6));
        assertNotSame(india, table.get("india", 0, 5), "case is kept: matchers check it");
        assertEquals("india", table.get("INDIA", 0, 5).key());
    }

    @Test
    void aFullTableMakesNewWordsAfreshAndKeepsTheOldOnes() {
        WordTable table = new WordTable(2);
        Word first = table.get("भारत", 0, 4);
        Word second = table.get("रूस", 0, 3);
        Word third = table.get("चीन", 0, 3);
        assertEquals(2, table.size());
        assertNotSame(third, table.get("चीन", 0, 3), "not kept: a new word is made each time");
        assertEquals(third.key(), table.get("चीन", 0, 3).key());
        assertSame(first, table.get("भारत", 0, 4));
        assertSame(second, table.get("रूस", 0, 3));
    }

    @Test
    void aMemoIsKeptForTheFirstOwnerAndWorkedOutEachTimeForOthers() {
        Word word = new WordTable(10).get("Yermekbayev", 0, 11);
        Object first = new Object();
        Object second = new Object();
        AtomicInteger firstCalls = new AtomicInteger();
        AtomicInteger secondCalls = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertEquals("yermekbayev!", word.memo(first, w -> {
                firstCalls.incrementAndGet();
                return w.key() + "!";
            }));
            assertEquals(11, (int) word.memo(second, w -> {
                secondCalls.incrementAndGet();
                return w.text().length();
            }));
        }
        assertEquals(1, firstCalls.get());
        assertEquals(3, secondCalls.get());
    }

    /** The shared table outlives matchers: one that is garbage neither stays alive nor keeps its memos. */
    @Test
    void aMemoOfAMatcherThatIsGoneGoesToTheNextOne() throws InterruptedException {
        Word word = new WordTable(10).get("Sitharaman", 0, 10);
        Object first = new Object();
        word.memo(first, w -> "first");
        WeakReference<Object> gone = new WeakReference<>(first);
        first = null;
        for (int i = 0; i < 100 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        Assumptions.assumeTrue(gone.get() == null, "the JVM kept the first owner: nothing to check");
        Object next = new Object();
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertEquals("next", word.memo(next, w -> {
                calls.incrementAndGet();
                return "next";
            }));
        }
        assertEquals(1, calls.get());
    }

    /** Threads that meet the same words at once still end up with one kept instance per word. */
    @Test
    void concurrentLookupsKeepOneInstancePerWord() throws Exception {
        List<Path> pages = realPages().subList(0, 200);
        List<String> texts = new ArrayList<>();
        for (Path page : pages) {
            texts.add(Files.readString(page, StandardCharsets.UTF_8));
        }
        WordTable table = new WordTable(100_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Word>>> seen = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                seen.add(pool.submit(() -> {
                    Map<String, Word> words = new HashMap<>();
                    for (String text : texts) {
                        TokenizedText tokenized = TokenizedText.of(text, table);
                        for (int i = 0; i < tokenized.size(); i++) {
                            words.put(tokenized.word(i).text(), tokenized.word(i));
                        }
                    }
                    return words;
                }));
            }
            Map<String, Word> reference = seen.get(0).get();
            for (Future<Map<String, Word>> other : seen) {
                other.get().forEach((text, word) -> assertSame(reference.get(text), word, text));
            }
            assertEquals(reference.size(), table.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Path> realPages() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(REALNEWS.resolve("truth.jsonl")), "skipped: no realnews-dev at " + REALNEWS);
        List<Path> pages = new ArrayList<>();
        for (String source : List.of("en_bbc", "hi_covid")) {
            try (Stream<Path> list = Files.list(REALNEWS.resolve(source))) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }
}
