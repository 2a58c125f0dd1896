package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The metrics' arithmetic on hand-made terms, independent of what the analysers currently do: one
 * loose analyser for both sides (the old analysis library, {@code loose,fuzzy,key}), then index and
 * query terms of their own, prefixed by script as {@code loose()} and {@code looseQuery()} make them.
 */
class MetricsTest {

    private static WordForms.Forms forms(List<String> loose, Set<String> key, Set<String> hindi) {
        return new WordForms.Forms(loose, key, hindi);
    }

    private static WordForms.Forms sided(List<String> index, List<String> query) {
        return new WordForms.Forms(index, query, Set.of(), Set.of());
    }

    /** A Latin name: indexes its keys bare, looks for them bare and with {@code _}. */
    private static WordForms.Forms latin(String... keys) {
        List<String> query = new java.util.ArrayList<>(List.of(keys));
        for (String k : keys) {
            query.add("_" + k);
        }
        return sided(List.of(keys), query);
    }

    /**
     * A Devanagari name: indexes {@code _key} ({@code ~key} too when no dictionary knows it) and
     * {@code ^spelling}; looks for the bare key, {@code ~key} (known) or {@code _key} (unknown), and
     * {@code ^spelling}.
     */
    private static WordForms.Forms devanagari(boolean known, String spelling, String... keys) {
        List<String> index = new java.util.ArrayList<>();
        List<String> query = new java.util.ArrayList<>();
        for (String k : keys) {
            index.add("_" + k);
            query.add(k);
        }
        for (String k : keys) {
            if (!known) {
                index.add("~" + k);
            }
            query.add((known ? "~" : "_") + k);
        }
        index.add("^" + spelling);
        query.add("^" + spelling);
        return sided(index, query);
    }

    private static WordForms.Forms loose(String... terms) {
        return forms(List.of(terms), Set.of(), Set.of());
    }

    private static final Map<String, WordForms.Forms> NAMES = Map.ofEntries(
            Map.entry("Alpha", forms(List.of("alfa"), Set.of("ALF"), Set.of())),
            Map.entry("अल्फा", forms(List.of("alfa", "alpha"), Set.of("ALF"), Set.of())),
            Map.entry("Alfa", loose("alfa")),
            Map.entry("अल्फ़ा", loose("alfa")), // a nukta spelling of अल्फा
            Map.entry("Bravo", loose("bravo")),
            Map.entry("ब्रावो", loose("bravu")), // fuzzy only: 1 edit in 5 letters
            Map.entry("Bravos", loose("bravos")),
            Map.entry("ब्रावोस", loose("bravos")),
            Map.entry("Charlie", forms(List.of("charli"), Set.of("CRL"), Set.of())),
            Map.entry("चार्ली", forms(List.of("sharli"), Set.of("CRL"), Set.of())), // key only
            Map.entry("Delta", loose("delta")),
            Map.entry("डेल्टा", loose("tilda")), // found by nothing
            Map.entry("Tilda", loose("tilda")),
            Map.entry("टिल्डा", loose("tilda")));

    private static final List<WordPair> PAIRS = List.of(
            new WordPair("Alpha", "अल्फा", true, true, ""),
            new WordPair("Bravo", "ब्रावो", true, false, ""),
            new WordPair("Charlie", "चार्ली", true, false, ""),
            new WordPair("Delta", "डेल्टा", true, true, ""));

    private final WordForms words = new WordForms(NAMES::get);

    @Test
    void recall() {
        Recall.Result loose = Recall.measure("all", PAIRS, p -> true, words, Tier.parse("loose"));
        assertEquals(4, loose.pairs());
        assertEquals(1, loose.found());
        assertEquals(25.0, loose.foundPct());
        assertEquals(1, loose.equalPrimary(), "alfa = alfa; charli ≠ sharli");
        assertEquals(Map.of(Tier.LOOSE, 1, Tier.FUZZY, 2, Tier.KEY, 2), loose.byTier());
        assertEquals(
                List.of("Bravo", "Charlie", "Delta"),
                loose.misses().stream().map(m -> m.pair().english()).toList(),
                "nearest first: bravo/bravu 1, charli/sharli 1, delta/tilda 3");

        Recall.Result old = Recall.measure("all", PAIRS, p -> true, words, Tier.parse("loose,fuzzy,key"));
        assertEquals(3, old.found());
        assertEquals(75.0, old.foundPct());

        Recall.Result indian = Recall.measure("IN", PAIRS, WordPair::indian, words, Tier.parse("loose,fuzzy,key"));
        assertEquals(2, indian.pairs());
        assertEquals(1, indian.found());
        assertEquals(50.0, indian.foundPct());
    }

