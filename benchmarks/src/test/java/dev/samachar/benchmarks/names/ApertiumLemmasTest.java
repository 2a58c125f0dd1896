package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApertiumLemmasTest {

    // देश → देश<n>, देशों → देश<n><pl>; लड़का/लड़के → लड़का; a second transducer for a digit.
    // The lemma's last letter is output with an epsilon input, as lt-print writes paradigms.
    private static final String ATT = String.join(
            "\n",
            "0\t1\tद\tद\t0.000000\t",
            "1\t2\tे\tे\t0.000000\t",
            "2\t3\tश\tश\t0.000000\t",
            "3\t4\tε\t<n>\t0.000000\t",
            "3\t5\tो\t<n>\t0.000000\t",
            "5\t6\tं\t<pl>\t0.000000\t",
            "4\t0.000000",
            "6",
            "0\t10\tल\tल\t0.000000\t",
            "10\t11\t\u095C\t\u095C\t0.000000\t",
            "11\t12\tक\tक\t0.000000\t",
            "12\t13\tा\tा\t0.000000\t",
            "12\t14\tे\tा\t0.000000\t",
            "13\t15\tε\t<n>\t0.000000\t",
            "14\t15\tε\t<n>\t0.000000\t",
            "15",
            "--",
            "0\t1\t१\t१\t0.000000\t",
            "1\t2\tε\t<num>\t0.000000\t",
            "2\t0.000000",
            "");

    @Test
    void walksTheTransducers() throws Exception {
        ApertiumLemmas lemmas = ApertiumLemmas.parse(new StringReader(ATT));
        assertEquals(Set.of("देश"), lemmas.lemmas("देश"));
        assertEquals(Set.of("देश"), lemmas.lemmas("देशों"));
        assertEquals(Set.of(), lemmas.lemmas("देशो"), "not a final state");
        assertEquals(Set.of(), lemmas.lemmas("देशा"));
        assertEquals(
                Set.of("ल\u0921\u093Cका"),
                lemmas.lemmas("ल\u0921\u093Cके"),
                "ड़ in the file (U+095C) matches ड + nukta (NFC)");
        assertEquals(Set.of("१"), lemmas.lemmas("१"), "the second transducer");
    }
}
