package dev.samachar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.search.QueryParser.QuerySyntaxException;
import dev.samachar.search.QuerySyntax.Group;
import dev.samachar.search.QuerySyntax.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private static Term word(String text) {
        return new Term(text, false);
    }

    private static Term phrase(String text) {
        return new Term(text, true);
    }

    private static Group group(Term... alternatives) {
        return new Group(List.of(alternatives));
    }

    @Test
    void wordsAreAllRequired() {
        assertEquals(
                new QuerySyntax(List.of(group(word("Rajnath")), group(word("शोइगू"))), List.of()),
                QueryParser.parse("  Rajnath   शोइगू "));
    }

    @Test
    void minusAtTheStartOfAWordOrPhraseExcludesIt() {
        QuerySyntax syntax = QueryParser.parse("Rajnath -Shoigu -\"joint exercise\"");
        assertEquals(List.of(group(word("Rajnath"))), syntax.required());
        assertEquals(List.of(word("Shoigu"), phrase("joint exercise")), syntax.excluded());
    }

    @Test
    void aMinusInsideAWordIsPartOfIt() {
        assertEquals(
                List.of(group(word("Indo-Pacific")), group(word("Kazakh-Indian"))),
                QueryParser.parse("Indo-Pacific Kazakh-Indian").required());
    }

    @Test
    void barJoinsAlternativesWithOrWithoutSpaces() {
        QuerySyntax spaced = QueryParser.parse("Kazakhstan | \"Nur Sultan\" defence");
        assertEquals(
                List.of(group(word("Kazakhstan"), phrase("Nur Sultan")), group(word("defence"))), spaced.required());
        assertEquals(spaced, QueryParser.parse("Kazakhstan|\"Nur Sultan\" defence"));
        assertEquals(
                List.of(group(word("a"), word("b"), word("c"))),
                QueryParser.parse("a | b|c").required());
    }

    @Test
    void onlyExclusionsIsAQueryToo() {
        QuerySyntax syntax = QueryParser.parse("-Lebanon");
        assertTrue(syntax.required().isEmpty());
        assertEquals(List.of(word("Lebanon")), syntax.excluded());
    }

    @Test
    void phrasesAreNormalisedAndTheQueryWritesBack() {
        QuerySyntax syntax = QueryParser.parse("\"  Rajnath \t Singh \" Kazakhstan|Uzbekistan -UNIFIL");
        assertEquals(
                phrase("Rajnath Singh"), syntax.required().get(0).alternatives().get(0));
        assertEquals("\"Rajnath Singh\" Kazakhstan | Uzbekistan -UNIFIL", syntax.toString());
        assertEquals(syntax, QueryParser.parse(syntax.toString()));
    }

    @Test
    void termsAreNfcAsTheIndexedTextIs() {
        assertEquals(
                word("Andr\u00e9"),
                QueryParser.parse("Andre\u0301")
                        .required()
                        .get(0)
                        .alternatives()
                        .get(0));
    }

    @Test
    void badSyntaxIsRefusedWithTheReason() {
        assertTrue(message("Rajnath \"Singh").contains("never closed"));
        assertTrue(message("Rajnath -").contains("lone “-”"));
        assertTrue(message("- Shoigu").contains("lone “-”"));
        assertTrue(message("Kazakhstan |").contains("both sides"));
        assertTrue(message("| Kazakhstan").contains("both sides"));
        assertTrue(message("a || b").contains("both sides"));
        assertTrue(message("a | -b").contains("cannot be an alternative"));
        assertTrue(message("\"\" Kazakhstan").contains("empty phrase"));
        assertTrue(message("Raj\"nath\"").contains("inside a word"));
        assertTrue(message("Rajnath \"Singh").startsWith("bad query: "));
    }

    @Test
    void lenientlyTheWordsOfABadQueryAreStillSearched() {
        assertEquals(QueryParser.parse("Rajnath Singh"), QueryParser.parseLeniently("Rajnath \"Singh"));
        assertEquals(QueryParser.parse("Rajnath"), QueryParser.parseLeniently("Rajnath - |"));
        assertEquals(QueryParser.parse("Rajnath -Shoigu"), QueryParser.parseLeniently("Rajnath -Shoigu"));
    }

    private static String message(String query) {
        return assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query))
                .getMessage();
    }
}