    @Test
    void falseMerges() {
        List<WordPair> pairs = List.of(
                PAIRS.get(0),
                PAIRS.get(1),
                PAIRS.get(2),
                PAIRS.get(3),
                new WordPair("Alfa", "अल्फ़ा", true, false, ""),
                new WordPair("Bravos", "ब्रावोस", true, false, ""),
                new WordPair("Tilda", "टिल्डा", true, false, ""));
        // Loose: Tilda meets डेल्टा (Delta's). Alfa meets अल्फा, but अल्फा is a spelling of अल्फ़ा, listed with
        // Alfa: no false merge. 7 English groups, 6 Hindi groups (अल्फा = अल्फ़ा).
        FalseMerges.Result loose = FalseMerges.measure(pairs, words, Tier.parse("loose"));
        assertEquals(7, loose.englishNames());
        assertEquals(1, loose.englishMerged());
        assertEquals(6, loose.hindiNames());
        assertEquals(1, loose.hindiMerged());
        assertEquals(
                new FalseMerges.Merge("Tilda", "डेल्टा", "Delta"),
                loose.englishExamples().get(0));

        // Fuzzy adds Bravo → ब्रावोस (bravo/bravos, 1 edit); Bravos/ब्रावो (bravos/bravu) is 2 edits: no.
        FalseMerges.Result all = FalseMerges.measure(pairs, words, Tier.parse("loose,fuzzy,key"));
        assertEquals(2, all.englishMerged());
        assertEquals(2, all.hindiMerged());
    }

    @Test
    void hunspellMerges() {
        Map<String, WordForms.Forms> terms = Map.of(
                "देश", forms(List.of("desh"), Set.of(), Set.of("देश")),
                "देशों", forms(List.of("deshon"), Set.of(), Set.of("देश")),
                "करता", forms(List.of("karta"), Set.of(), Set.of("करता")),
                "कर्ता", forms(List.of("karta"), Set.of(), Set.of("कर्ता")),
                "ज़रा", forms(List.of("jara"), Set.of(), Set.of("जरा")),
                "जरा", forms(List.of("jara"), Set.of(), Set.of("जरा")),
                "दिन", forms(List.of("din"), Set.of(), Set.of("दिन")),
                "दीन", forms(List.of("din"), Set.of(), Set.of("दीन")),
                "अंक", forms(List.of("ank"), Set.of(), Set.of("अंक")),
                "अंकों", forms(List.of("ankon"), Set.of(), Set.of("अंक")));
        Map<String, Set<String>> lemmas = Map.of(
                "देश",
                Set.of("देश"),
                "देशों",
                Set.of("देश"),
                "करता",
                Set.of("कर"),
                "कर्ता",
                Set.of("कर्ता"),
                "जरा",
                Set.of("जरा"),
                "दिन",
                Set.of("दिन"),
                "अंक",
                Set.of("अंक"));
        List<String> list =
                List.of("देश", "देशों", "करता", "कर्ता", "ज़रा", "जरा", "दिन", "दीन", "अंक", "अंकों", "देश");
        HunspellMerges.Result r =
                HunspellMerges.measure(list, new WordForms(terms::get), w -> lemmas.getOrDefault(w, Set.of()));
        // देश/देशों: one lemma. ज़रा/जरा: spelling variants. करता/कर्ता (loose), दिन/दीन (loose, दीन unknown: its
        // own lemma), अंक/अंकों (hindi, अंकों unknown): false.
        assertEquals(10, r.words(), "distinct words");
        assertEquals(7, r.lemmatised());
        assertEquals(6, r.merged());
        assertEquals(2, r.viaHindi());
        assertEquals(4, r.viaLoose());
        assertEquals(2, r.mergedKnown(), "करता and कर्ता: both known to the lemmatiser");
        assertEquals(1, r.hindiExamples().size(), "अंक = अंकों shown once, not again the other way round");
        assertEquals(2, r.looseExamples().size());
    }

