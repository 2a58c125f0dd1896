package dev.samachar.ingest.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loose forms that gazetteer phrases are made of, and which of them a text word stands for:
 * the forms it shares with the vocabulary, or, when it shares none, the long forms one small
 * edit away. The fuzzy step finds spellings that no loose rule bridges (Hindi सितारमन, English
 * "Yermekbaeyv"); its edits are kept to what spelling variants of one name differ by:
 * <ul>
 *   <li>only between forms of {@value #MIN_FUZZY_LENGTH} letters or more: "Sitaram" (7) is one
 *       insertion from सीतारमण's "sitarman" and is another name;</li>
 *   <li>one letter inserted or deleted, or one vowel replaced by another vowel, but no consonant
 *       replaced: श्रृंखला ("series", "srinkala") is one k/g from श्रृंगला ("sringala",
 *       Shringla), and consonants are what a name's spellings agree on;</li>
 *   <li>never for a word that has an exact hit, so a real word is not also read as a name.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class LooseVocabulary {

    /** Shortest form, on either side, that one edit may bridge. */
    static final int MIN_FUZZY_LENGTH = 8;

    private final Set<String> forms;
    /** Long forms by length, so a lookup compares only forms of length n-1, n, n+1. */
    private final Map<Integer, List<String>> longByLength;

    LooseVocabulary(Set<String> forms) {
        this.forms = Set.copyOf(forms);
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String f : this.forms) {
            if (f.length() >= MIN_FUZZY_LENGTH) {
                byLength.computeIfAbsent(f.length(), k -> new ArrayList<>()).add(f);
            }
        }
        byLength.replaceAll((k, v) -> List.copyOf(v));
        this.longByLength = Map.copyOf(byLength);
    }

    /** The vocabulary forms a word with these loose forms stands for; empty if none. */
    Set<String> resolve(Set<String> wordForms) {
        Set<String> exact = new HashSet<>();
        for (String f : wordForms) {
            if (forms.contains(f)) {
                exact.add(f);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        Set<String> near = new HashSet<>();
        for (String f : wordForms) {
            if (f.length() < MIN_FUZZY_LENGTH) {
                continue;
            }
            for (int len = f.length() - 1; len <= f.length() + 1; len++) {
                for (String v : longByLength.getOrDefault(len, List.of())) {
                    if (oneSmallEdit(f, v)) {
                        near.add(v);
                    }
                }
            }
        }
        return near;
    }

    /** Whether {@code a} and {@code b} differ by one inserted or deleted letter or one vowel for a vowel. */
    static boolean oneSmallEdit(String a, String b) {
        if (a.length() == b.length()) {
            int diff = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diff >= 0) {
                        return false;
                    }
                    diff = i;
                }
            }
            return diff < 0 || (isVowel(a.charAt(diff)) && isVowel(b.charAt(diff)));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
