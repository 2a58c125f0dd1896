package dev.samachar.analysis.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * What a reference stream gives (Lucene's own tokenizer and filters, or the uncached chain a cached filter
 * replaces), so that {@link BaseTokenStreamTestCase#assertTokenStreamContents} can check that another stream
 * gives exactly that: terms, offsets, types, position increments, final offset and position increment.
 */
record ReferenceTokens(
        String[] terms,
        int[] startOffsets,
        int[] endOffsets,
        String[] types,
        int[] positionIncrements,
        int finalOffset,
        int finalPositionIncrement) {

    static ReferenceTokens of(TokenStream reference) throws IOException {
        List<String> terms = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<int[]> numbers = new ArrayList<>();
        try (reference) {
            CharTermAttribute term = reference.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = reference.addAttribute(OffsetAttribute.class);
            TypeAttribute type = reference.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = reference.addAttribute(PositionIncrementAttribute.class);
            reference.reset();
            while (reference.incrementToken()) {
                terms.add(term.toString());
                types.add(type.type());
                numbers.add(new int[] {offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()});
            }
            reference.end();
            return new ReferenceTokens(
                    terms.toArray(String[]::new),
                    numbers.stream().mapToInt(n -> n[0]).toArray(),
                    numbers.stream().mapToInt(n -> n[1]).toArray(),
                    types.toArray(String[]::new),
                    numbers.stream().mapToInt(n -> n[2]).toArray(),
                    offset.endOffset(),
                    increment.getPositionIncrement());
        }
    }

    int size() {
        return terms.length;
    }

    /** Asserts that {@code stream}, consumed by Lucene's checking consumer, gives these tokens. */
    void assertGivenBy(TokenStream stream) throws IOException {
        BaseTokenStreamTestCase.assertTokenStreamContents(
                stream,
                terms,
                startOffsets,
                endOffsets,
                types,
                positionIncrements,
                null,
                finalOffset,
                finalPositionIncrement,
                null,
                true,
                null,
                null);
    }
}
