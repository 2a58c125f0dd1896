package dev.samachar.ingest.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntityMatcherTest {

    private static final EntityMatcher MATCHER = EntityMatcher.load();

    private static final String YERMEKBAYEV = "person:Nurlan Yermekbayev";
    private static final String SITHARAMAN = "person:Nirmala Sitharaman";
    private static final String RAJNATH = "person:Rajnath Singh";
    private static final String SHOIGU = "person:Sergei Shoigu";
    private static final String RAWAT = "person:Bipin Rawat";
    private static final String UN = "org:United Nations";
    private static final String UNIFIL = "org:UNIFIL";
    private static final String SCO = "org:Shanghai Cooperation Organisation";
    private static final String HAL = "org:Hindustan Aeronautics Limited";
    private static final String MOD = "org:Ministry of Defence";

    static Stream<Arguments> rows() {
        return Stream.of(
                // what the row shows, text, expected entities as type:canonical
                // Spellings the gazetteer does not list meet a listed one on their loose form.
                Arguments.of("unseen: E for Ye", "Ermekbayev", Set.of(YERMEKBAYEV)),
                Arguments.of("unseen: Hindi with virama", "यर्मेकबायेव", Set.of(YERMEKBAYEV)),
                Arguments.of("unseen: -baev", "Nurlan Ermekbaev met", Set.of(YERMEKBAYEV)),
                Arguments.of("listed: ये-", "येरमेकबायेव ने कहा", Set.of(YERMEKBAYEV)),
                Arguments.of("listed: full name, नु- and -बेयेव", "नुरलान यरमेकबेयेव", Set.of(YERMEKBAYEV)),
                Arguments.of("unseen: a typo one vowel off", "Yermekbaeyv", Set.of(YERMEKBAYEV)),
                Arguments.of("unseen: Hindi, fuzzy h", "सितारमन ने कहा", Set.of(SITHARAMAN)),
                Arguments.of("unseen: English misspelling", "Sitaraman said", Set.of(SITHARAMAN)),
                Arguments.of("unseen: -er for -ar", "Jaishanker", Set.of("person:S Jaishankar")),
                Arguments.of("unseen: Sergey Shoygu", "Sergey Shoygu", Set.of(SHOIGU)),
                Arguments.of("unseen: Hindi first name", "सेर्गेइ शोइगु", Set.of(SHOIGU)),
                // Negatives: common surnames, near names, common words.
                Arguments.of("Singh alone is nobody", "Singh said", Set.of()),
                Arguments.of("सिंह alone is nobody", "सिंह ने कहा", Set.of()),
                Arguments.of("Sitaram is another name", "Sitaram Yechury said", Set.of()),
                Arguments.of("Kazan is a city", "in Kazan", Set.of()),
                Arguments.of("रस is juice", "आम का रस", Set.of()),
                Arguments.of("series is not Shringla", "श्रृंखला का दूसरा संस्करण", Set.of()),
                Arguments.of("long is not Lanba", "जनरल लंबे समय से बीमार थे", Set.of()),
                Arguments.of("any is not Kishi", "मंत्री किसी भी हाल में", Set.of()),
                Arguments.of("Asian is not ASEAN", "Central Asian armies and एशियन गेम्स", Set.of()),
                Arguments.of("another Rawat", "Harish Rawat and हरीश रावत", Set.of()),
                Arguments.of("surname without a title", "रावत ने कहा", Set.of()),
                Arguments.of("civil title, military surname", "मंत्री चौहान", Set.of()),
                Arguments.of("block: another Ajay Kumar", "Ajay Kumar Mishra and अजय कुमार मिश्रा", Set.of()),
                Arguments.of("block: the poet", "Jaishankar Prasad", Set.of()),
                Arguments.of("block: another Modi", "Sushil Modi", Set.of()),
                Arguments.of("Indra the name and the god", "Indra Nooyi and इंद्र देवता", Set.of()),
                Arguments.of("block: the coast", "the Malabar Coast", Set.of()),
                // Honorifics and ranks are not part of a name and do not block one.
                Arguments.of("श्रीमती + surname", "श्रीमती सीतारमण", Set.of(SITHARAMAN)),
                Arguments.of("Smt", "Smt Nirmala Sitharaman", Set.of(SITHARAMAN)),
                Arguments.of("Raksha Mantri Shri", "Raksha Mantri Shri Rajnath Singh", Set.of(RAJNATH)),
                Arguments.of("श्री", "रक्षा मंत्री श्री राजनाथ सिंह", Set.of(RAJNATH)),
                Arguments.of("Lt Gen", "Lt Gen Nurlan Yermekbayev", Set.of(YERMEKBAYEV)),
                Arguments.of("लेफ्टिनेंट जनरल", "लेफ्टिनेंट जनरल नूरलान यरमेकबायेव", Set.of(YERMEKBAYEV)),
                Arguments.of("Mr.", "Mr. Nurlan Yermekbayev", Set.of(YERMEKBAYEV)),
                Arguments.of("Dr", "Dr S Jaishankar", Set.of("person:S Jaishankar")),
                Arguments.of("General", "General Sergei Shoigu", Set.of(SHOIGU)),
                Arguments.of("एडमिरल", "नौसेना प्रमुख एडमिरल करमबीर सिंह", Set.of("person:Karambir Singh")),
                Arguments.of("Air Chief Marshal, initials", "Air Chief Marshal A P Singh", Set.of("person:A P Singh")),
                Arguments.of("एयर मार्शल", "एयर मार्शल अशुतोष दीक्षित", Set.of("person:Ashutosh Dixit")),
                // Titled short forms: only after a title of their group.
                Arguments.of("जनरल + titled surname", "जनरल रावत", Set.of(RAWAT)),
                Arguments.of("CDS General + titled surname", "CDS Gen. Rawat", Set.of(RAWAT)),
                Arguments.of("सीडीएस जनरल", "सीडीएस जनरल बिपिन रावत", Set.of(RAWAT)),
                Arguments.of("two-word titled form", "Admiral Hari Kumar", Set.of("person:R Hari Kumar")),
                Arguments.of("civil title", "Secretary Austin", Set.of("person:Lloyd Austin")),
                Arguments.of("no title, no Austin", "Austin, Texas", Set.of()),
                // Acronyms: exact, Latin ones only in capitals.
                Arguments.of("un-named is not UN", "the un-named source", Set.of()),
                Arguments.of("hal is not HAL", "hal and Hal", Set.of()),
                Arguments.of("HAL", "HAL delivered", Set.of(HAL)),
                Arguments.of("Hindi acronyms", "एससीओ, एचएएल और डीआरडीओ", Set.of(SCO, HAL, "org:DRDO")),
                Arguments.of("UN possessive", "the UN's role", Set.of(UN)),
                Arguments.of("Quad, not quad", "the Quad and a quad bike", Set.of("org:Quad")),
                // Longest phrase wins; nested names are not reported twice.
                Arguments.of(
                        "UNIFIL full name and acronym",
                        "United Nations Interim Force in Lebanon (UNIFIL)",
                        Set.of(UNIFIL)),
                Arguments.of("UN Interim Force", "under the UN Interim Force", Set.of(UNIFIL)),
                Arguments.of("Hindi UNIFIL", "संयुक्त राष्ट्र अंतरिम बल", Set.of(UNIFIL)),
                Arguments.of("Hindi UN", "संयुक्त राष्ट्र पदक", Set.of(UN)),
                Arguments.of("SCO in both forms", "शंघाई सहयोग संगठन (एससीओ)", Set.of(SCO)),
                Arguments.of(
                        "another country's ministry", "Ministry of Defence of the Republic of Uzbekistan", Set.of()),
                Arguments.of("रूस के रक्षा मंत्रालय", "रूस के रक्षा मंत्रालय के मेन डायरेक्टरेट", Set.of()),
                Arguments.of("India's ministry", "रक्षा मंत्रालय ने कहा", Set.of(MOD)),
                // Events.
                Arguments.of("KAZIND with a year", "exercise KAZIND-2018", Set.of("event:KAZIND")),
                Arguments.of("काजिइंड", "‘‘काजिइंड-2018 सफलता पूर्वक", Set.of("event:KAZIND")),
                Arguments.of("कज़िंद", "कज़िंद अभ्यास", Set.of("event:KAZIND")),
                Arguments.of("Aero India", "एयरो इंडिया 2019 and Aero India", Set.of("event:Aero India")),
                Arguments.of("दस्तलिक", "संयुक्त अभ्यास 'दस्तलिक'", Set.of("event:Dustlik")),
                Arguments.of(
                        "Indra beside exercise", "संयुक्त अभ्यास 'इंद्र' and the INDRA series", Set.of("event:INDRA")),
                // A sentence with several entities in both scripts.
                Arguments.of(
                        "mixed", "Rajnath Singh met शोइगू at the SCO meeting in Astana", Set.of(RAJNATH, SHOIGU, SCO)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsTheEntities(String what, String text, Set<String> expected) {
        assertEquals(
                new TreeSet<>(expected), EntityGold.typed(MATCHER.find(text)), what + ": " + MATCHER.mentions(text));
    }

    @Test
    void loadIsASingleton() {
        assertSame(MATCHER, EntityMatcher.load());
    }

    @Test
    void nullAndEmptyTextHaveNoEntities() {
        assertTrue(MATCHER.find((String) null).isEmpty());
        assertTrue(MATCHER.find("").isEmpty());
        assertEquals(List.of(), MATCHER.mentions(null));
    }

    @Test
    void mentionsCarryOffsetsWithoutTheTitle() {
        String text = "Lt Gen Nurlan Yermekbayev and श्री शोइगू";
        List<EntityMention> mentions = MATCHER.mentions(text);
        assertEquals(2, mentions.size());
        EntityMention first = mentions.get(0);
        assertEquals(new EntityMention("Nurlan Yermekbayev", EntityType.PERSON, 7, 25, "Nurlan Yermekbayev"), first);
        assertEquals(
                "शोइगू", text.substring(mentions.get(1).start(), mentions.get(1).end()));
    }

    @Test
    void spellingsCoverBothScriptsAndStandAloneForms() {
        List<String> spellings = MATCHER.spellingsOf("Nurlan Yermekbayev");
        assertTrue(
                spellings.containsAll(List.of("Nurlan Yermekbayev", "नूरलान यरमेकबायेव", "Yermekbayev", "यरमेकबायेव")),
                spellings.toString());
        assertTrue(MATCHER.spellingsOf("Shanghai Cooperation Organisation")
                .containsAll(List.of("Shanghai Cooperation Organisation", "शंघाई सहयोग संगठन", "SCO", "एससीओ")));
    }

    @Test
    void titledFormsAreNoSearchAliases() {
        List<String> spellings = MATCHER.spellingsOf("Bipin Rawat");
        assertTrue(spellings.contains("बिपिन रावत"));
        assertFalse(spellings.contains("Rawat") || spellings.contains("रावत"), spellings.toString());
    }

    @Test
    void unknownNamesHaveNoSpellings() {
        assertEquals(List.of(), MATCHER.spellingsOf("Nobody"));
        assertEquals(List.of(), MATCHER.spellingsOf(null));
        assertTrue(MATCHER.entry("Nobody").isEmpty());
    }

    @Test
    void entryGivesTypeCountryAndRole() {
        GazetteerEntry e = MATCHER.entry("Nurlan Yermekbayev").orElseThrow();
        assertEquals(EntityType.PERSON, e.type());
        assertEquals("KZ", e.country());
        assertTrue(e.role().contains("Defence Minister of Kazakhstan"), e.role());
        assertEquals(null, MATCHER.entry("United Nations").orElseThrow().country());
    }

    @Test
    void everyGazetteerSpellingFindsItsOwnEntity() {
        // A spelling shadowed by a longer one, or lost to a case or script rule, would find
        // nothing or another entity; titled forms are tried after a title of their group.
        GazetteerFile.Contents contents = GazetteerFile.readResource();
        StringBuilder failures = new StringBuilder();
        for (GazetteerEntry e : contents.entries()) {
            for (String s : e.spellings()) {
                check(failures, e, s, s);
            }
            for (String s : e.titled()) {
                check(failures, e, contents.titles().get(e.titleGroup()).get(0) + " " + s, s);
            }
        }
        assertEquals("", failures.toString());
    }

    private static void check(StringBuilder failures, GazetteerEntry e, String text, String spelling) {
        List<EntityMention> m = MATCHER.mentions(text);
        if (m.size() != 1 || !m.get(0).canonical().equals(e.canonical())) {
            failures.append(e.canonical())
                    .append(": '")
                    .append(spelling)
                    .append("' gives ")
                    .append(m)
                    .append('\n');
        }
    }
}
