package dev.samachar.analysis;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of one place that are not transliterations of each other (Russia / रूस, India / भारत,
 * Greece / यूनान), which no spelling rule can bridge. Keyed on {@link LooseLatin loose forms}:
 * {@code partners("rus")} is {@code ["rusia", "rasia"]} (Russia, रशिया) and
 * {@code partners("rusia")} contains "rus", so a token filter can add the partners at the
 * token's position and a search in either language finds the other.
 *
 * <p>Sources:
 * <ol>
 *   <li><b>CLDR</b> (ICU4J): for every ISO 3166 region, its English and Hindi display names,
 *       when both are single tokens. A pair is taken only if a {@code fuzziness: AUTO} query
 *       does not already bridge its loose forms (Russia "rusia" / रूस "rus" is taken; Germany
 *       "garmani" / जर्मनी "jarmani" is one edit apart and is not): adding near-transliterations
 *       would only spread their collisions with common words (चीन "chin" is the English
 *       "chin", स्पेन "span" is "span").</li>
 *   <li><b>The table</b> {@value #RESOURCE} (the repository's {@code mappings/exonyms.tsv}, read
 *       from the classpath as {@code samachar/mappings/exonyms.tsv} in the indexer, or as the
 *       copy {@value #BUNDLED_RESOURCE} this jar carries): groups of names CLDR lacks (Burma /
 *       Myanmar / म्यांमार / बर्मा, Delhi / दिल्ली, Bombay / Mumbai / मुंबई, demonyms), always
 *       taken, and blocked spellings whose loose form collides with a common name (मिस्र Egypt
 *       is "misra", which is also how Mishra / मिश्रा loosens).</li>
 * </ol>
 * Each spelling counts with every loose form it has: for Devanagari, those of both
 * {@link Romaniser} forms. Immutable and thread-safe.
 */
public final class Exonyms {

    /** Where the indexer's jar carries the repository's mappings/exonyms.tsv. */
    public static final String RESOURCE = "samachar/mappings/exonyms.tsv";
    /** The copy inside this jar, for the Elasticsearch plugin. */
    public static final String BUNDLED_RESOURCE = "dev/samachar/analysis/exonyms.tsv";

    private static final ULocale HINDI = new ULocale("hi");

    private final Map<String, List<String>> partners;
    /** Spelling key ({@link #spellingKey}) → the terms of the groups it belongs to. */
    private final Map<String, List<String>> groupTerms;

    private Exonyms(Map<String, List<String>> partners, Map<String, List<String>> groupTerms) {
        this.partners = partners;
        this.groupTerms = groupTerms;
    }

    /** What prefixes a group term, so that it never equals a spelling's key. */
    public static final String GROUP_PREFIX = "=";

    /**
     * The group terms of one spelling as written (lower case; a Devanagari word in any nukta or
     * anusvara spelling; an English possessive ignored): one term per group that lists this very
     * spelling, e.g. {@code ["=delhi"]} for Delhi and दिल्ली. Keyed on the spelling, not on its
     * loose form, so that a different name that loosens alike (दिली, Dili) is not drawn in.
     */
    public List<String> groupTerms(CharSequence spelling) {
        return groupTerms.getOrDefault(spellingKey(spelling), List.of());
    }

    /** The key a spelling is looked up by: {@link HindiNormalizer} form, or lower-case Latin without a possessive. */
    public static String spellingKey(CharSequence spelling) {
        String s = spelling.toString().toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0900' && c <= '\u097F') {
                return HindiNormalizer.normalize(s);
            }
        }
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder folded = new StringBuilder(s.length());
        LooseLatin.foldToAscii(s, folded);
        return folded.toString();
    }

    /** CLDR plus the table found on the classpath (see the class comment); built once. */
    public static Exonyms defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final Exonyms INSTANCE = loadDefaults();
    }

    private static Exonyms loadDefaults() {
        ClassLoader loader = Exonyms.class.getClassLoader();
        InputStream in = loader.getResourceAsStream(RESOURCE);
        if (in == null) {
            in = loader.getResourceAsStream(BUNDLED_RESOURCE);
        }
        if (in == null) {
            throw new IllegalStateException("exonym table missing from the classpath: " + BUNDLED_RESOURCE);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(r, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exonym table", e);
        }
    }

    /**
     * Builds the table from {@code tsv} and, if {@code withCldr}, CLDR's country names.
     *
     * <p>Format: UTF-8 text, one group per line, its spellings (Latin or Devanagari, one token
     * each) separated by tabs. A line whose first field is {@code -} lists spellings to block:
     * their loose forms are never keys or partners, whatever the source. Blank lines and lines
     * starting with {@code #} are ignored.
     *
     * @throws IllegalArgumentException for a spelling that is not a single token, with its line
     */
    public static Exonyms load(Reader tsv, boolean withCldr) throws IOException {
        Romaniser romaniser = new Romaniser();
        List<List<Set<String>>> groups = new ArrayList<>();
        Set<String> blocked = new HashSet<>();
        List<List<String>> spellingGroups = new ArrayList<>();
        Set<String> blockedSpellings = new HashSet<>();
        BufferedReader lines = new BufferedReader(tsv);
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\t");
            boolean block = fields[0].strip().equals("-");
            List<Set<String>> group = new ArrayList<>();
            List<String> spellings = new ArrayList<>();
            for (int i = block ? 1 : 0; i < fields.length; i++) {
                String spelling = fields[i].strip();
                if (spelling.isEmpty()) {
                    continue;
                }
                if (WordTokenizer.tokenize(spelling).size() != 1) {
                    throw new IllegalArgumentException(
                            "exonyms line " + lineNo + ": not a single token: '" + spelling + "'");
                }
                Set<String> forms = looseForms(romaniser, spelling);
                if (block) {
                    blocked.addAll(forms);
                    blockedSpellings.add(spellingKey(spelling));
                } else {
                    group.add(forms);
                    spellings.add(spelling);
                }
            }
            if (group.size() >= 2) {
                groups.add(group);
                spellingGroups.add(spellings);
            }
        }
        if (withCldr) {
            groups.addAll(cldrGroups(romaniser));
            spellingGroups.addAll(cldrSpellingGroups());
        }
        return new Exonyms(index(groups, blocked), indexSpellings(spellingGroups, blockedSpellings));
    }

    /** The loose forms of the exonym partners of {@code looseForm}; empty if it has none. */
    public List<String> partners(String looseForm) {
        return partners.getOrDefault(looseForm, List.of());
    }

    /** Every loose form with partners, and its partners; unmodifiable. */
    public Map<String, List<String>> asMap() {
        return partners;
    }

    /** How many loose forms have partners. */
    public int size() {
        return partners.size();
    }

    /**
     * The loose forms of one spelling: both romanisations of a Devanagari word, the one with
     * schwa deletion first. Every form is a key; only the first is given as a partner, because
     * the analyser that meets it emits both forms of the other side anyway.
     */
    static Set<String> looseForms(Romaniser romaniser, String spelling) {
        Romanisation r = romaniser.romanise(spelling);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(LooseLatin.normalize(r.withSchwaDeletion()));
        forms.add(LooseLatin.normalize(r.withoutSchwaDeletion()));
        return forms;
    }

    private static List<List<Set<String>>> cldrGroups(Romaniser romaniser) {
        List<List<Set<String>>> groups = new ArrayList<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            String english = region.getDisplayCountry(ULocale.ENGLISH);
            String hindi = region.getDisplayCountry(HINDI);
            if (english.equals(code)
                    || hindi.equals(code)
                    || WordTokenizer.tokenize(english).size() != 1
                    || WordTokenizer.tokenize(hindi).size() != 1) {
                continue;
            }
            Set<String> en = looseForms(romaniser, english);
            Set<String> hi = looseForms(romaniser, hindi);
            if (!bridged(en, hi)) {
                groups.add(List.of(en, hi));
            }
        }
        return groups;
    }

    /** Every CLDR region with a single-token English and Hindi name, bridged by spelling or not. */
    private static List<List<String>> cldrSpellingGroups() {
        List<List<String>> groups = new ArrayList<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            String english = region.getDisplayCountry(ULocale.ENGLISH);
            String hindi = region.getDisplayCountry(HINDI);
            if (!english.equals(code)
                    && !hindi.equals(code)
                    && WordTokenizer.tokenize(english).size() == 1
                    && WordTokenizer.tokenize(hindi).size() == 1) {
                groups.add(List.of(english, hindi));
            }
        }
        return groups;
    }

    private static Map<String, List<String>> indexSpellings(List<List<String>> groups, Set<String> blocked) {
        Map<String, Set<String>> terms = new HashMap<>();
        for (List<String> group : groups) {
            String term = GROUP_PREFIX + spellingKey(group.get(0));
            for (String spelling : group) {
                String key = spellingKey(spelling);
                if (!blocked.contains(key)) {
                    terms.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(term);
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        terms.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private static boolean bridged(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (Fuzzy.bridges(x, y, 3, 6)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, List<String>> index(List<List<Set<String>>> groups, Set<String> blocked) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        for (List<Set<String>> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                Set<String> own = group.get(i);
                for (String key : own) {
                    if (blocked.contains(key)) {
                        continue;
                    }
                    for (int j = 0; j < group.size(); j++) {
                        if (j == i) {
                            continue;
                        }
                        String partner = group.get(j).iterator().next();
                        if (!own.contains(partner) && !blocked.contains(partner)) {
                            sets.computeIfAbsent(key, k -> new LinkedHashSet<>())
                                    .add(partner);
                        }
                    }
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
