package dev.samachar.ingest.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sentences glued by a full stop with no space after it ("हैं.इटली", about one Prabhat Khabar page
 * in fifteen) still give their words to the matchers at ingest: their tokenizer splits at every full
 * stop. Fragments of real news.
 */
class GluedSentencesTest {

    private static final CountryMatcher COUNTRIES = CountryMatcher.load();

    @Test
    void countriesAfterAGluedFullStopAreFound() {
        assertEquals(Set.of("IT"), COUNTRIES.countriesIn("कोरोना के मरीज हैं.इटली दूसरा सबसे अधिक प्रभावित देश"));
        assertEquals(Set.of("FR"), COUNTRIES.countriesIn("आंकड़ा 2 लाख पार कर गया है.फ्रांस में अब तक"));
    }
}
