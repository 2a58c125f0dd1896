package dev.samachar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resolution rules against the bundled gazetteer and index values shaped like a real index's facets. */
class FacetValueResolverTest {

    private final FacetValueResolver resolver = FacetValueResolver.withGazetteer(Map.of(
            "sources", List.of("PIB Delhi", "PTI", "IANS"),
            "persons", List.of("Nurlan Yermekbayev", "Rajnath Singh", "Sergei Shoigu"),
            "orgs", List.of("UNIFIL", "Shanghai Cooperation Organisation"),
            "events", List.of("KAZIND", "Aero India")));

    private List<String> values(String facet, String asked) {
        return resolver.resolve(facet, asked).values();
    }

    @Test
    void exactValuesStayAsTheyAre() {
        assertEquals(List.of("Nurlan Yermekbayev"), values("persons", "Nurlan Yermekbayev"));
        assertEquals(List.of("PIB Delhi"), values("sources", "PIB Delhi"));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(List.of("Nurlan Yermekbayev"), values("persons", "nurlan yermekbayev"));
        assertEquals(List.of("PTI"), values("sources", "pti"));
        assertEquals(List.of("UNIFIL"), values("orgs", "unifil"));
        assertEquals(List.of("KAZIND"), values("events", "kazind"));
        assertEquals(List.of("KZ"), values("countries", "kz"));
    }

    @Test
    void surnamesAndShortFormsOfTheGazetteer() {
        assertEquals(List.of("Nurlan Yermekbayev"), values("persons", "Yermekbayev"));
        assertEquals(List.of("Nurlan Yermekbayev"), values("persons", "yermekbayev"));
        assertEquals(List.of("Aero India"), values("events", "aero india"));
    }

    @Test
    void eitherScriptMeetsTheCanonicalName() {
        assertEquals(List.of("Nurlan Yermekbayev"), values("persons", "यरमेकबायेव"));
        // Not a spelling the gazetteer lists: found through its loose form.
        assertEquals(List.of("Nurlan Yermekbayev"), values("persons", "यर्मेकबायेव"));
        assertEquals(List.of("Nurlan Yermekbayev"), values("persons", "नूरलान यरमेकबायेव"));
        assertEquals(List.of("KZ"), values("countries", "कज़ाकिस्तान"));
        assertEquals(List.of("KZ"), values("countries", "kazakhstan"));
        assertEquals(List.of("Aero India"), values("events", "एयरो इंडिया"));
    }

    @Test
    void aWordOfAnIndexValueResolvesWhenItNamesOneValue() {
        assertEquals(List.of("PIB Delhi"), values("sources", "pib"));
    }

    @Test
    void aWordSharedBySeveralValuesResolvesNothingAndOffersThem() {
        FacetValueResolver.Resolution korea = resolver.resolve("countries", "korea");
        assertFalse(korea.resolved());
        assertTrue(korea.ambiguous());
        assertEquals(List.of("KP", "KR"), korea.suggestions());
        assertTrue(korea.problem().contains("“KR”"), korea.problem());
    }

    @Test
    void aTypoResolvesNothingButIsOfferedTheNearValue() {
        FacetValueResolver.Resolution typo = resolver.resolve("persons", "Yermekbayv");
        assertFalse(typo.resolved());
        assertEquals("Nurlan Yermekbayev", typo.suggestions().get(0));
        assertTrue(
                typo.problem().startsWith("no person “Yermekbayv”; did you mean “Nurlan Yermekbayev”"), typo.problem());
    }

    @Test
    void aValueFarFromEveryOneHasNoSuggestion() {
        FacetValueResolver.Resolution none = resolver.resolve("sources", "Reuters");
        assertFalse(none.resolved());
        assertEquals(List.of(), none.suggestions());
        assertEquals("no source “Reuters” in the index or the gazetteer", none.problem());
    }

    @Test
    void shortWordsNeverMatchAlone() {
        // "S" of "S Jaishankar" must not make "s" a person.
        assertFalse(resolver.resolve("persons", "s").resolved());
    }

    @Test
    void aFacetOnlyResolvesItsOwnValues() {
        assertFalse(resolver.resolve("orgs", "Yermekbayev").resolved());
    }

    @Test
    void aLatinAcronymTypedInDevanagariAsHindiReadsItOut() {
        assertEquals(List.of("PTI"), values("sources", "पीटीआई"));
        assertEquals(List.of("PTI"), values("sources", "पीटीआइ"));
        assertEquals(List.of("PTI"), values("sources", "पी.टी.आई."));
        assertEquals(List.of("PTI"), values("sources", "पी टी आई"));
        assertEquals(List.of("IANS"), values("sources", "आईएएनएस"));
        assertEquals(List.of("PIB Delhi"), values("sources", "पीआईबी"));
        assertEquals(List.of("UNIFIL"), values("orgs", "यूएनआईएफआईएल"));
    }

    @Test
    void lettersOfAnotherAcronymDoNotResolve() {
        assertFalse(resolver.resolve("sources", "एएनआई").resolved());
        assertFalse(resolver.resolve("sources", "पी").resolved());
        assertEquals(null, LetterNames.spelledOut("Delhi"), "a written word is not read out");
        assertEquals("पीआईबी Delhi", LetterNames.spelledOut("PIB Delhi"));
    }
}
