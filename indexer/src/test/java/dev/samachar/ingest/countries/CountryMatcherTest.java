package dev.samachar.ingest.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountryMatcherTest {

    private static final CountryMatcher MATCHER = CountryMatcher.load();

    static Stream<Arguments> rows() {
        return Stream.of(
                // what the row shows, text, expected codes
                Arguments.of("CLDR Hindi name, folded nukta", "कज़ाखस्तान और कजाखस्तान", Set.of("KZ")),
                Arguments.of("file variant without nukta", "कजाकिस्तान के रक्षा मंत्री", Set.of("KZ")),
                Arguments.of("file variant with nukta", "कज़ाकिस्तान के रक्षा मंत्री", Set.of("KZ")),
                Arguments.of("variant with both nuktas", "कज़ाख़स्तान", Set.of("KZ")),
                Arguments.of("English variant", "Kazakstan and Qazaqstan", Set.of("KZ")),
                Arguments.of("Republic of", "the Republic of Kazakhstan", Set.of("KZ")),
                Arguments.of("South X is still X", "in South Kazakhstan, last month", Set.of("KZ")),
                Arguments.of("दक्षिणी X is still X", "दक्षिणी कजाकिस्तान में", Set.of("KZ")),
                Arguments.of("Hindi demonym", "कजाख बलों की तैनाती", Set.of("KZ")),
                Arguments.of("English demonym", "her Kazakh counterpart", Set.of("KZ")),
                Arguments.of("Hindi oblique plural", "भारतीयों और रूसियों ने", Set.of("IN", "RU")),
                Arguments.of("English plural demonym", "Pakistanis and Afghans", Set.of("PK", "AF")),
                Arguments.of("possessive, typographic", "India’s partnership", Set.of("IN")),
                Arguments.of("possessive, ASCII", "Russia's defence industry", Set.of("RU")),
                Arguments.of("all caps", "INDIA AND KAZAKHSTAN", Set.of("IN", "KZ")),
                Arguments.of("lower-case common words", "turkey with china plates and a chad", Set.of()),
                Arguments.of("capitalised Turkey", "Turkey and Türkiye and Turkiye", Set.of("TR")),
                Arguments.of("hyphenated pair, Hindi", "भारत-रूस सैन्य साझेदारी", Set.of("IN", "RU")),
                Arguments.of(
                        "hyphenated pair, transliterated", "इंडिया-रशिया इंटर-गवर्नमेंटल कमीशन", Set.of("IN", "RU")),
                Arguments.of("short form pakistan", "भारत-पाक सीमा", Set.of("IN", "PK")),
                Arguments.of("US as acronym only", "US and UK forces", Set.of("US", "GB")),
                Arguments.of("us the pronoun", "let us meet; Us too", Set.of()),
                Arguments.of("America and its spellings", "अमेरिका, अमरीका और यूएसए", Set.of("US")),
                Arguments.of("American in Hindi", "अमेरिकी विदेश मंत्री", Set.of("US")),
                Arguments.of("Latin America is not the US", "लातिन अमेरिका के साथ व्यापार", Set.of()),
                Arguments.of("Latin America in English", "Latin American and South American states", Set.of()),
                Arguments.of("UN is not a country, Hindi", "संयुक्त राष्ट्र की अंतरिम फोर्स", Set.of()),
                Arguments.of(
                        "UN is not a country, English", "United Nations International Peacekeeping Force", Set.of()),
                Arguments.of("Mali in English", "troops in Mali", Set.of("ML")),
                Arguments.of("माली the gardener", "माली ने बगीचे में पौधे लगाए", Set.of()),
                Arguments.of("गिनी the verb", "ये बातें गिनी जाती हैं", Set.of()),
                Arguments.of("Guinea-Bissau is still matched in Hindi", "गिनी-बिसाउ के राष्ट्रपति", Set.of("GW")),
                Arguments.of("चीनी the sugar", "चीनी मिलों का बकाया", Set.of()),
                Arguments.of("चीनी the Chinese", "चीनी सेना ने घुसपैठ की", Set.of("CN")),
                Arguments.of("पाक the holy", "रमजान का पाक महीना", Set.of()),
                Arguments.of("New Jersey is not Jersey", "a company in New Jersey", Set.of()),
                Arguments.of("Papua New Guinea", "Papua New Guinea and Guinea", Set.of("PG", "GN")),
                Arguments.of("Indian Ocean is its own place", "the Indian Ocean region", Set.of()),
                Arguments.of("UK in Hindi", "ब्रिटेन, यूके और यू.के.", Set.of("GB")),
                Arguments.of("Burma and Myanmar", "Burma, now Myanmar, and म्यांमार", Set.of("MM")),
                Arguments.of("Congo alone is ambiguous", "Congo", Set.of()),
                Arguments.of("DR Congo", "the DRC and the Democratic Republic of the Congo", Set.of("CD")),
                Arguments.of("Saint for St.", "Saint Lucia and St. Lucia", Set.of("LC")),
                Arguments.of("& spelt and", "Trinidad and Tobago", Set.of("TT")),
                Arguments.of("Russian Federation", "the Russian Federation", Set.of("RU")),
                Arguments.of("रस is juice, not Russia", "आम का रस", Set.of()),
                Arguments.of("Kazan is not Kazakhstan", "a summit in Kazan", Set.of()),
                Arguments.of("Uzbekistan both spellings", "उज्बेकिस्तान और उज़्बेकिस्तान", Set.of("UZ")),
                Arguments.of("Belarus and Lebanon", "बेलारूस और लेबनान", Set.of("BY", "LB")),
                Arguments.of("Chinese Taipei is Taiwan", "Chinese Taipei", Set.of("TW")),
                Arguments.of("Devanagari digits and danda do not disturb", "२०१८ में भारत।रूस॥", Set.of("IN", "RU")),
                Arguments.of("Mali in Hindi, unambiguously", "माली गणराज्य में तैनात शांति सैनिक", Set.of("ML")),
                Arguments.of("Niger Delta is in Nigeria", "the Niger Delta", Set.of("NG")),
                Arguments.of("जर्सी the shirt", "टीम इंडिया की नई जर्सी", Set.of("IN")),
                Arguments.of("Réunion only with its accent", "Réunion, not a Reunion", Set.of("RE")),
                Arguments.of("American Samoa is not the US", "American Samoa", Set.of("AS")),
                Arguments.of("British Virgin Islands are not GB", "ब्रिटिश वर्जिन द्वीपसमूह", Set.of("VG")),
                Arguments.of("Hindustan is not a name here", "Hindustan Aeronautics Limited", Set.of()),
                Arguments.of("null-safe: empty text", "", Set.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void countriesIn(String what, String text, Set<String> expected) {
        assertEquals(new TreeSet<>(expected), MATCHER.countriesIn(text), what);
    }

    /** Article sentences of the seeds, without page chrome, each with the codes it must give. */
    static Stream<Arguments> seedSentences() {
        return Stream.of(
                Arguments.of(
                        "000",
                        "भारत और कजाकिस्तान ने रक्षा और सैन्य तकनीकी सहयोग बढ़ाने पर सहमति जताई",
                        Set.of("IN", "KZ")),
                Arguments.of(
                        "000",
                        "रक्षा मंत्री निर्मला सीतारमण कजाकिस्तान के रक्षा मंत्री श्री नूरलान यरमेकबायेव के निमंत्रण पर 2 अक्टूबर से राजधानी अस्ताना की तीन दिवसीय यात्रा पर हैं।",
                        Set.of("KZ")),
                Arguments.of("000", "इंडियन मिलिट्री आर्ट रूम", Set.of("IN")),
                Arguments.of(
                        "000",
                        "दोनों देशों ने पिछले महीने दक्षिणी कजाकिस्तान में कंपनी स्तरीय संयुक्त सैन्य अभ्यास ‘‘काजिइंड-2018 सफलता पूर्वक पूरा किया।",
                        Set.of("KZ")),
                Arguments.of(
                        "000",
                        "यह दस्ता लेबनान में संयुक्त राष्ट्र अंतर्राष्ट्रीय शांति रक्षक बल में भारतीय दस्ते के साथ शामिल होगा।",
                        Set.of("LB", "IN")),
                Arguments.of(
                        "000",
                        "फरवरी 2019 में बेंगलूरू में आयोजित किए जाने वाले एयरो इंडिया 2019 में हिस्सा लेने का न्योता दिया।",
                        Set.of("IN")),
                Arguments.of(
                        "001",
                        "रक्षा के क्षेत्र में साझेदारी की तलाश में भारत और कजाखस्तान, राजनाथ सिंह ने अपने समकक्ष नूरलान के साथ बैठक की",
                        Set.of("IN", "KZ")),
                Arguments.of(
                        "001",
                        "नुरलान यरमेकबेयेव ने राजनाथ सिंह को संयुक्त राष्ट्र की अंतरिम फोर्स में कजाख बलों की तैनाती का मौका देने पर धन्यवाद कहा है।",
                        Set.of("KZ")),
                Arguments.of(
                        "001",
                        "दिल्ली आने से पहले, यरमेकबेयेव जयपुर स्थित 12वीं कोर बटालियन के मुख्यालय और जैसलमेर के लोंगेवाल सेक्टर का दौरा करने भी गए थे।",
                        Set.of()),
                Arguments.of(
                        "002",
                        "India and Kazakhstan agree to boost Defence and Military Technical Cooperation",
                        Set.of("IN", "KZ")),
                Arguments.of(
                        "002",
                        "Both countries successfully conducted a company level joint military exercise ‘KAZIND-2018’ in South Kazakhstan, last month.",
                        Set.of("KZ")),
                Arguments.of(
                        "002",
                        "the Kazakhstan contingent that will join the Indian contingent at United Nations International Peacekeeping Force in Lebanon.",
                        Set.of("KZ", "IN", "LB")),
                Arguments.of(
                        "002",
                        "India’s partnership with Kazakhstan in UN Peacekeeping reflects its desire to support Kazakhstan in its contribution to global peace.",
                        Set.of("IN", "KZ")),
                Arguments.of("002", "SRR/Nampi/DK/Rajib", Set.of()),
                Arguments.of(
                        "003",
                        "रक्षा मंत्री राजनाथ सिंह और रूस के रक्षा मंत्री जनरल सर्गेई शोइगू ने शुक्रवार को भारत-रूस सैन्य साझेदारी को मजबूत करने का संकल्प लिया",
                        Set.of("IN", "RU")),
                Arguments.of(
                        "003",
                        "जयशंकर सिंह और शोइगू ने यहां शंघाई सहयोग संगठन (एससीओ) की बैठक के इतर व्यापक मुद्दों पर बातचीत की",
                        Set.of()),
                Arguments.of(
                        "003",
                        "दोनों मंत्रियों ने 'मेक इन इंडिया' पहल में रूस के रक्षा उद्योग की भागीदारी",
                        Set.of("IN", "RU")),
                Arguments.of(
                        "003",
                        "सिंह ने उज्बेकिस्तान के रक्षा मंत्री लेफ्टिनेंट जनरल बखोदिर कुर्बानोव और कज़ाकिस्तान के रक्षा मंत्री लेफ्टिनेंट जनरल बेकबोलोटोव बी असांकेलिवीच के साथ भी द्विपक्षीय बैठकें कीं.",
                        Set.of("UZ", "KZ")),
                Arguments.of(
                        "003",
                        "उन्होंने बेलारूस के रक्षा मंत्री लेफ्टिनेंट जनरल विक्टर ख्रेनिन के साथ भी बातचीत की.",
                        Set.of("BY")),
                Arguments.of("003", "सिंह ने एससीओ के महासचिव झांग मिंग से भी मुलाकात की", Set.of()),
                Arguments.of(
                        "004",
                        "भारत और रूस के बीच वर्किंग ग्रुप ऑन मिलिट्री कोऑपरेशन की एक महत्वपूर्ण वार्ता हुई।",
                        Set.of("IN", "RU")),
                Arguments.of(
                        "004",
                        "वर्किंग ग्रुप ऑन मिलिट्री कोऑपरेशन ऑफ इंडिया-रशिया इंटर-गवर्नमेंटल कमीशन",
                        Set.of("IN", "RU")),
                Arguments.of(
                        "004",
                        "जनरल स्टाफ ऑफ द आर्म्ड फोर्सेज ऑफ रशिया लेफ्टिनेंट जनरल डायलेव्स्की इगोर निकोलायेविच",
                        Set.of("RU")),
                Arguments.of("004", "हिंदुस्तान एयरोनॉटिक्स लिमिटेड (एचएएल)", Set.of()),
                Arguments.of("004", "पब्लिक ज्वाइंट स्टॉक कंपनी यूनाइटेड एयरक्राफ्ट कॉरपोरेशन", Set.of()),
                Arguments.of(
                        "004",
                        "एचएएल भारतीय वायुसेना के लिए आधुनिक लड़ाकू विमानों का निर्माण भी कर रही है।",
                        Set.of("IN")),
                Arguments.of(
                        "004", "दिल्ली स्थित मानेकशॉ सेंटर में 28 व 29 अक्टूबर को यह वार्ता आयोजित की गई।", Set.of()));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("seedSentences")
    void seedSentence(String seed, String sentence, Set<String> expected) {
        assertEquals(new TreeSet<>(expected), MATCHER.countriesIn(sentence));
    }

    /** The union over each seed's sentences is the article's expected set (seed-cases.json, and 003 from the brief). */
    @Test
    void seedSentencesAddUpToTheArticleSets() {
        assertEquals(Set.of("IN", "KZ", "LB"), union("000"));
        assertEquals(Set.of("IN", "KZ"), union("001"));
        assertEquals(Set.of("IN", "KZ", "LB"), union("002"));
        assertEquals(Set.of("IN", "RU", "UZ", "KZ", "BY"), union("003"));
        assertEquals(Set.of("IN", "RU"), union("004"));
    }

    private static Set<String> union(String seed) {
        SortedSet<String> all = new TreeSet<>();
        seedSentences()
                .map(Arguments::get)
                .filter(a -> a[0].equals(seed))
                .forEach(a -> all.addAll(MATCHER.countriesIn((String) a[1])));
        return all;
    }

    @Test
    void loadBuildsOnce() {
        assertSame(MATCHER, CountryMatcher.load());
    }

    @Test
    void nullTextGivesNoCountries() {
        assertTrue(MATCHER.countriesIn((String) null).isEmpty());
    }

    @Test
    void namesOfCoversBothScriptsVariantsAndDemonyms() {
        List<String> kz = MATCHER.namesOf("KZ");
        for (String expected :
                List.of("Kazakhstan", "कज़ाखस्तान", "कजाकिस्तान", "कजाखिस्तान", "Kazakh", "कजाख", "Kazakhs")) {
            assertTrue(kz.contains(expected), () -> "KZ lacks " + expected + ": " + kz);
        }
        assertEquals("Kazakhstan", kz.get(0)); // CLDR English first
        assertEquals(MATCHER.namesOf("KZ"), MATCHER.namesOf("kz"));
        assertTrue(MATCHER.namesOf("US").containsAll(List.of("United States", "अमेरिका", "US", "America", "American")));
        assertTrue(MATCHER.namesOf("IN").containsAll(List.of("India", "भारत", "इंडिया", "भारतीय", "Indian")));
    }

    @Test
    void namesOfLeavesOutWhatTheMatcherDoesNotUse() {
        assertTrue(MATCHER.namesOf("ML").contains("Mali"));
        assertFalse(MATCHER.namesOf("ML").contains("माली"), "excluded common word");
        assertFalse(MATCHER.namesOf("CD").contains("Congo"), "shared with CG");
        assertFalse(MATCHER.namesOf("IN").contains("हिंदुस्तान"));
        assertEquals(List.of(), MATCHER.namesOf("XX"));
        assertEquals(List.of(), MATCHER.namesOf("EU"));
        assertEquals(List.of(), MATCHER.namesOf(null));
    }

    @Test
    void coversTheCountriesThatMatterWithBothScripts() {
        List<String> missing = new ArrayList<>();
        for (String code : List.of(
                "IN", "KZ", "RU", "US", "CN", "PK", "BD", "LK", "NP", "BT", "MV", "AF", "IR", "IQ", "IL", "AE", "SA",
                "QA", "OM", "FR", "DE", "GB", "IT", "JP", "KR", "KP", "AU", "CA", "BR", "ZA", "NG", "EG", "UZ", "KG",
                "TJ", "TM", "BY", "UA", "LB", "MM", "TH", "VN", "ID", "MY", "SG", "PH", "TR", "SD", "MN", "AM", "AZ",
                "GE", "PL", "ES", "NL", "SE", "NO", "MX", "AR", "CL", "KE", "ET")) {
            List<String> names = MATCHER.namesOf(code);
            boolean latin = names.stream().anyMatch(n -> n.chars().anyMatch(c -> c >= 'A' && c <= 'z'));
            boolean devanagari = names.stream().anyMatch(n -> n.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F));
            if (!latin || !devanagari) {
                missing.add(code);
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Every alias namesOf hands out finds its own country, and only it. */
    @Test
    void everyNameFindsItsCountry() {
        List<String> wrong = new ArrayList<>();
        for (String code : java.util.Locale.getISOCountries()) {
            for (String name : MATCHER.namesOf(code)) {
                SortedSet<String> found = MATCHER.countriesIn(name);
                if (!found.equals(new TreeSet<>(Set.of(code)))) {
                    wrong.add(code + " '" + name + "' -> " + found);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
