package dev.samachar.analysis.lucene;

import java.util.Random;

/**
 * Random text for the randomized contract checks: Lucene's own random strings seldom hold Devanagari,
 * the script most of these filters work on. Words of any char of the block (signs, nukta, virama, digits,
 * danda), now and then a joiner or a Latin letter, between spaces and the odd full stop.
 */
final class RandomDevanagari {

    private RandomDevanagari() {}

    static String text(Random random, int maxWords) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(maxWords + 1);
        for (int w = 0; w < words; w++) {
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int r = random.nextInt(30);
                text.append(
                        r == 0
                                ? '\u200D'
                                : r == 1
                                        ? '\u200C'
                                        : r == 2
                                                ? (char) ('a' + random.nextInt(26))
                                                : (char) (0x0900 + random.nextInt(0x80)));
            }
            text.append(random.nextInt(10) == 0 ? ". " : " ");
        }
        return text.toString();
    }
}
