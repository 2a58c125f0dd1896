package dev.samachar.ingest.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@link CountryContext}, each with short fragments of real news (the BBC business
 * and tech pages and the Hindi papers of realnews-dev, and the reports) that it must
 * drop, and the look-alikes it must keep.
 */
class CountryContextTest {

    private static final CountryMatcher MATCHER = CountryMatcher.load();

    static Stream<Arguments> rows() {
        return Stream.of(
                // demonym + capitalised run of ordinary words: a proper name
                Arguments.of("company", "economist at Swiss Re in New York", Set.of()),
                Arguments.of("journal", "in response to a British Medical Journal article", Set.of()),
                Arguments.of("research centre", "one of those organisations, the German Aerospace Centre.", Set.of()),
                Arguments.of("championship", "a former Australian Formula 3 champion", Set.of()),
                Arguments.of("airline", "state-run carrier Indian Airlines", Set.of()),
                Arguments.of("org of demonym", "The Association of British insurers warned", Set.of()),
                Arguments.of("the idiom", "Swiss army knife and no question about it", Set.of()),
                // ...but the state, its office-holders and the people and firms a demonym describes stay
                Arguments.of(
                        "state word in the run", "Italian Prime Minister Silvio Berlusconi will unveil", Set.of("IT")),
                Arguments.of(
                        "embassy",
                        "the German Embassy, the Soros Foundation and the Kyrgyz government",
                        Set.of("DE", "KG")),
                Arguments.of("parliament", "has urged the Georgian Parliament to approve", Set.of("GE")),
                Arguments.of("state word after the run", "German Economy minister Wolfgang Clement said", Set.of("DE")),
                Arguments.of("central bank", "head of the Turkish Central Bank", Set.of("TR")),
                Arguments.of("MPs", "Iranian MPs threaten mobile deal", Set.of("IR")),
                Arguments.of("firm the demonym describes", "an offer from Swiss Xstrata, which", Set.of("CH")),
                Arguments.of("person the demonym describes", "include Iraqi Salam Pax's accounts", Set.of("IQ")),
                Arguments.of("acronym is a common noun", "Chinese PC sales have risen", Set.of("CN")),
                Arguments.of("lower-case noun", "the German stock exchange", Set.of("DE")),
                Arguments.of("title-case headline", "Indian Army Chief Visits Ladakh Posts", Set.of("IN")),
                Arguments.of("defence minister", "talks with Russian Defence Minister Sergei Shoigu", Set.of("RU")),
                Arguments.of("two-word demonym", "met South Korean President Moon Jae-in", Set.of("KR")),
                Arguments.of("ministry of", "a Russian Ministry of Defence delegation", Set.of("RU")),
                Arguments.of("armed forces", "the Israeli Defense Forces said", Set.of("IL")),
                Arguments.of(
                        "institute of",
                        "researchers said in a study at the Indian Institute of Technology that the virus spreads",
                        Set.of()),
                Arguments.of("Hindi ministry", "अमेरिकी विदेश मंत्रालय ने कहा", Set.of("US")),
                Arguments.of("Hindi defence minister", "रूसी रक्षा मंत्री के साथ", Set.of("RU")),
                Arguments.of("Hindi national congress", "भारतीय राष्ट्रीय कांग्रेस के नेता", Set.of()),
                // Hindi: demonym, words, then an organisation's head word
                Arguments.of("party", "मुख्य विपक्षी दल भारतीय जनता पार्टी (भाजपा) के विधायक", Set.of()),
                Arguments.of("council", "आईसीएमआर (भारतीय चिकित्सा अनुसंधान परिषद) की एडवाइजरी", Set.of()),
                Arguments.of("institute", "भारतीय प्रौद्योगिकी संस्थान (आईआईटी), जोधपुर के वैज्ञानिकों", Set.of()),
                Arguments.of("head word right after is a common noun", "एक भारतीय संगठन ने कहा", Set.of("IN")),
                Arguments.of("the noun still counts", "भारत में भारतीय जनता पार्टी", Set.of("IN")),
                Arguments.of("team, then a postposition", "भारतीय टीम के छह खिलाड़ियों को", Set.of("IN")),
                Arguments.of("armed forces", "भारतीय सेना उन्हें मुहतोड़ जवाब दे रही है", Set.of("IN")),
                // Hindi spellings of English demonyms before an English word
                Arguments.of("show title", "इंडियन आइडल के मंच पर", Set.of()),
                Arguments.of("society", "अमेरिकन केमिकल सोसाइटी (एसीएस) की तरफ से", Set.of()),
                Arguments.of("league", "फ्रेंच फुटबॉल लीग ने इसकी घोषणा की", Set.of()),
                Arguments.of("territory, Hindi", "फ़्रेंच गुयाना में", Set.of("GF")),
                Arguments.of("territory, English", "a launch from French Guiana", Set.of("GF")),
                Arguments.of(
                        "English plural is a common noun", "वैज्ञानिकों को चाइनीज हैकर्स बना सकते हैं", Set.of("CN")),
                Arguments.of("Hindi noun", "चाइनीज सामानों से पटने वाले बाजारों", Set.of("CN")),
                Arguments.of("navy is the state", "संक्रमण अब इंडियन नेवी तक पहुंच गया है", Set.of("IN")),
                Arguments.of("prime minister", "ब्रिटिश पीएम अस्पताल में भर्ती", Set.of("GB")),
                // person names
                Arguments.of("given name before a country", "Telecoms ombudsman Elizabeth France said", Set.of()),
                Arguments.of("ordinary word before a country", "the biggest rise in France, Italy", Set.of("FR", "IT")),
                Arguments.of("Hindi surname", "अभिनेता बोमन ईरानी ने कहा", Set.of()),
                Arguments.of("English surname", "actor Boman Irani said", Set.of()),
                Arguments.of(
                        "Hindi surname after a noun that is also a given name",
                        "केंद्रीय मंत्री स्मृति ईरानी ने कहा",
                        Set.of()),
                Arguments.of("Hindi plural is the people", "अपने साथी भारतीयों से अपील", Set.of("IN")),
                Arguments.of("Hindi demonym before its noun", "कई ईरानी नागरिक इस विमान से वापस गए", Set.of("IR")),
                Arguments.of("Hindi label before a colon", "मुख्यभूमि चीनी : 79,824 मामले", Set.of("CN")),
                // a country that shares its name with a US state
                Arguments.of(
                        "US cue near", "A US woman is suing HP. The unnamed woman from Georgia says", Set.of("US")),
                Arguments.of("US city before", "a plant in Atlanta, Georgia, was closed", Set.of()),
                Arguments.of("state of", "the state of Georgia passed a law", Set.of()),
                Arguments.of("Hindi US state", "अमेरिका के जॉर्जिया राज्य में", Set.of("US")),
                Arguments.of("the country alone", "Georgia is offering a one-off 'tax amnesty'", Set.of("GE")),
                Arguments.of(
                        "listed with countries",
                        "The US helped. Elections in Ukraine and Georgia",
                        Set.of("US", "UA", "GE")),
                Arguments.of(
                        "named unambiguously too",
                        "The US said so. Georgia's black market; the Georgian economy",
                        Set.of("US", "GE")),
                Arguments.of("Hindi country", "जॉर्जिया के राष्ट्रपति ने", Set.of("GE")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void countriesIn(String what, String text, Set<String> expected) {
        assertEquals(new TreeSet<>(expected), MATCHER.countriesIn(text), what);
    }

    @Test
    void mentionsCarryTheMatchedText() {
        var mentions = MATCHER.mentions("India’s rupee and the Swiss Re bid");
        assertEquals(1, mentions.size());
        assertEquals("IN", mentions.get(0).code());
        assertEquals("India", mentions.get(0).text()); // the tokenizer leaves the possessive out
    }

    @Test
    void contextFileErrorsNameTheLine() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> CountryContextFile.read(new StringReader("# c\norgan\tEmbassy\nnoun\tX\n")));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(
                IllegalStateException.class,
                () -> CountryContextFile.read(new StringReader("organ\tPrime Minister\n")));
    }

    @Test
    void usPlacesFileErrorsNameTheLine() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> UsPlaces.read(new StringReader("state\tGeorgia\tज्यार्जिया\ncounty\tCobb\t\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
