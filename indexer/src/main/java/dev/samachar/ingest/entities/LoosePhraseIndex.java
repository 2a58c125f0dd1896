package dev.samachar.ingest.entities;

import dev.samachar.analysis.LookupFold;
import dev.samachar.analysis.TokenizedText;
import dev.samachar.analysis.WordTokenizer;
import dev.samachar.ingest.entities.LoosePhrase.Kind;
import dev.samachar.ingest.entities.LoosePhrase.TextWord;
import dev.samachar.ingest.entities.LoosePhrase.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds dictionary phrases in text the way {@link dev.samachar.analysis.PhraseMatcher} does
 * (tokens by {@link WordTokenizer}, longest phrase first, left to right, no overlaps), but
 * compares most words on their {@link LooseForms loose forms} through a {@link LooseVocabulary},
 * so that a name's unseen spellings in either script match: the PhraseMatcher's
 * {@link LookupFold} keys only fold Devanagari variants of one spelling.
 *
 * <p>Kinds of phrase (see {@link LoosePhrase} for how a word matches):
 * <ul>
 *   <li><b>names</b>, compared loosely, except one-word names with a short loose form, compared
 *       exactly (see {@link Builder}); a name may require a title of a given group right
 *       before it ("Rawat" only after "General");</li>
 *   <li><b>exact</b> names (acronyms), compared on LookupFold keys: never loosely, never
 *       fuzzily, since two or three letters are one edit from many words;</li>
 *   <li><b>titles</b>; they report nothing and only enable the titled names right after
 *       them;</li>
 *   <li><b>blocks</b>; they report nothing and shadow the names inside them, since the longest
 *       phrase wins.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <T> what a name stands for
 */
final class LoosePhraseIndex<T> {

    /** One match of a name: the value and the offsets in the text. */
    record Match<T>(T value, int start, int end, String text) {}

    private final Map<String, List<LoosePhrase<T>>> byFirstKey;
    /** What a Devanagari word may stand for: the forms of every phrase word. */
    private final LooseVocabulary vocabulary;
    /**
     * What a Latin word may stand for: the forms of Latin phrase words only, which are all it can
     * meet. Were सीतारमण's "sitaraman" in it, the English misspelling "Sitaraman" would hit that
     * exactly and never be fuzzed to "Sitharaman".
     */
    private final LooseVocabulary latinVocabulary;

