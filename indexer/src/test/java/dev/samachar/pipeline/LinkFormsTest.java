package dev.samachar.pipeline;

import dev.samachar.analysis.lucene.AnalyzedText;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkFormsTest {

    /**
     * What the forms stand for: the loose field's cross-script terms (a Devanagari word's without
     * their prefix, none of the terms that only join Hindi spellings) of at least 5 characters, word by word.
     */
    private static long[] looseTermsOfEachWord(String... words) {
        Set<String> terms = new HashSet<>();
        for (String word : words) {
            AnalyzedText.byPosition(SamacharAnalyzers.loose(), word).values()
                    .forEach(v -> v.stream().map(LinkForms::crossScript).filter(t -> t != null && t.length() >= LinkForms.MIN_LENGTH)
                            .forEach(terms::add));
        }
        return HashedTerms.of(terms);
    }

    @Test
    void formsAreTheLongLooseTermsOfTheWords() {
        LinkForms forms = new LinkForms();
        List<String[]> rows = List.of(
                new String[]{"Yermekbayev met Rajnath Singh in New Delhi.", "Yermekbayev", "met", "Rajnath", "Singh", "in", "New", "Delhi"},
                new String[]{"यरमेकबायेव ने राजनाथ सिंह से मुलाकात की", "यरमेकबायेव", "ने", "राजनाथ", "सिंह", "से", "मुलाकात", "की"},
                new String[]{"India's talks with Kazakhstan, 2018-10-04", "India", "talks", "with", "Kazakhstan", "2018", "10", "04"},
                new String[]{"रूस और भारत", "रूस", "और", "भारत"});
        for (String[] row : rows) {
            String[] words = java.util.Arrays.copyOfRange(row, 1, row.length);
            assertArrayEquals(looseTermsOfEachWord(words), forms.of(row[0]), row[0]);
            assertArrayEquals(forms.of(row[0]), forms.of(row[0]), "cached forms give the same answer: " + row[0]);
        }
    }

    /** A huge page's forms are made window by window and deduplicated as they go: the same set of forms. */
    @Test
    void aHugeTextHasTheFormsOfItsWords() {
        String page = "Yermekbayev met Rajnath Singh in New Delhi.\n\nयरमेकबायेव ने राजनाथ सिंह से मुलाकात की\n\n";
        String huge = page.repeat(4 * dev.samachar.enrich.TextWindows.MAX_CHARS / page.length()) + "Kazakhstan";
        assertArrayEquals(new LinkForms().of(page + "Kazakhstan"), new LinkForms().of(huge));
    }

    @Test
    void bothScriptsOfANameShareItsForm() {
        LinkForms forms = new LinkForms();
        long[] latin = forms.of("Nurlan Yermekbayev in Astana");
        long[] devanagari = forms.of("नूरलान यरमेकबायेव अस्ताना में");
        assertTrue(HashedTerms.shared(latin, devanagari) >= 2, "Nurlan, Yermekbayev and Astana meet across scripts");
        assertEquals(0, forms.of("की और से").length, "short function words give no forms");
    }
}
