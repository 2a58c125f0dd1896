package dev.samachar.ingest.dates;

/**
 * One piece of a dateline.
 *
 * @param text        for NUMBER the ASCII digits (Devanagari digits already converted), for
 *                    WORD the word as written, for PUNCT the single character
 * @param key         for WORD the {@link MonthNames#key} form, used for every word comparison;
 *                    otherwise equal to {@code text}
 * @param value       for NUMBER its value (-1 if too long to matter), otherwise -1
 * @param spaceBefore whether white space separated this token from the previous one
 */
record Token(Type type, String text, String key, int value, boolean spaceBefore) {

    enum Type {
        NUMBER,
        WORD,
        PUNCT
    }

    boolean isNumber(int minDigits, int maxDigits) {
        return type == Type.NUMBER && text.length() >= minDigits && text.length() <= maxDigits;
    }

    boolean isPunct(String oneOf) {
        return type == Type.PUNCT && oneOf.contains(text);
    }

    boolean isWord() {
        return type == Type.WORD;
    }
}