    private LoosePhraseIndex(
            Map<String, List<LoosePhrase<T>>> byFirstKey, LooseVocabulary vocabulary, LooseVocabulary latinVocabulary) {
        this.byFirstKey = byFirstKey;
        this.vocabulary = vocabulary;
        this.latinVocabulary = latinVocabulary;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Names, left to right, each the longest phrase at its place. */
    List<Match<T>> findAll(String text) {
        return findAll(TokenizedText.of(text));
    }

    /** As {@link #findAll(String)}, on a text the caller has tokenised for all its matchers. */
    List<Match<T>> findAll(TokenizedText text) {
        List<WordTokenizer.Token> tokens = text.tokens();
        // The words are the kept resolutions, so matching allocates nothing per word of the text.
        @SuppressWarnings("unchecked")
        TextWord<T>[] words = (TextWord<T>[]) new TextWord<?>[tokens.size()];
        for (int j = 0; j < words.length; j++) {
            words[j] = text.word(j).memo(this, resolver);
        }
        List<Match<T>> matches = new ArrayList<>();
        int titleEnd = -1; // word index right after the last title matched
        String titleGroup = null;
        int i = 0;
        while (i < words.length) {
            LoosePhrase<T> found = longestAt(tokens, words, i, titleEnd == i ? titleGroup : null);
            if (found == null) {
                i++;
                continue;
            }
            int end = i + found.words.length;
            if (found.kind == Kind.TITLE) {
                titleEnd = end;
                titleGroup = found.titleGroup;
            } else if (found.kind == Kind.NAME) {
                int from = tokens.get(i).start();
                int to = tokens.get(end - 1).end();
                matches.add(new Match<>(found.value, from, to, text.text().substring(from, to)));
            }
            i = end;
        }
        return matches;
    }

    /** LooseForms reuses buffers, so each enrichment thread has its own. */
    private static final ThreadLocal<LooseForms> LOOSE_FORMS = ThreadLocal.withInitial(LooseForms::new);

    /** {@link #resolve}, made once rather than per word of every text. */
    private final Function<dev.samachar.analysis.Word, TextWord<T>> resolver = this::resolve;

    /**
     * What a text word stands for here. Resolving one (romanise, look up near forms) would be most
     * of the cost of matching (docs/design-notes.md#per-word-and-per-token-caches-in-matching), so
     * {@link #findAll} keeps it as the shared {@link dev.samachar.analysis.Word}'s memo, and a word recurring across
     * articles is resolved once.
     */
    private TextWord<T> resolve(dev.samachar.analysis.Word word) {
        String fold = word.key();
        boolean latin = Scripts.isLatin(word.text());
        Set<String> forms =
                (latin ? latinVocabulary : vocabulary).resolve(LOOSE_FORMS.get().of(word.text()));
        List<LoosePhrase<T>> starting = new ArrayList<>(byFirstKey.getOrDefault(exactKey(fold), List.of()));
        for (String form : forms) {
            starting.addAll(byFirstKey.getOrDefault(looseKey(form), List.of()));
        }
        starting.sort(LoosePhrase.LONGEST_FIRST);
        return new TextWord<>(fold, forms, latin, starting.isEmpty() ? List.of() : List.copyOf(starting));
    }

    /**
     * The longest phrase that matches at word {@code i}, or null. By index, not by iterator: this runs
     * for every word of every article, and most words start no phrase.
     */
    private LoosePhrase<T> longestAt(List<WordTokenizer.Token> tokens, TextWord<T>[] words, int i, String groupBefore) {
        List<LoosePhrase<T>> starting = words[i].starting();
        for (int k = 0; k < starting.size(); k++) {
            LoosePhrase<T> p = starting.get(k);
            if (p.allowedAfter(groupBefore) && p.matches(tokens, words, i)) {
                return p;
            }
        }
        return null;
    }

    private static String exactKey(String fold) {
        return "=" + fold;
    }

    private static String looseKey(String form) {
        return "~" + form;
    }

    /**
     * Collects phrases. Two phrases with the same key (exact words by LookupFold key, loose ones
     * by their first loose form) must mean the same thing; otherwise {@link #build} throws,
     * naming both, so that one spelling never silently stands for two entities.
     */
    static final class Builder<T> {
        /** Fewest loose letters a one-word phrase needs to be compared loosely; see isShort. */
        static final int MIN_LOOSE_WORD = 6;

        private final LooseForms loose = new LooseForms();
        private final Map<String, LoosePhrase<T>> byKey = new HashMap<>();
        private final List<LoosePhrase<T>> phrases = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();

        private Builder() {}

        /** A name; {@code afterTitle} is the title group it needs right before it, or null. */
        Builder<T> name(String phrase, T value, String afterTitle) {
            return add(phrase, false, Kind.NAME, Objects.requireNonNull(value, "value"), afterTitle);
        }

        /** A name matched on LookupFold keys only, e.g. an acronym. */
        Builder<T> exact(String phrase, T value) {
            return add(phrase, true, Kind.NAME, Objects.requireNonNull(value, "value"), null);
        }

        Builder<T> title(String phrase, String group) {
            return add(phrase, false, Kind.TITLE, null, Objects.requireNonNull(group, "group"));
        }

        Builder<T> block(String phrase) {
            return add(phrase, false, Kind.BLOCK, null, null);
        }

        private Builder<T> add(String phrase, boolean exact, Kind kind, T value, String group) {
            List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(phrase);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("phrase has no word tokens: '" + phrase + "'");
            }
            boolean exactWords =
                    exact || (tokens.size() == 1 && isShort(tokens.get(0).text()));
            Word[] words = new Word[tokens.size()];
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < words.length; j++) {
                String w = tokens.get(j).text();
                words[j] = exactWords ? new Word(w, LookupFold.fold(w), Set.of()) : new Word(w, null, loose.of(w));
                key.append(exactWords ? exactKey(LookupFold.fold(w)) : looseKey(loose.primary(w)))
                        .append(' ');
            }
            LoosePhrase<T> p = new LoosePhrase<>(words, kind, value, group, phrase, phrases.size());
            LoosePhrase<T> earlier = byKey.putIfAbsent(key.toString(), p);
            if (earlier == null) {
                phrases.add(p);
            } else if (!earlier.sameMeaning(p)) {
                conflicts.add(p.describe() + " has the same loose form as " + earlier.describe());
            } else if (!exactWords) {
                earlier.mergeForms(p);
            }
            return this;
        }

        /**
         * Whether a one-word phrase is too short to compare loosely: every loose form has fewer
         * than {@value #MIN_LOOSE_WORD} letters. Loose forms drop vowel length, h and doubled
         * letters, and short words that lose those meet everyday words: लांबा (Lanba) and लंबा
         * "long" are both "lamba", किशी (Kishi) and किसी "any" are "kisi", Payne meets Paine,
         * Quad meets "cued". Such a word must be spelled as the file has it, up to
         * {@link LookupFold}; longer words, and every word of a longer phrase, stay loose.
         */
        private boolean isShort(String word) {
            for (String form : loose.of(word)) {
                if (form.length() >= MIN_LOOSE_WORD) {
                    return false;
                }
            }
            return true;
        }

        LoosePhraseIndex<T> build() {
            if (!conflicts.isEmpty()) {
                throw new IllegalStateException("ambiguous gazetteer spellings:\n  " + String.join("\n  ", conflicts));
            }
            Map<String, List<LoosePhrase<T>>> byFirst = new HashMap<>();
            Set<String> vocabulary = new HashSet<>();
            Set<String> latinVocabulary = new HashSet<>();
            for (LoosePhrase<T> p : phrases) {
                Word first = p.words[0];
                Set<String> keys = new HashSet<>();
                if (first.fold() != null) {
                    keys.add(exactKey(first.fold()));
                }
                first.forms().forEach(f -> keys.add(looseKey(f)));
                keys.forEach(
                        k -> byFirst.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
                for (Word w : p.words) {
                    vocabulary.addAll(w.forms());
                    if (Scripts.isLatin(w.surface())) {
                        latinVocabulary.addAll(w.forms());
                    }
                }
            }
            byFirst.replaceAll((k, v) -> List.copyOf(v));
            return new LoosePhraseIndex<>(
                    Map.copyOf(byFirst), new LooseVocabulary(vocabulary), new LooseVocabulary(latinVocabulary));
        }
    }
}
