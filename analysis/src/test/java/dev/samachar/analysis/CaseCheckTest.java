package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule a phrase token sets, worked out once, and how text tokens fare against it. */
class CaseCheckTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Turkey      | CAPITALISED | capitalised name
            TURKEY      | ALL_CAPS    | all caps, more than one letter
            US          | ALL_CAPS    | acronym
            A           | CAPITALISED | one capital letter is no acronym
            of          | ANY         | lower case
            भारत        | ANY         | Devanagari has no case
            2018        | ANY         | no letter
            Türkiye     | CAPITALISED | accented Latin
            ǅemal       | CAPITALISED | title-case first letter
            """)
    void ruleOfAPhraseToken(String phraseToken, CaseCheck.Rule expected, String why) {
        assertEquals(expected, CaseCheck.ruleOf(phraseToken), why);
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Turkey | Turkey | true
            Turkey | TURKEY | true
            Turkey | turkey | false
            US     | US     | true
            US     | Us     | false
            US     | us     | false
            of     | OF     | true
            भारत   | भारत   | true
            Turkey | 2018   | false
            Turkey | ǅemal  | true
            """)
    void ruleAgreesAsTheTwoTokenCheck(String phraseToken, String textToken, boolean expected) {
        assertEquals(expected, CaseCheck.agrees(phraseToken, textToken));
        assertEquals(expected, CaseCheck.ruleOf(phraseToken).agrees(textToken));
    }
}
