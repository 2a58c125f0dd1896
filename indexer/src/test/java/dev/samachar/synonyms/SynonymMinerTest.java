package dev.samachar.synonyms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SynonymMinerTest {

    private static CorpusDoc doc(String id, String lang, String day, String text) {
        return new CorpusDoc(id, id + ".txt", lang, day, text, Set.of("country:KZ"));
    }

    @Test
    void pairsLatinNamesWithDevanagariSpellingsOfTheSameLooseForm() {
        List<CorpusDoc> corpus = List.of(
                doc("en", "en", "2018-10-04", "The minister visited Astana and met Kairat Abdrakhmanov."),
                doc("hi", "hi", "2018-10-04", "मंत्री ने अस्ताना में कैरात अब्द्राखमानोव से मुलाकात की।"));
        List<SuggestedGroup> groups = new SynonymMiner(word -> false).suggest(corpus);
        assertTrue(
                groups.stream()
                        .anyMatch(g ->
                                g.latin().equals("Astana") && g.devanagari().equals(List.of("अस्ताना"))),
                groups.toString());
        assertTrue(groups.stream().allMatch(g -> g.score() > 0.5 && g.why().contains("same day")));
    }

    @Test
    void knownNamesCommonWordsAndShortFormsAreLeftOut() {
        List<CorpusDoc> corpus = List.of(
                doc("en", "en", "2018-10-04", "The Kazakhstan team met. The team said. Rus and Astana."),
                doc("hi", "hi", "2018-10-04", "कजाकिस्तान रूस अस्ताना टीम"));
        List<SuggestedGroup> groups =
                new SynonymMiner(word -> word.equals("Astana") || word.equals("अस्ताना")).suggest(corpus);
        assertFalse(groups.stream().anyMatch(g -> g.latin().equals("Astana")), "known to the gazetteer");
        assertFalse(groups.stream().anyMatch(g -> g.latin().equals("The")), "a common word");
        assertFalse(groups.stream().anyMatch(g -> g.latin().equals("Rus")), "too short to pair safely");
    }

    @Test
    void ordinaryWordsOfEitherLanguageAreNotSuggestedButNamesAre() {
        List<CorpusDoc> corpus = List.of(
                doc(
                        "en",
                        "en",
                        "2018-10-04",
                        "Mantri Kairat Abdrakhmanov met executives of Tata Motors Limited "
                                + "in Astana on 4 November."),
                doc(
                        "hi",
                        "hi",
                        "2018-10-04",
                        "मंत्री कैरात अब्द्राखमानोव ने 4 नवंबर को अस्ताना में टाटा मोटर्स "
                                + "लिमिटेड के अधिकारियों से मुलाकात की।"));
        List<SuggestedGroup> groups = new SynonymMiner(word -> false).suggest(corpus);
        for (String ordinary : List.of("Mantri", "November", "Limited")) {
            assertFalse(groups.stream().anyMatch(g -> g.latin().equals(ordinary)), ordinary + " in " + groups);
        }
        assertTrue(
                groups.stream()
                        .anyMatch(g ->
                                g.latin().equals("Kairat") && g.devanagari().equals(List.of("कैरात"))),
                "a person's given name stays: " + groups);
        assertTrue(groups.stream().anyMatch(g -> g.latin().equals("Abdrakhmanov")), "and the surname: " + groups);
    }

    @Test
    void commonCapitalisedWordsAreLeftOutUnlessUsedAsNames() {
        CorpusDoc hindi = doc("hi", "hi", "2018-10-04", "कश्मीरी ने कहा। कश्मीरी से मिले।");
        List<CorpusDoc> adjective =
                List.of(doc("en", "en", "2018-10-04", "Kashmiri separatists met. The Kashmiri leaders spoke."), hindi);
        assertFalse(
                new SynonymMiner(word -> false)
                        .suggest(adjective).stream().anyMatch(g -> g.latin().equals("Kashmiri")),
                "a proper adjective");
        // Kashmiri is a surname too: after a title or a given name it is one here
        List<CorpusDoc> surname = List.of(
                doc("en", "en", "2018-10-04", "Mr Kashmiri said so. Aslam Kashmiri left. Kashmiri agreed."), hindi);
        assertTrue(new SynonymMiner(word -> false)
                .suggest(surname).stream().anyMatch(g -> g.latin().equals("Kashmiri")));
    }

    @Test
    void aHindiCommonNounUsedAsTheFirstWordOfNamesStays() {
        // कमल is "lotus" to the lexicon (it has कमलों); these articles never inflect it and use it before names
        String hindi = "मंत्री कमल पटेल ने कहा। कमल पटेल के साथ कमल विहार में बैठक हुई।";
        List<CorpusDoc> corpus =
                List.of(doc("en", "en", "2018-10-04", "Kamal Nath said."), doc("hi", "hi", "2018-10-04", hindi));
        assertTrue(new SynonymMiner(word -> false)
                .suggest(corpus).stream().anyMatch(g -> g.latin().equals("Kamal")));
        List<CorpusDoc> inflected =
                List.of(corpus.get(0), doc("hi", "hi", "2018-10-04", hindi + " तालाब में कमलों की खेती होती है।"));
        assertFalse(
                new SynonymMiner(word -> false)
                        .suggest(inflected).stream().anyMatch(g -> g.latin().equals("Kamal")),
                "its plural in the articles shows a common noun");
    }

    @Test
    void aHindiAdjectiveIsLeftOutUnlessItsLatinTwinIsUsedAsAPersonsName() {
        // दैनिक is an adjective ("daily") and no proper noun to apertium-hin
        CorpusDoc hindi =
                doc("hi", "hi", "2018-10-04", "दैनिक आवश्यकता की चीजें। दैनिक संवाददाता ने कहा। दैनिक क्षमता बढ़ी।");
        List<CorpusDoc> newspaper = List.of(doc("en", "en", "2018-10-04", "Dainik Jagran reported it."), hindi);
        assertFalse(new SynonymMiner(word -> false)
                .suggest(newspaper).stream().anyMatch(g -> g.devanagari().contains("दैनिक")));
        List<CorpusDoc> person =
                List.of(doc("en", "en", "2018-10-04", "Mr Dainik said so. Ravi Dainik agreed. Dainik left."), hindi);
        assertTrue(new SynonymMiner(word -> false)
                .suggest(person).stream().anyMatch(g -> g.latin().equals("Dainik")));
    }

    @Test
    void aWordFixedBeforeAKnownNamePairsOnlyWithAWordBeforeTheSameName() {
        CorpusDoc hindi =
                doc("hi", "hi", "2018-10-04", "वंदे भारत मिशन शुरू हुआ। वंदे भारत की उड़ानें। वंदे भारत से लौटे।");
        Predicate<String> known = word -> word.equals("भारत") || word.equals("Bharat");
        List<CorpusDoc> otherName = List.of(doc("en", "en", "2018-10-04", "The film's hero Wanda left. Wanda"), hindi);
        assertFalse(new SynonymMiner(known)
                .suggest(otherName).stream().anyMatch(g -> g.latin().equals("Wanda")));
        List<CorpusDoc> sameName = List.of(doc("en", "en", "2018-10-04", "The Vande Bharat mission began."), hindi);
        assertTrue(new SynonymMiner(known)
                .suggest(sameName).stream().anyMatch(g -> g.latin().equals("Vande")));
    }

    @Test
    void wordsOfGazetteerNamesAreNotSuggestedAgain() {
        // Kairat Abdrakhmanov is in the gazetteer; "Kairat" alone is not one of its spellings
        List<CorpusDoc> corpus = List.of(
                doc("en", "en", "2018-10-04", "Kairat Abdrakhmanov spoke in Astana."),
                doc("hi", "hi", "2018-10-04", "कैरात अब्द्राखमानोव ने अस्ताना में कहा।"));
        List<SuggestedGroup> groups = new SynonymMiner(KnownNames.load(List.of())).suggest(corpus);
        assertFalse(
                groups.stream()
                        .anyMatch(g -> g.latin().equals("Kairat") || g.latin().equals("Abdrakhmanov")),
                groups.toString());
        assertTrue(groups.stream().anyMatch(g -> g.latin().equals("Astana")), "not in the gazetteer: " + groups);
        assertFalse(
                new SynonymMiner(KnownNames.load(List.of(List.of("Astana", "अस्ताना"))))
                        .suggest(corpus).stream().anyMatch(g -> g.latin().equals("Astana")),
                "an accepted group is not suggested again");
    }

    @Test
    void oneEditMeansExactlyOne() {
        assertTrue(SynonymMiner.oneEdit("kajakstan", "kajakistan"));
        assertTrue(SynonymMiner.oneEdit("armakbav", "armakbev"));
        assertFalse(SynonymMiner.oneEdit("sitaram", "sitaraman"));
        assertFalse(SynonymMiner.oneEdit("astana", "astana"));
        assertEquals(false, SynonymMiner.oneEdit("abc", "xyz"));
    }
}
