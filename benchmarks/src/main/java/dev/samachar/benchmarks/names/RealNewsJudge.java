package dev.samachar.benchmarks.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judging rule of {@link RealNewsSearchEval}: does an article name a place or person, in the
 * spellings we listed for it? Deliberately independent of Samachar: plain regular expressions over the
 * text as it is in the file, never Samachar's analysers, so that the search is measured against
 * something it cannot influence.
 *
 * <p><b>Rule.</b> An article is relevant to a name iff its text (the whole file: headline + body, as
 * written) contains one of the name's listed target-script spellings as a whole word, or an inflected
 * form of it:
 * <ul>
 *   <li><b>Latin</b> (English): the spelling, case-sensitive as listed (capitalised: "china" is porcelain,
 *       "apple" a fruit) or in capitals (CHINA), followed by nothing or by {@code 's}, {@code ’s},
 *       {@code s} or {@code es} (China's, Singhs). Demonyms and adjectives (Chinese, American) do not count.</li>
 *   <li><b>Devanagari</b> (Hindi): the spelling followed by nothing or by an oblique/plural ending:
 *       {@code े ो ों ें} (सिंहों), {@code ओं} after a spelling ending in {@code ा} (शर्माओं), the
 *       spelling's final {@code ा} replaced by {@code े} or {@code ों} (पटने, आगरे), its final {@code ी}
 *       replaced by {@code ियों}; or followed by {@code वासी} / {@code वासियों} / {@code वासियो} ("residents
 *       of": दिल्लीवासी, केरलवासियों). The adjective/demonym ending {@code ी} does <i>not</i> count (चीनी,
 *       जापानी, ईरानी, बिहारी), just as Chinese or Japanese do not on the English side; several of these
 *       are other words too (चीनी "sugar", बिहारी a given name).</li>
 *   <li>"Whole word": the characters just before and just after the match are not letters, combining
 *       marks or digits (spaces, punctuation, the danda, a hyphen all separate words: चीन-अमेरिका names both).</li>
 *   <li>Text and spellings are compared after Unicode NFC, with the nukta removed (ज़ = ज, ड़ = ड, also the
 *       precomposed U+0958–U+095F), candrabindu read as anusvara (ँ = ं) and zero-width (non-)joiners
 *       dropped. Other spelling variants (मुंबई / मुम्बई, ऑ / आ) are listed as separate spellings.</li>
 * </ul>
 */
public final class RealNewsJudge {

    /** A letter, a combining mark (Devanagari vowel signs, virama, anusvara) or a digit: inside a word. */
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{Nd}]";

    private static final String LATIN_ENDINGS = "(?:'s|\u2019s|es|s)?";
    private static final String AA = "\u093E"; // ा
    private static final String II = "\u0940"; // ी
    /** A visarga typed for a colon right after the word ("दिल्लीः" for "दिल्ली:"), as the sites often do. */
    private static final String VISARGA_COLON = "\u0903?";

    private final List<String> spellings;
    private final Pattern pattern;

    private RealNewsJudge(List<String> spellings) {
        if (spellings.isEmpty()) {
            throw new IllegalArgumentException("no spellings");
        }
        this.spellings = List.copyOf(spellings);
        List<String> alternatives = new ArrayList<>();
        for (String spelling : spellings) {
            String folded = fold(spelling.strip());
            if (folded.isEmpty()) {
                throw new IllegalArgumentException("empty spelling");
            }
            alternatives.addAll(isDevanagari(folded) ? hindiForms(folded) : latinForms(folded));
        }
        this.pattern = Pattern.compile(
                "(?<!" + WORD_CHAR + ")(?:" + String.join("|", alternatives) + ")(?!" + WORD_CHAR + ")");
    }

    /** The judge for a name written in any of these spellings (all Latin or all Devanagari, or mixed). */
    public static RealNewsJudge of(List<String> spellings) {
        return new RealNewsJudge(spellings);
    }

    public static RealNewsJudge of(String... spellings) {
        return of(List.of(spellings));
    }

    public List<String> spellings() {
        return spellings;
    }

    /** Whether the text names it. Pass the raw text; it is folded here. */
    public boolean mentions(String text) {
        return pattern.matcher(fold(text)).find();
    }

    /** Same as {@link #mentions}, for text already passed through {@link #fold} (a corpus folds each file once). */
    public boolean mentionsFolded(String foldedText) {
        return pattern.matcher(foldedText).find();
    }

    /** The first matching word of already folded text, or null: for diagnostics. */
    public String firstMatch(String foldedText) {
        Matcher m = pattern.matcher(foldedText);
        return m.find() ? m.group() : null;
    }

    /**
     * NFC, then the nukta dropped (after NFC the precomposed nukta letters U+0958–U+095F are decomposed, so
     * this covers them too), candrabindu as anusvara, and ZWJ/ZWNJ removed.
     */
    public static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\u093C', '\u200C', '\u200D' -> {} // nukta, ZWNJ, ZWJ
                case '\u0901' -> out.append('\u0902'); // candrabindu → anusvara
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isDevanagari(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
    }

    private static List<String> latinForms(String spelling) {
        List<String> forms = new ArrayList<>();
        forms.add(Pattern.quote(spelling) + LATIN_ENDINGS);
        String upper = spelling.toUpperCase(Locale.ROOT);
        if (!upper.equals(spelling)) {
            forms.add(Pattern.quote(upper) + "(?:'S|\u2019S|ES|S)?");
        }
        return forms;
    }

    private static List<String> hindiForms(String spelling) {
        List<String> forms = new ArrayList<>();
        String q = Pattern.quote(spelling);
        // े ो ों ें, and the "resident of" compounds.
        forms.add(q + "(?:\u0947|\u094B\u0902|\u094B|\u0947\u0902|\u0935\u093E\u0938\u093F\u092F\u094B\u0902"
                + "|\u0935\u093E\u0938\u093F\u092F\u094B|\u0935\u093E\u0938\u0940)?" + VISARGA_COLON);
        if (spelling.endsWith(AA)) {
            String stem = spelling.substring(0, spelling.length() - 1);
            forms.add(q + "\u0913\u0902" + VISARGA_COLON); // शर्मा + ओं
            forms.add(Pattern.quote(stem) + "(?:\u094B\u0902|\u0947)" + VISARGA_COLON); // पटना → पटनों, पटने
        }
        if (spelling.endsWith(II)) {
            String stem = spelling.substring(0, spelling.length() - 1);
            forms.add(Pattern.quote(stem) + "\u093F\u092F\u094B\u0902" + VISARGA_COLON); // ी → ियों
        }
        return forms;
    }

    @Override
    public String toString() {
        return String.join(" / ", spellings);
    }
}
