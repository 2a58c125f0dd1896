package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HindiLightStemmerTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // rule, input (normalised), expected stem
                Arguments.of("ियों → ी", "नदियों", "नदी"),
                Arguments.of("ियां → ी", "नदियां", "नदी"),
                Arguments.of("ियों → ी, agent noun", "अधिकारियों", "अधिकारी"),
                Arguments.of("ियों → ी, demonym", "रूसियों", "रूसी"),
                Arguments.of("ाओं → ा", "सेनाओं", "सेना"),
                Arguments.of("ाएं → ा", "सेनाएं", "सेना"),
                Arguments.of("ाओं → ा", "महिलाओं", "महिला"),
                Arguments.of("ुओं → ु", "वस्तुओं", "वस्तु"),
                Arguments.of("ुएं → ु", "वस्तुएं", "वस्तु"),
                Arguments.of("ों after a consonant", "देशों", "देश"),
                Arguments.of("ों after a consonant, -ीय adjective", "भारतीयों", "भारतीय"),
                Arguments.of("ों after a consonant", "लोगों", "लोग"),
                Arguments.of("ें after a consonant", "बातें", "बात"),
                Arguments.of("ें after a consonant", "सडकें", "सडक"),
                Arguments.of("names ending in a long vowel stay whole: ू", "शोइगू", "शोइगू"),
                Arguments.of("names ending in a long vowel stay whole: ा", "अस्ताना", "अस्ताना"),
                Arguments.of("names ending in a long vowel stay whole: ी", "मोदी", "मोदी"),
                Arguments.of("consonant-final names stay whole", "राजनाथ", "राजनाथ"),
                Arguments.of("singular of a plural stays (stem = singular)", "नदी", "नदी"),
                Arguments.of("masculine -ा/-े not merged (cannot tell from a name)", "लड़के", "लड़के"),
                Arguments.of("verb forms untouched", "जाएंगे", "जाएंगे"),
                Arguments.of("minimum stem: में kept", "में", "में"),
                Arguments.of("minimum stem: हों kept", "हों", "हों"),
                Arguments.of("ां not after इय kept", "कहां", "कहां"),
                Arguments.of("ैं kept", "हैं", "हैं"),
                Arguments.of("Latin untouched", "countries", "countries"),
                Arguments.of("empty", "", ""));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("rows")
    void stems(String rule, String input, String expected) {
        assertEquals(expected, HindiLightStemmer.stem(input), rule);
    }
}
