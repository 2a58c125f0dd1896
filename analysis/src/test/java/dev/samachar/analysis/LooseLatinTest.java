package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LooseLatinTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // rule, input, expected loose form
                Arguments.of("lower case", "KAZAKHSTAN", "kajakstan"),
                Arguments.of("diacritics stripped", "Ermekbaýev", "armakbav"),
                Arguments.of("diacritics stripped, ISO 15919", "rājanātha", "rajanatha"),
                Arguments.of("ß spelled out", "Strauß", "straus"),
                Arguments.of("possessive 's dropped", "Russia's", "rusia"),
                Arguments.of("possessive ’s dropped", "India\u2019s", "india"),
                Arguments.of("other apostrophes dropped", "O'Neil", "onail"),
                Arguments.of("a lone 's is no possessive", "'s", "s"),
                Arguments.of("ph → f", "phone", "fona"),
                Arguments.of("c → k", "Congo", "kongo"),
                Arguments.of("c → s before i", "Cyprus", "siprus"),
                Arguments.of("ch stays", "Chandra", "chandra"),
                Arguments.of("chh → ch", "chhatra", "chatra"),
                Arguments.of("x → ks", "Dixit", "diksit"),
                Arguments.of("q → k", "Iraq", "irak"),
                Arguments.of("z → j", "Uzbekistan", "ujbakstan"),
                Arguments.of("w → v", "Wagah", "vagah"),
                Arguments.of("kh → k", "Abdrakhmanov", "abdrakmanov"),
                Arguments.of("gh → g", "Afghanistan", "afganstan"),
                Arguments.of("sh → s", "Shoigu", "soigu"),
                Arguments.of("zh → j", "Zhukov", "jukov"),
                Arguments.of("th kept", "Sitharaman", "sitharaman"),
                Arguments.of("bh kept", "Bharat", "bharat"),
                Arguments.of("dh kept", "Dhaka", "dhaka"),
                Arguments.of("h after a nasal kept", "Kanhaiya", "kanhaia"),
                Arguments.of("initial h kept", "Hindi", "hindi"),
                Arguments.of("ee → i", "Geeta", "gita"),
                Arguments.of("oo → u", "Poonam", "punam"),
                Arguments.of("e → a", "Lebanon", "labanon"),
                Arguments.of("doubled letters collapse", "Russia", "rusia"),
                Arguments.of("digits not collapsed", "2000", "2000"),
                Arguments.of("-stan: Hindi epenthetic vowel dropped", "kajakistan", "kajakstan"),
                Arguments.of("-stan: also after kh", "kajakhastan", "kajakstan"),
                Arguments.of("-stan: not word-initial", "astana", "astana"),
                Arguments.of("initial y dropped in a long word", "Yermekbayev", "armakbav"),
                Arguments.of("initial y kept in a short word", "yes", "yas"),
                Arguments.of("initial y kept in a short word", "Yadav", "yadav"),
                Arguments.of("intervocalic y dropped", "Soviet", "soviat"),
                Arguments.of("intervocalic y dropped, -iya", "indiya", "india"),
                Arguments.of("y after a consonant before a vowel kept", "Tatyana", "tatyana"),
                Arguments.of("ay before a consonant → ai", "jayshankar", "jaisankar"),
                Arguments.of("final y → i", "Sergey", "sargai"),
                Arguments.of("final y after a consonant → i", "Germany", "garmani"),
                Arguments.of("vowels left by a dropped glide collapse", "Maya", "ma"),
                Arguments.of("-bayev = -baev", "Nazarbaev", "najarbav"),
                Arguments.of("final a kept", "China", "china"),
                Arguments.of("other scripts kept", "Москва", "москва"),
                Arguments.of("empty", "", ""));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("rows")
    void loosens(String rule, String input, String expected) {
        assertEquals(expected, LooseLatin.normalize(input), rule);
    }

    @Test
    void spellingsOfOneNameMeet() {
        assertEquals(LooseLatin.normalize("Yermekbayev"), LooseLatin.normalize("yarmekbeyev"));
        assertEquals(LooseLatin.normalize("Yermekbayev"), LooseLatin.normalize("Ermekbaev"));
        assertEquals(LooseLatin.normalize("Kazakhstan"), LooseLatin.normalize("kazakistan"));
        assertEquals(LooseLatin.normalize("Jaishankar"), LooseLatin.normalize("jayshankar"));
        assertEquals(LooseLatin.normalize("Sergei"), LooseLatin.normalize("Sergey"));
        assertEquals(LooseLatin.normalize("Dikshit"), LooseLatin.normalize("Dixit"));
        assertEquals(LooseLatin.normalize("Singh"), LooseLatin.normalize("singh"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(LooseLatin.normalize("Kazan"), LooseLatin.normalize("Kazakhstan"));
        assertNotEquals(LooseLatin.normalize("ras"), LooseLatin.normalize("rus"));
        assertNotEquals(LooseLatin.normalize("Sitaram"), LooseLatin.normalize("Sitharaman"));
        assertNotEquals(LooseLatin.normalize("bharat"), LooseLatin.normalize("barat"));
        assertNotEquals(LooseLatin.normalize("year"), LooseLatin.normalize("ear"));
    }
}
