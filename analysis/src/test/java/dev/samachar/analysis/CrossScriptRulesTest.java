package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per rule of {@link PhoneticKey} and {@link CrossScriptReadings}, each a real English /
 * Hindi pair of a place or person name (Debian libgweather's Hindi place names, India's district
 * list, news spellings): with the rule the two meet, and the row says which rule it needs. The
 * last rows are pairs that must stay apart.
 */
class CrossScriptRulesTest {

    static Stream<Arguments> meeting() {
        return Stream.of(
                // PhoneticKey
                Arguments.of("Thiruvananthapuram", "तिरुवनंतपुरम", "aspiration dropped after any consonant (th)"),
                Arguments.of("Bhopal", "भोपाल", "aspiration dropped (bh)"),
                Arguments.of("Dhaka", "ढाका", "aspiration dropped (dh)"),
                Arguments.of("Bangalore", "बैंगलोर", "ai → a, o → u, silent e"),
                Arguments.of("Jodhpur", "जोधपुर", "rounded vowels one, aspiration dropped"),
                Arguments.of("Thailand", "थाईलैंड", "ai → a"),
                Arguments.of("Goa", "गोवा", "v after u dropped, ua → u"),
                Arguments.of("Goalpara", "गोलपाड़ा", "ua → u; ड़ read r"),
                Arguments.of("Haryana", "हरियाणा", "y between consonant and vowel → i"),
                Arguments.of("Kochi", "कोच्चि", "geminate chch → ch"),
                Arguments.of("Istanbul", "इस्तांबुल", "n before a labial is m, as the anusvara reads"),
                Arguments.of("Dushanbe", "दुशाम्बे", "n before a labial is m"),
                // CrossScriptReadings, Devanagari
                Arguments.of("Singrauli", "सिंगरौली", "relaxed schwa deletion after anusvara"),
                Arguments.of("Washington", "वाशिंगटन", "relaxed schwa deletion, -on read -an"),
                Arguments.of("Karnataka", "कर्नाटक", "final schwa kept"),
                Arguments.of("Kerala", "केरल", "final schwa kept"),
                Arguments.of("Saharanpur", "सहारनपुर", "compound part पुर"),
                Arguments.of("Jalgaon", "जलगाँव", "final गाँव read gaon"),
                Arguments.of("Bongaigaon", "बोंगईगांव", "final गांव read gaon"),
                Arguments.of("Jamtara", "जामताड़ा", "ड़ read r"),
                Arguments.of("Garhwa", "गढ़वा", "ढ़ read rh, h dropped"),
                // CrossScriptReadings, Latin
                Arguments.of("Punjab", "पंजाब", "u before two consonants read a"),
                Arguments.of("Lucknow", "लखनऊ", "u before two consonants read a; ow → u"),
                Arguments.of("Lebanon", "लेबनान", "final -on read -an"),
                Arguments.of("Mysore", "मैसूर", "silent final e, y between consonants read ai"),
                Arguments.of("Indore", "इंदौर", "silent final e, au → u"),
                Arguments.of("Geneva", "जेनेवा", "g before e read j"),
                Arguments.of("England", "इंग्लैंड", "first e read i"),
                Arguments.of("Hyderabad", "हैदराबाद", "y between consonants read ai"),
                Arguments.of("Quetta", "क्वेटा", "qu read kv"),
                Arguments.of("Agarwal", "अग्रवाल", "a before r + consonant dropped"),
                Arguments.of("Tehri", "टिहरी", "e before h read i"),
                Arguments.of("Rewa", "रीवा", "e before one consonant and a vowel read i"),
                Arguments.of("Deoghar", "देवघर", "eo before a consonant read ev"),
                Arguments.of("Unnao", "उन्नाव", "final ao read av"),
                Arguments.of("Etah", "एटा", "final h after a vowel dropped"),
                Arguments.of("Kutch", "कच्छ", "tch read ch"),
                Arguments.of("Ahmedabad", "अहमदाबाद", "each medial schwa kept or deleted on its own"),
                Arguments.of("Dhamtari", "धमतरी", "each medial schwa kept or deleted on its own"),
                Arguments.of("Miles", "माइल्स", "i before a consonant and a silent e read ai"),
                Arguments.of("Brownsville", "ब्राउन्सविले", "ow before a consonant: v after u dropped"),
                Arguments.of("Charaideo", "चराइदेव", "final eo read ev"),
                Arguments.of("Aizawl", "आइजोल", "aw read au"),
                Arguments.of("Anjaw", "अंजॉ", "final aw read au"),
                Arguments.of("East", "ईस्ट", "ea before a consonant read i"),
                Arguments.of("Seoni", "सिवनी", "eo before a consonant read iv"),
                Arguments.of("Guatemala", "ग्वाटेमाला", "ua after a consonant read va"),
                Arguments.of("Nilgiris", "नीलगिरी", "plural s after a vowel dropped"),
                Arguments.of("Parganas", "परगना", "plural s after a vowel dropped"),
                Arguments.of("Singhbhum", "सिंहभूम", "anusvara before ह read ng"),
                Arguments.of("Bhubaneshwar", "भुवनेश्वर", "व after a vowel sign read b"),
                Arguments.of("Sheopur", "श्योपुर", "eo read io"),
                Arguments.of("Reasi", "रियासी", "ea read ia"),
                Arguments.of("Battle", "बैटल", "final le after a consonant read al"),
                Arguments.of("Maple", "मैपल", "final le after a consonant read al"),
                Arguments.of("Croatia", "क्रोशिया", "ti before a vowel read shi"),
                Arguments.of("Cannes", "कैन्स", "silent e before a final s"),
                Arguments.of("Bettles", "बेट्ल्स", "silent e before a final s"),
                Arguments.of("Turkey", "टर्की", "final ey read i"),
                Arguments.of("Weatherford", "वेदरफोर्ड", "th before er read d"),
                Arguments.of("Albion", "एल्बियन", "o before a final consonant, after i, read a"),
                Arguments.of("Bishop", "बिशप", "o before a final consonant read a"),
                Arguments.of("Bridgetown", "ब्रिजटाउन", "dge read j"),
                Arguments.of("Auburn", "आबर्न", "first au read a"),
                Arguments.of("Friday", "फ्राइडे", "i in an open syllable read ai"),
                Arguments.of("Christi", "क्रिस्टी", "a Greek ch before r read k"),
                Arguments.of("Heights", "हाइट्स", "igh read ai"),
                Arguments.of("Prague", "प्राग", "a final gue read g"),
                Arguments.of("Iquique", "इक्विक", "a final que read k"),
                Arguments.of("Castle", "कासल", "the t of stle silent"),
                Arguments.of("Castlegar", "केसलगर", "the t of stle silent inside a word"),
                Arguments.of("Palmdale", "पामडेल", "l before m silent"),
                Arguments.of("Carlisle", "कार्लआइल", "isle read ail"),
                Arguments.of("Lakeview", "लेकव्यू", "iew read yu"),
                Arguments.of("Khan", "ख़ान", "a first kh is kh in both scripts"),
                Arguments.of("Khyber", "खैबर", "a first kh is kh in both scripts"),
                Arguments.of("Kazakhstan", "कजाखस्तान", "a kh inside the word is k"));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @MethodSource("meeting")
    void pairsMeet(String english, String hindi, String rule) {
        List<String> en = keysOf(english);
        List<String> hi = keysOf(hindi);
        assertFalse(Collections.disjoint(en, hi), rule + ": " + en + " / " + hi);
    }

    private static List<String> keysOf(String word) {
        return new CrossScriptReadings().keys(word.toLowerCase(java.util.Locale.ROOT));
    }

    static Stream<Arguments> apart() {
        return Stream.of(
                Arguments.of("Kerala", "करने", "a different consonant (l / n)"),
                Arguments.of("Japan", "जहां", "p / h"),
                Arguments.of("Wuhan", "वहां", "u / a in an open syllable"),
                Arguments.of("Patna", "पता", "a cluster the other lacks"),
                Arguments.of("China", "चिंता", "a t the other lacks"),
                Arguments.of("Agarwal", "आगरा", "v l the other lacks"),
                Arguments.of("Singh", "संघ", "i / a"),
                Arguments.of("Iraq", "ईरान", "k / n"),
                Arguments.of("Africa", "अमेरिका", "f / m"),
                Arguments.of("Sitaram", "सीतारमण", "a final n"),
                Arguments.of("Kazan", "कजाखस्तान", "stan"),
                Arguments.of("Delhi", "दिली", "the e of Delhi stays (Dili is another city)"),
                Arguments.of("Carl", "केरल", "no schwa deleted before a word-final consonant"),
                Arguments.of("Carol", "केरल", "a final ol keeps its o"),
                Arguments.of("Carroll", "केरल", "a final ol keeps its o"),
                Arguments.of("Seung", "सिंह", "eu is no ea, though u before two consonants reads a"),
                Arguments.of("China", "चेन्नई", "the i of a short word is not read ai"),
                Arguments.of("Kerala", "खैरला", "a first kh keeps its h"),
                Arguments.of("Japanese", "जापान", "no plural s before a silent e"));
    }

    @ParameterizedTest(name = "{0} ≠ {1}: {2}")
    @MethodSource("apart")
    void pairsStayApart(String english, String hindi, String why) {
        List<String> en = keysOf(english);
        List<String> hi = keysOf(hindi);
        assertTrue(Collections.disjoint(en, hi), why + ": " + en + " / " + hi);
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("thiruvananthapuram", "tirunantapuram"),
                Arguments.of("bangalore", "bangalura"),
                Arguments.of("goa", "gu"),
                Arguments.of("gova", "gu"),
                Arguments.of("haryana", "hariana"),
                Arguments.of("kochchi", "kuchi"),
                Arguments.of("yermekbayev", "armakbav"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("keys")
    void phoneticKeys(String reading, String key) {
        assertEquals(key, PhoneticKey.of(reading));
    }
}
