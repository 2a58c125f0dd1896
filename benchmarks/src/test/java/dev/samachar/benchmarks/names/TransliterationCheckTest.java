package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransliterationCheckTest {

    private final TransliterationCheck check = new TransliterationCheck();

    @Test
    void realTranslationsAreExcluded() {
        // Rows of the data: the npm district "Mon" (Nagaland) is सोमवार "Monday"; libgweather's North Korea.
        assertFalse(check.isTransliteration("Mon", "सोमवार"));
        assertFalse(check.isTransliteration("North", "उत्तर"));
        assertFalse(check.isTransliteration("South", "दक्षिण"));
        assertFalse(check.isTransliteration("Valley", "घाटी"));
        assertFalse(check.isTransliteration("Lake", "झील"));
        assertFalse(check.isTransliteration("West", "पश्चिम"));
    }

    @Test
    void realTransliterationsAreKept() {
        assertTrue(check.isTransliteration("Lucknow", "लखनऊ"));
        assertTrue(check.isTransliteration("Thiruvananthapuram", "तिरुवनंतपुरम"));
        assertTrue(check.isTransliteration("Geneva", "जेनेवा"));
        assertTrue(check.isTransliteration("Tshabong", "शाबोंग"));
        assertTrue(check.isTransliteration("Whitecourt", "व्हाइटकोर्ट"));
        assertTrue(check.isTransliteration("Heights", "हाइट्स"));
        assertTrue(check.isTransliteration("Xinjiang", "जिनजियांग"));
        assertTrue(check.isTransliteration("Orléans", "ओरेलियान"));
    }

    @Test
    void verdictShowsWhatWasCompared() {
        TransliterationCheck.Verdict v = check.check("Thiruvananthapuram", "तिरुवनंतपुरम");
        assertEquals("trvnntprm", v.englishSkeleton());
        assertEquals("trvnntprm", v.hindiSkeleton()); // ICU writes this anusvara as n
        assertEquals(1.0, v.similarity());
        TransliterationCheck.Verdict mon = check.check("Mon", "सोमवार");
        assertEquals("mn", mon.englishSkeleton());
        assertEquals("smvr", mon.hindiSkeleton());
        assertEquals(0.25, mon.similarity());
    }

    @Test
    void skeletons() {
        assertEquals("lcn", TransliterationCheck.skeleton("lucknow", true));
        assertEquals("lkn", TransliterationCheck.skeleton("lakhana'u", false));
        assertEquals("ts", TransliterationCheck.skeleton("heights", true), "silent gh");
        assertEquals("ptsbrg", TransliterationCheck.skeleton("pittsburgh", true), "tt once; gh after r is a g");
        assertEquals("wtcrt", TransliterationCheck.skeleton("whitecourt", true), "w before h is a consonant");
        assertEquals("", TransliterationCheck.skeleton("aiou", false));
    }

    @Test
    void similarityCountsCompatibleLettersAsEqual() {
        assertEquals(1.0, TransliterationCheck.similarity("kd", "gt"));
        assertEquals(0.5, TransliterationCheck.similarity("kd", "k"));
        assertEquals(1.0, TransliterationCheck.similarity("", ""));
        assertEquals(0.0, TransliterationCheck.similarity("n", ""));
    }

    @Test
    void wordPairsSplitAlignAndExclude() {
        List<NamePair> names = List.of(
                new NamePair("North Korea", "उत्तर कोरिया", NamePair.GWEATHER, "KP"),
                new NamePair("Dar-El-Beida", "दार एल बियदा", NamePair.GWEATHER, "DZ"),
                new NamePair("New York", "न्यूयॉर्क", NamePair.GWEATHER, "US"),
                new NamePair("Lucknow", "लखनऊ", NamePair.NPM, "IN"),
                new NamePair("Lucknow", "लखनऊ", NamePair.GWEATHER, "IN"));
        WordPairs w = WordPairs.of(names, check);
        assertEquals(1, w.unaligned(), "New York / न्यूयॉर्क: 2 words against 1");
        assertEquals(
                List.of("Korea", "Dar", "El", "Beida", "Lucknow"),
                w.kept().stream().map(WordPair::english).toList());
        assertEquals(
                List.of("North"),
                w.excluded().stream().map(WordPairs.Excluded::english).toList());
        WordPair lucknow = w.kept().get(4);
        assertTrue(lucknow.indian() && lucknow.gweather(), "seen in both sources");
        assertEquals(List.of("St", "John's"), WordPairs.words("St. John's"));
        assertEquals(List.of("कोकोस", "कीलिंग"), WordPairs.words("कोकोस (कीलिंग)"));
    }

    @Test
    void wordsArePairedInTheOrderThatMakesClearTransliterations() {
        // Rows of libgweather: Hindi puts the generic word last.
        List<NamePair> names = List.of(
                new NamePair("Lake Charles", "चार्ल्स झील", NamePair.GWEATHER, "US"),
                new NamePair("District of Columbia", "कोलंबिया के जिले", NamePair.GWEATHER, "US"),
                new NamePair("North and Middle Andaman", "उत्तर और मध्य अंडमान", NamePair.NPM, "IN"),
                new NamePair("Shoreham-by-Sea", "सी से शोरेहाम", NamePair.GWEATHER, "GB"));
        WordPairs w = WordPairs.of(names, check);
        List<String> kept =
                w.kept().stream().map(p -> p.english() + "/" + p.hindi()).toList();
        assertTrue(kept.contains("Charles/चार्ल्स"), kept.toString());
        assertTrue(kept.contains("Columbia/कोलंबिया"), kept.toString());
        assertFalse(kept.contains("Columbia/जिले"), kept.toString());
        // North / मध्य and Middle / उत्तर are half alike by chance: a translation is not moved onto them
        assertFalse(kept.contains("Middle/उत्तर"), kept.toString());
        assertFalse(kept.contains("North/मध्य"), kept.toString());
        // Sea / से would be a one-letter match moved into place
        assertFalse(kept.contains("Sea/से"), kept.toString());
        assertTrue(kept.contains("Andaman/अंडमान"), kept.toString());
    }

    @Test
    void aHindiWordWrittenTwiceIsACopyingError() {
        assertFalse(check.isTransliteration("Federal", "फेडरफेडर"));
        assertFalse(check.isTransliteration("Koror", "कोररकोरर"));
        assertTrue(check.isTransliteration("Koror", "कोरर"));
        assertFalse(TransliterationCheck.isDoubled("कोरर"));
    }
}