    @Test
    void wordFormsStripPrefixesForFuzzyAndDistances() {
        assertEquals("kerala", WordForms.bare("_kerala"));
        assertEquals("kerala", WordForms.bare("~kerala"));
        assertEquals("#dVbrVsVn", WordForms.bare("_#dVbrVsVn"));
        assertEquals("kerala", WordForms.bare("kerala"));
        assertEquals(
                List.of("kerala"),
                WordForms.bareKeys(List.of("_kerala", "~kerala", "^केरल")),
                "one bare key, no normalised spelling");
        WordForms.Forms kerala = latin("kerala");
        WordForms.Forms hindi = devanagari(true, "केरल", "kerala");
        assertEquals(
                Set.of(Tier.LOOSE, Tier.FUZZY),
                WordForms.finding(kerala, hindi, Tier.parse("loose,fuzzy,key")),
                "no key terms here");
        assertTrue(WordForms.finds(kerala, hindi, Tier.parse("loose")), "Kerala's _kerala is indexed by केरल");
        assertTrue(WordForms.finds(hindi, kerala, Tier.parse("loose")), "केरल's bare kerala is indexed by Kerala");
        assertFalse(WordForms.intersect(kerala.loose(), hindi.loose()), "index terms alone never meet across scripts");
        WordForms.Forms hotal = devanagari(false, "होटल", "hotal");
        assertFalse(WordForms.finds(latin("hotel"), hotal, Tier.parse("loose")));
        assertTrue(WordForms.finds(latin("hotel"), hotal, Tier.parse("fuzzy")), "hotel ~ hotal once _ is stripped");
        assertEquals(1, WordForms.nearest(latin("hotel"), hotal));
        assertEquals(Integer.MAX_VALUE, WordForms.nearest(latin("golf"), sided(List.of(), List.of())));
    }

    @Test
    void recallByDirection() {
        Map<String, WordForms.Forms> terms = Map.of(
                "Kerala", latin("kerala"),
                "केरल", devanagari(true, "केरल", "kerala"),
                // Hand-made, one direction each: a search for एको finds Echo, not the other way round ...
                "Echo", sided(List.of("eko"), List.of("eko")),
                "एको", sided(List.of("_eko"), List.of("eko")),
                // ... and a search for Foxtrot finds फॉक्सट्रॉट, not the other way round.
                "Foxtrot", latin("fokstrot"),
                "फॉक्सट्रॉट", sided(List.of("_fokstrot"), List.of("^फॉक्सट्रॉट")),
                "Golf", latin("golf"),
                "गोल्फ", sided(List.of(), List.of()), // an ordinary word: no terms
                "Hotel", latin("hotel"),
                "होटल", devanagari(false, "होटल", "hotal"));
        List<WordPair> pairs = List.of(
                new WordPair("Kerala", "केरल", true, true, ""),
                new WordPair("Echo", "एको", true, false, ""),
                new WordPair("Foxtrot", "फॉक्सट्रॉट", true, false, ""),
                new WordPair("Golf", "गोल्फ", true, false, ""),
                new WordPair("Hotel", "होटल", true, true, ""));
        WordForms words = new WordForms(terms::get);

        Recall.Result loose = Recall.measure("all", pairs, p -> true, words, Tier.parse("loose"));
        assertEquals(5, loose.pairs());
        assertEquals(3, loose.found(), "Kerala both ways, Echo and Foxtrot one way each");
        assertEquals(2, loose.englishFindsHindi(), "Kerala, Foxtrot");
        assertEquals(2, loose.hindiFindsEnglish(), "Kerala, Echo");
        assertEquals(3, loose.equalPrimary(), "kerala, eko, fokstrot once the _ is stripped");
        assertEquals(
                List.of("Hotel", "Golf"),
                loose.misses().stream().map(m -> m.pair().english()).toList(),
                "hotel/hotal 1 edit apart, then गोल्फ without terms");
        assertEquals(Map.of(Tier.LOOSE, 3, Tier.FUZZY, 4, Tier.KEY, 0), loose.byTier());

        Recall.Result fuzzy = Recall.measure("all", pairs, p -> true, words, Tier.parse("loose,fuzzy"));
        assertEquals(4, fuzzy.found());
        assertEquals(
                4,
                fuzzy.englishFindsHindi(),
                "Hotel's hotel finds होटल's hotal (1 edit in 5 letters), Echo's eko _eko");
        assertEquals(3, fuzzy.hindiFindsEnglish(), "not Foxtrot: फॉक्सट्रॉट looks for its ^ spelling only, no key");
    }

