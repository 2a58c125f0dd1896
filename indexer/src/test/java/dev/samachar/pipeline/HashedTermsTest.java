package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashedTermsTest {

    @Test
    void sharedCountsWhatTheStringSetsShare() {
        Random random = new Random(7);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            vocabulary.add(Integer.toString(random.nextInt(1_000_000), 36) + "form");
        }
        for (int round = 0; round < 200; round++) {
            Set<String> a = sample(vocabulary, random);
            Set<String> b = sample(vocabulary, random);
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            assertEquals(both.size(), HashedTerms.shared(HashedTerms.of(a), HashedTerms.of(b)), a + " / " + b);
            assertEquals(a.size(), HashedTerms.of(a).length);
        }
    }

    @Test
    void repeatedTermsCountOnceAndEmptySetsShareNothing() {
        assertEquals(2, HashedTerms.of(List.of("kajakstan", "armakbav", "kajakstan")).length);
        assertEquals(0, HashedTerms.shared(HashedTerms.EMPTY, HashedTerms.of(List.of("rusia"))));
        assertEquals(1, HashedTerms.shared(HashedTerms.of(List.of("rusia", "rus")), HashedTerms.of(List.of("rusia"))));
    }

    private static Set<String> sample(List<String> vocabulary, Random random) {
        Set<String> sample = new HashSet<>();
        int size = random.nextInt(150);
        for (int i = 0; i < size; i++) {
            sample.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return sample;
    }
}
