package dev.samachar.ingest.entities;

import dev.samachar.analysis.CaseCheck;
import dev.samachar.analysis.WordTokenizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One phrase of a {@link LoosePhraseIndex} and the rules for when it matches text at a place:
 * word by word, each word exact (LookupFold key) or loose (a shared loose form), in the right
 * case and script.
 *
 * @param <T> what a name stands for; null for titles and blocks
 */
final class LoosePhrase<T> {

    /** Names are reported; titles enable titled names after them; blocks only shadow. */
    enum Kind {
        NAME,
        TITLE,
        BLOCK
    }

    /** Longer phrases first; among equals, the one added first. */
    static final Comparator<LoosePhrase<?>> LONGEST_FIRST =
            Comparator.comparingInt((LoosePhrase<?> p) -> -p.words.length).thenComparingInt(p -> p.order);

    /**
     * What a text word stands for wherever it occurs, worked out once per distinct word: its
     * LookupFold key, the vocabulary forms it shares, whether it has a Latin letter
     * ({@link Scripts#isLatin}), and the phrases that may start with it, longest first.
     */
    record TextWord<T>(String fold, Set<String> forms, boolean latin, List<LoosePhrase<T>> starting) {}

    /**
     * A phrase word: an exact one has a fold key, a loose one its loose forms.
     *
     * @param caseRule {@link CaseCheck#ruleOf} the surface, worked out once: it is asked for every candidate
     */
    record Word(String surface, String fold, Set<String> forms, boolean latin, CaseCheck.Rule caseRule) {

        Word(String surface, String fold, Set<String> forms) {
            this(surface, fold, forms, Scripts.isLatin(surface), CaseCheck.ruleOf(surface));
        }

        /** @param surface the word as the text spells it */
        boolean matches(TextWord<?> t, String surface) {
            boolean same = fold != null ? fold.equals(t.fold()) : intersects(forms, t.forms());
            return same && caseAgrees(t, surface);
        }

        /**
         * Case by {@link CaseCheck} (capitalised needs capitalised, all caps needs all caps,
         * lower case takes any), and script: a Devanagari phrase word meets only Devanagari
         * text, because an English word can loosen like a Hindi spelling (आसियान ASEAN and
         * "Asian" are both "asian"), while a Latin one meets either script, since Hindi writers
         * transliterate English names.
         */
        private boolean caseAgrees(TextWord<?> text, String surface) {
            if (!latin) {
                return !text.latin();
            }
            return !text.latin() || caseRule.agrees(surface);
        }

        private static boolean intersects(Set<String> a, Set<String> b) {
            for (String s : a) {
                if (b.contains(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    final Word[] words;
    final Kind kind;
    final T value;
    /** For a title, its group; for a name, the title group it needs right before it, or null. */
    final String titleGroup;

    final String source;
    final int order;

    LoosePhrase(Word[] words, Kind kind, T value, String titleGroup, String source, int order) {
        this.words = words;
        this.kind = kind;
        this.value = value;
        this.titleGroup = titleGroup;
        this.source = source;
        this.order = order;
    }

    /** Whether the phrase may start at a word that follows a title of {@code groupBefore} (or none). */
    boolean allowedAfter(String groupBefore) {
        return kind != Kind.NAME || titleGroup == null || titleGroup.equals(groupBefore);
    }

    /** @param text the resolved words of {@code tokens} */
    boolean matches(List<WordTokenizer.Token> tokens, TextWord<?>[] text, int at) {
        if (at + words.length > text.length) {
            return false;
        }
        for (int j = 0; j < words.length; j++) {
            if (!words[j].matches(text[at + j], tokens.get(at + j).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the loose forms of a phrase with the same key and meaning, word by word: the other
     * reading of a Devanagari spelling that a Latin one shadows.
     */
    void mergeForms(LoosePhrase<?> other) {
        for (int j = 0; j < words.length; j++) {
            Set<String> union = new HashSet<>(words[j].forms());
            union.addAll(other.words[j].forms());
            // A Latin surface lets the merged word meet both scripts (see Word.caseAgrees).
            String surface = Scripts.isLatin(words[j].surface()) ? words[j].surface() : other.words[j].surface();
            words[j] = new Word(surface, null, Set.copyOf(union));
        }
    }

    /** What two phrases must not share unless they mean the same: kind, value, group. */
    boolean sameMeaning(LoosePhrase<?> other) {
        return kind == other.kind && Objects.equals(value, other.value) && Objects.equals(titleGroup, other.titleGroup);
    }

    /** For error messages: the spelling and what it stands for. */
    String describe() {
        return "'" + source + "' (" + (kind == Kind.NAME ? value : kind.name().toLowerCase(Locale.ROOT)) + ")";
    }
}