    @Test
    void falseMergesByDirection() {
        Map<String, WordForms.Forms> terms = Map.of(
                "Kerala", latin("kerala"),
                "केरल", devanagari(true, "केरल", "kerala"),
                "Karela", latin("karela"),
                "करेला", devanagari(true, "करेला", "kerala"), // bitter gourd: the key of Kerala
                "Echo", latin("eko"),
                "एको", devanagari(false, "एको", "eko"),
                "Ekko", latin("ekko"),
                "एक्को", sided(List.of("_ekko"), List.of("eko"))); // hand-made: its search finds Echo
        List<WordPair> pairs = List.of(
                new WordPair("Kerala", "केरल", true, true, ""),
                new WordPair("Karela", "करेला", true, false, ""),
                new WordPair("Echo", "एको", true, false, ""),
                new WordPair("Ekko", "एक्को", true, false, ""));
        FalseMerges.Result r = FalseMerges.measure(pairs, new WordForms(terms::get), Tier.parse("loose"));
        assertEquals(4, r.englishNames());
        assertEquals(2, r.englishMerged(), "Kerala (with करेला), Echo (found by एक्को)");
        assertEquals(4, r.hindiNames());
        assertEquals(2, r.hindiMerged(), "करेला, एक्को");
        assertEquals(1, r.englishFindsHindi(), "Kerala → करेला");
        assertEquals(2, r.hindiFindsEnglish(), "करेला → Kerala, एक्को → Echo");
        assertEquals(
                List.of(
                        new FalseMerges.Merge("Kerala", "करेला", "Karela"),
                        new FalseMerges.Merge("Echo", "एक्को", "Ekko")),
                r.englishExamples());
    }

    @Test
    void hunspellMergesThroughQueryTerms() {
        Map<String, WordForms.Forms> terms = Map.of(
                "अंडा", devanagari(true, "अंडा", "anda"),
                "अंधा", devanagari(true, "अंधा", "anda"),
                "यरमेकबायेव", devanagari(false, "यरमेकबायेव", "yermekbayev"),
                "यरमेकबेयेव", devanagari(false, "यरमेकबेयेव", "yermekbayev"),
                "कजाकिस्तान", devanagari(true, "कजाकिस्तान", "kazakstan"),
                "कजाखस्तान", devanagari(false, "कजाखस्तान", "kazakstan"));
        Map<String, Set<String>> lemmas =
                Map.of("अंडा", Set.of("अंडा"), "अंधा", Set.of("अंधा"), "कजाकिस्तान", Set.of("कजाकिस्तान"));
        HunspellMerges.Result r = HunspellMerges.measure(
                List.copyOf(new java.util.TreeSet<>(terms.keySet())),
                new WordForms(terms::get),
                w -> lemmas.getOrDefault(w, Set.of()));
        // अंडा (egg) and अंधा (blind), both known: their searches look for ~anda, which neither indexes. The
        // unknown spellings of Yermekbayev find each other (_), the known कजाकिस्तान finds the unknown
        // कजाखस्तान (~) and back (_).
        assertEquals(6, r.words());
        assertEquals(3, r.lemmatised());
        assertEquals(4, r.merged());
        assertEquals(4, r.viaLoose());
        assertEquals(0, r.viaHindi());
        assertEquals(0, r.mergedKnown());
        assertEquals(6, r.withLoose());
        assertEquals(3, r.unknownLoose());
        assertEquals(2, r.looseExamples().size(), "each pair once");
    }

    @Test
    void shares() {
        assertEquals("33.3%", Share.pct1(1, 3));
        assertEquals("0.00%", Share.pct2(0, 0));
        assertEquals(List.of(0, 2, 5, 7), Share.spread(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 4));
    }
}
