package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApertiumParadigmsTest {

    // A hand-made apertium-hin.hin.dix: two noun paradigms, an adjective, one with only the stem
    // (dropped), a proper-noun and a verb paradigm (not used), a regular expression entry and a
    // nested <par>. The BOM-less prolog and the section after the pardefs are as in the real file.
    private static final String DIX = String.join(
            "\n",
            "<dictionary>",
            "<alphabet>अआ</alphabet>",
            "<sdefs><sdef n=\"n\"/><sdef n=\"adj\"/></sdefs>",
            "<pardefs>",
            "  <pardef n=\"थ__n_m\">",
            "    <e><p><l></l><r><s n=\"n\"/><s n=\"m\"/><s n=\"sg\"/></r></p></e>",
            "    <e><p><l/><r><s n=\"n\"/><s n=\"m\"/><s n=\"pl\"/><s n=\"nom\"/></r></p></e>",
            "    <e><p><l>ों</l><r><s n=\"n\"/><s n=\"m\"/><s n=\"pl\"/><s n=\"obl\"/></r></p></e>",
            "  </pardef>",
            "  <pardef n=\"ध/ी__n_f\">",
            "    <e><p><l>ी</l><r>ी<s n=\"n\"/><s n=\"f\"/><s n=\"sg\"/></r></p></e>",
            "    <e><p><l>ियाँ</l><r>ी<s n=\"n\"/><s n=\"f\"/><s n=\"pl\"/><s n=\"nom\"/></r></p></e>",
            "    <e r=\"LR\"><p><l>ियों</l><r>ी<s n=\"n\"/><s n=\"f\"/><s n=\"pl\"/><s n=\"obl\"/></r></p></e>",
            "  </pardef>",
            "  <pardef n=\"ends\"><e><p><l>ा</l><r>ा</r></p></e><e><p><l>े</l><r>ा</r></p></e></pardef>",
            "  <pardef n=\"स/ा__adj\">",
            "    <e><i></i><par n=\"ends\"/></e>",
            "    <e><p><l>ी</l><r>ा<s n=\"adj\"/><s n=\"f\"/></r></p></e>",
            "    <e><re>[0-9]+</re><p><l/><r><s n=\"adj\"/></r></p></e>",
            "  </pardef>",
            "  <pardef n=\"गलत__adj\">",
            "    <e><p><l></l><r><s n=\"adj\"/><s n=\"m\"/></r></p></e>",
            "    <e><p><l></l><r><s n=\"adj\"/><s n=\"f\"/></r></p></e>",
            "  </pardef>",
            "  <pardef n=\"भारत__np\">",
            "    <e><p><l></l><r><s n=\"np\"/></r></p></e>",
            "    <e><p><l>ों</l><r><s n=\"np\"/></r></p></e>",
            "  </pardef>",
            "  <pardef n=\"क/र__vblex_tv\">",
            "    <e><p><l>र</l><r>र<s n=\"vblex\"/></r></p></e>",
            "    <e><p><l>रना</l><r>र<s n=\"vblex\"/></r></p></e>",
            "  </pardef>",
            "</pardefs>",
            "<section id=\"main\" type=\"standard\">",
            "  <e lm=\"देश\"><i>देश</i><par n=\"थ__n_m\"/></e>",
            "</section>",
            "</dictionary>");

    private static ApertiumParadigms paradigms() throws Exception {
        return ApertiumParadigms.parse(new StringReader(DIX));
    }

    @Test
    void readsNounAndAdjectiveParadigms() throws Exception {
        ApertiumParadigms p = paradigms();
        assertEquals(
                List.of(
                        new ApertiumParadigms.Paradigm("थ__n_m", List.of("", "ों")),
                        new ApertiumParadigms.Paradigm("ध/ी__n_f", List.of("ियां", "ियों", "ी")),
                        new ApertiumParadigms.Paradigm("स/ा__adj", List.of("ा", "ी", "े"))),
                p.paradigms(),
                "suffixes as spelling-variant keys (ियाँ → ियां); nested <par> expanded, <re> left out; "
                        + "np, verbs and the unnamed pardef not used");
        assertEquals(1, p.skipped(), "गलत__adj: the stem only");
    }

    @Test
    void formsOfOneStemInOneParadigm() throws Exception {
        ApertiumParadigms p = paradigms();
        assertTrue(p.sameLemma("देश", "देशों"), "थ__n_m: ∅ / ों");
        assertFalse(p.sameLemma("प्रतियोगिता", "प्रतियोगिताओं"), "ओं is no suffix here");
        assertFalse(p.sameLemma("लड़ाई", "लड़ाइयाँ"), "the letter ई is not the vowel sign ी");
        assertTrue(p.sameLemma("ताली", "तालियाँ"), "ध/ी__n_f");
        assertTrue(
                p.sameLemma("ताली", "तालियां"), "anusvara for candrabindu: a spelling variant of the paradigm's form");
        assertTrue(p.sameLemma("तालियों", "तालियाँ"), "two non-lemma forms");
        assertTrue(p.sameLemma("बड़ा", "बड़ी"), "स/ा__adj, nested ends");
        assertTrue(p.sameLemma("ज\u093Cरा", "ज\u093Cरी"), "NFC / nukta: both keyed");
        assertFalse(p.sameLemma("बड़ा", "बड़ों"), "ा/ों: in no one paradigm");
        assertTrue(p.sameLemma("भारत", "भारतों"), "थ__n_m takes any stem (भारत__np is not used, but not needed)");
        assertFalse(p.sameLemma("करना", "कर"), "verb paradigms are not used");
        assertFalse(p.sameLemma("की", "कियाँ"), "stem क shorter than 2");
        assertFalse(p.sameLemma("देश", "देश"), "one word");
        assertEquals(Set.of("थ__n_m\tदेश", "थ__n_m\tदेशों"), p.readings("देशों"), "देश + ों, and देशों + ∅");
        assertEquals(
                Set.of("थ__n_m\tबडी", "ध/ी__n_f\tबड", "स/ा__adj\tबड"),
                p.readings("ब\u0921\u093Cी"),
                "stems are spelling-variant keys: no nukta");
        assertEquals(new ApertiumParadigms.Reading("ध/ी__n_f", "बड"), ApertiumParadigms.reading("ध/ी__n_f\tबड"));
    }

    @Test
    void hunspellMergesCountWhatTheParadigmsReclassify() throws Exception {
        ApertiumParadigms p = paradigms();
        Map<String, WordForms.Forms> terms = Map.of(
                "देश", hindi("देश"),
                "देशों", hindi("देश"),
                "ताली", hindi("ताली"),
                "तालियों", hindi("ताली"),
                "तालियाँ", hindi("ताली"),
                "दिन", hindi("दिन"),
                "दीन", hindi("दिन"),
                "महीन", hindi("महीन"),
                "महीनों", hindi("महीन"));
        Map<String, Set<String>> lemmas = Map.of(
                "देश",
                Set.of("देश"),
                "देशों",
                Set.of("देश"),
                "ताली",
                Set.of("ताली"),
                "महीन",
                Set.of("महीन"),
                "महीनों",
                Set.of("महीना"));
        List<String> list = List.of("देश", "देशों", "ताली", "तालियों", "तालियाँ", "दिन", "दीन", "महीन", "महीनों");
        HunspellMerges.Result r = HunspellMerges.measure(
                list, new WordForms(terms::get), w -> lemmas.getOrDefault(w, Set.of()), p::readings);
        // देश/देशों: apertium's lemma. ताली/तालियों/तालियाँ: apertium knows ताली only, the paradigm rule
        // makes all three pairs one lemma. दिन/दीन: false. महीन ("fine") / महीनों ("months"): forms of one
        // stem in थ__n_m, but apertium knows both with different lemmas: still false.
        assertEquals(4, r.merged(), "दिन, दीन, महीन, महीनों");
        assertEquals(2, r.mergedKnown(), "महीन, महीनों");
        assertEquals(7, r.mergedByLemmas(), "and ताली, तालियों, तालियाँ with apertium-hin's lemmas alone");
        assertEquals(3, r.keptByParadigms());
        assertEquals(3, r.reclassifiedPairs());
        assertEquals(5, r.paradigmPairs(), "देश/देशों and महीन/महीनों too");
        assertEquals(3, r.paradigmOnlyPairs());
        assertEquals(1, r.overruledPairs());
        assertEquals(1, r.overruledMergedPairs());
        assertEquals(
                List.of(new HunspellMerges.ParadigmPair("महीन", "महीनों", "थ__n_m", "महीन")), r.overruledExamples());
        assertEquals(Map.of("ध/ी__n_f", 3), r.paradigmOnlyByParadigm());
        assertEquals(
                new HunspellMerges.ParadigmPair("ताली", "तालियों", "ध/ी__n_f", "ताल"),
                r.reclassifiedExamples().get(0));
        assertEquals(
                List.of(
                        new HunspellMerges.Merge("दिन", "दीन", "दिन", Set.of("दिन"), Set.of("दीन")),
                        new HunspellMerges.Merge("महीन", "महीनों", "महीन", Set.of("महीन"), Set.of("महीना"))),
                r.hindiExamples());

        HunspellMerges.Result without =
                HunspellMerges.measure(list, new WordForms(terms::get), w -> lemmas.getOrDefault(w, Set.of()));
        assertEquals(7, without.merged(), "no paradigms: the old figure");
        assertEquals(0, without.keptByParadigms());
        assertEquals(0, without.paradigmPairs());
    }

    private static WordForms.Forms hindi(String term) {
        return new WordForms.Forms(List.of(), Set.of(), Set.of(term));
    }
}
