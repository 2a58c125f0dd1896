package dev.samachar.ingest.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LooseVocabularyTest {

    static Stream<Arguments> edits() {
        return Stream.of(
                // a, b, one small edit apart
                Arguments.of("sitaraman", "sitharaman", true), // h inserted
                Arguments.of("armakbav", "armakbavv", true), // letter inserted at the end
                Arguments.of("jaisankar", "jaisankor", true), // vowel for vowel
                Arguments.of("srinkala", "sringala", false), // consonant for consonant
                Arguments.of("armakbav", "armakbav", true), // equal
                Arguments.of("sitaram", "sitaraman", false), // two insertions
                Arguments.of("abcdefgh", "abdcefgh", false)); // transposition is two edits here
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("edits")
    void oneSmallEdit(String a, String b, boolean expected) {
        assertEquals(expected, LooseVocabulary.oneSmallEdit(a, b));
        assertEquals(expected, LooseVocabulary.oneSmallEdit(b, a));
    }

    @Test
    void exactHitsWinAndShortFormsAreNeverFuzzed() {
        LooseVocabulary v = new LooseVocabulary(Set.of("sitharaman", "sitarman", "sitaraman", "soigu"));
        assertEquals(Set.of("sitaraman"), v.resolve(Set.of("sitaraman")));
        assertEquals(Set.of("sitharaman"), v.resolve(Set.of("sitharamen")));
        assertEquals(Set.of(), v.resolve(Set.of("sitaram"))); // 7 letters: never fuzzed
        assertEquals(Set.of(), v.resolve(Set.of("soiga"))); // short vocabulary form
    }
}
