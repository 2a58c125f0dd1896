package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The judging rule of the real-news benchmark, on hand-made strings (no corpus needed). */
class RealNewsJudgeTest {

    @Test
    void englishWholeWordsAndPossessivesAndPlurals() {
        RealNewsJudge china = RealNewsJudge.of("China");
        assertTrue(china.mentions("Exports from China rose."));
        assertTrue(china.mentions("China's exports rose."));
        assertTrue(china.mentions("China\u2019s exports rose."));
        assertTrue(china.mentions("the two Chinas"));
        assertTrue(china.mentions("\"China\", he said"));
        assertTrue(china.mentions("India-China trade"));
        assertTrue(china.mentions("CHINA BOOMS"));
        assertFalse(china.mentions("Chinese exports rose."));
        assertFalse(china.mentions("Indochina"));
        assertFalse(china.mentions("fine china and porcelain"), "case as listed: lower-case china is porcelain");
        assertFalse(china.mentions("Chinatown"));
        assertFalse(china.mentions("China2"));
        assertTrue(RealNewsJudge.of("Bush").mentions("the Bushes"));
        assertFalse(RealNewsJudge.of("Bush").mentions("Bushmills"));
        assertFalse(RealNewsJudge.of("America").mentions("American firms"));
        assertFalse(RealNewsJudge.of("Iran").mentions("Iraq and Iranian oil"));
    }

    @Test
    void falseFriendsOfTheLooseComparisonAreNotRelevant() {
        assertFalse(RealNewsJudge.of("Singh").mentions("saying what was seen"));
        assertFalse(RealNewsJudge.of("Sharma").mentions("the same share"));
        assertFalse(RealNewsJudge.of("Wuhan").mentions("when"));
        assertFalse(RealNewsJudge.of("Kerala").mentions("take care"));
        assertFalse(RealNewsJudge.of("Africa").mentions("America"));
        assertFalse(RealNewsJudge.of("अग्रवाल").mentions("आगरा में"));
        assertFalse(RealNewsJudge.of("आगरा").mentions("लव अग्रवाल ने कहा"));
        assertFalse(RealNewsJudge.of("ईरान").mentions("इराक में"));
    }

    @Test
    void hindiWholeWordsWithDandaPunctuationAndHyphens() {
        RealNewsJudge kerala = RealNewsJudge.of("केरल");
        assertTrue(kerala.mentions("केरल में तीन नए मामले"));
        assertTrue(kerala.mentions("यह केरल।"));
        assertTrue(kerala.mentions("(केरल)"));
        assertTrue(kerala.mentions("तमिलनाडु-केरल सीमा"));
        assertTrue(RealNewsJudge.of("दिल्ली").mentions("नई दिल्लीः सरकार ने"), "a visarga typed for a colon");
        assertFalse(RealNewsJudge.of("दिल्ली").mentions("दिल्लीःक"));
        assertFalse(kerala.mentions("केरला"), "another spelling: only listed spellings count");
        assertFalse(kerala.mentions("केला खाया"));
        RealNewsJudge china = RealNewsJudge.of("चीन");
        assertTrue(china.mentions("चीन के वुहान शहर"));
        assertFalse(china.mentions("प्राचीन मंदिर"), "inside a longer word");
        assertFalse(china.mentions("चीनी कंपनियां"), "the adjective/demonym ी does not count");
        assertFalse(china.mentions("चीन्ह"), "a virama continues the word");
    }

    @Test
    void hindiInflectionsCount() {
        assertTrue(RealNewsJudge.of("सिंह").mentions("सिंहों की गिनती"));
        assertTrue(RealNewsJudge.of("सिंह").mentions("सिंहो"));
        assertTrue(RealNewsJudge.of("सिंह").mentions("सिंहें"));
        assertTrue(RealNewsJudge.of("सिंह").mentions("सिंहे"));
        assertTrue(RealNewsJudge.of("शर्मा").mentions("शर्माओं का गांव"));
        assertTrue(RealNewsJudge.of("पटना").mentions("पटने में"));
        assertTrue(RealNewsJudge.of("आगरा").mentions("आगरे का ताज"));
        assertTrue(RealNewsJudge.of("दिल्ली").mentions("दिल्लीवासी घरों में रहें"));
        assertTrue(RealNewsJudge.of("केरल").mentions("केरलवासियों से अपील"));
        assertTrue(RealNewsJudge.of("लखनऊ").mentions("लखनऊवासियो"));
        assertTrue(RealNewsJudge.of("मोदी").mentions("मोदियों"));
        assertFalse(RealNewsJudge.of("बिहार").mentions("बिहारी बाबू"));
        assertFalse(RealNewsJudge.of("जापान").mentions("जापानी कंपनी"));
        assertFalse(RealNewsJudge.of("सिंह").mentions("सिंहासन"));
        assertFalse(RealNewsJudge.of("पटना").mentions("घटना"));
    }

    @Test
    void nuktaCandrabinduAndZeroWidthJoinersAreFolded() {
        // ज़ precomposed (U+095B) and as ज + nukta; ड़ (U+095C)
        assertTrue(RealNewsJudge.of("ब्राजील").mentions("ब्रा\u095Bील में"));
        assertTrue(RealNewsJudge.of("ब्रा\u095Bील").mentions("ब्राजील में"));
        assertTrue(RealNewsJudge.of("ब्राज\u093Cील").mentions("ब्रा\u095Bील"));
        assertTrue(RealNewsJudge.of("बडौदा").mentions("ब\u095Cौदा"));
        // candrabindu = anusvara
        assertTrue(RealNewsJudge.of("रांची").mentions("राँची में"));
        assertTrue(RealNewsJudge.of("राँची").mentions("रांची में"));
        // ZWJ / ZWNJ inside a word
        assertTrue(RealNewsJudge.of("दिल्ली").mentions("दिल\u200D्ली"));
        assertTrue(RealNewsJudge.of("मुंबई", "मुम्बई").mentions("मुम्बई पुलिस"));
    }

    @Test
    void firstMatchAndFoldForDiagnostics() {
        RealNewsJudge judge = RealNewsJudge.of("Kerala");
        assertEquals("Kerala's", judge.firstMatch(RealNewsJudge.fold("In Kerala's ports")));
        assertNull(judge.firstMatch(RealNewsJudge.fold("Keralan")));
        assertEquals("राजी", RealNewsJudge.fold("रा\u095Bी"));
        assertEquals("रां", RealNewsJudge.fold("राँ"));
        assertThrows(IllegalArgumentException.class, () -> RealNewsJudge.of());
    }
}
