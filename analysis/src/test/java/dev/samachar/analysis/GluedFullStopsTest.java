package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fragments of real news (realnews-dev, seeds) and the text a tokenizer then reads. */
class GluedFullStopsTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // what the row shows, text, text with the glued full stops replaced by spaces
                Arguments.of("Hindi sentences glued", "मरीज हैं.दिल्ली में", "मरीज हैं दिल्ली में"),
                Arguments.of("after है, before a short word", "पुष्टी हुई है.ये सभी", "पुष्टी हुई है ये सभी"),
                Arguments.of(
                        "after a virama", "जा रहा है्.प्राप्त जानकारी", "जा रहा है्.प्राप्त जानकारी".replace('.', ' ')),
                Arguments.of("before a word with ZWJ", "हुई है.उन्\u200Dहोंने कहा", "हुई है उन्\u200Dहोंने कहा"),
                Arguments.of("several in a row", "होगा.उसी तरह होंगे.निजी", "होगा उसी तरह होंगे निजी"),
                Arguments.of("English sentences glued", "headphone jack.The machine", "headphone jack The machine"),
                Arguments.of("after a capitalised word", "in India.The talks", "in India The talks"),
                Arguments.of("mixed scripts", "Mumbai.कोरोना और हैं.The", "Mumbai कोरोना और हैं The"),
                Arguments.of("title glued to a name", "डॉ.अहमद और डा.एसके", "डॉ अहमद और डा एसके"),
                Arguments.of("Hindi initials glued to a name", "अधिकारी ए.के.सिंह ने", "अधिकारी ए.के सिंह ने"),
                Arguments.of("English initials glued to a name", "A.K.Singh said", "A.K Singh said"),
                // Left alone.
                Arguments.of("Hindi initials", "ए.के. सिंह, एच.सी. अवस्थी", "ए.के. सिंह, एच.सी. अवस्थी"),
                Arguments.of("Hindi abbreviations", "उ.प्र. में डब्ल्यू.एच.ओ. ने", "उ.प्र. में डब्ल्यू.एच.ओ. ने"),
                Arguments.of(
                        "English abbreviations",
                        "the U.S. e.g. i.e. Ph.D 190 A.D., S.T.A.L.K.E.R.",
                        "the U.S. e.g. i.e. Ph.D 190 A.D., S.T.A.L.K.E.R."),
                Arguments.of(
                        "domain names",
                        "Amazon.com, bbc.co.uk, www.dec.org.uk, pmindia.gov.in",
                        "Amazon.com, bbc.co.uk, www.dec.org.uk, pmindia.gov.in"),
                Arguments.of(
                        "capitalised host names", "fansite Halo.Bungie.Org, said", "fansite Halo.Bungie.Org, said"),
                Arguments.of("URL", "https://pic.twitter.com/042wthOtBt", "https://pic.twitter.com/042wthOtBt"),
                Arguments.of("e-mail addresses", "John.Smith@bbc.co.uk", "John.Smith@bbc.co.uk"),
                Arguments.of("virus variants", "Bagle.AT, Zafi.D and ASP.NET", "Bagle.AT, Zafi.D and ASP.NET"),
                Arguments.of("file names", "7610.extended.theme.manager.zip", "7610.extended.theme.manager.zip"),
                Arguments.of("lower case after the stop", "dot.com survivors", "dot.com survivors"),
                Arguments.of("numbers", "3.5 1,000 10.30 12.04.2024", "3.5 1,000 10.30 12.04.2024"),
                Arguments.of("Devanagari decimals", "३.५ प्रतिशत, १०.३० बजे", "३.५ प्रतिशत, १०.३० बजे"),
                Arguments.of("a digit on one side", "है.2020 में, कोविड.19", "है.2020 में, कोविड.19"),
                Arguments.of("a sentence end with a space", "है. दिल्ली", "है. दिल्ली"),
                Arguments.of("other scripts keep Unicode's rule", "Москва.Россия", "Москва.Россия"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void ungluesOnlySentenceEnds(String rule, String text, String expected) {
        assertEquals(expected, GluedFullStops.unglue(text), rule);
    }

    /**
     * A char filter that replaces every match of the pattern in the whole text (pattern_replace)
     * reads the text as {@link GluedFullStops#replaceWithSpaces} does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void thePatternOverTheWholeTextAgrees(String rule, String text, String expected) {
        assertEquals(
                expected, Pattern.compile(GluedFullStops.PATTERN).matcher(text).replaceAll(" "), rule);
    }

    @Test
    void thePatternAgreesOnRandomText() {
        Pattern pattern = Pattern.compile(GluedFullStops.PATTERN);
        Random random = new Random(13);
        String alphabet = "aZéТ..@/ 9१ कि्ं\u200Dहै.Tए";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(pattern.matcher(s).replaceAll(" "), GluedFullStops.unglue(s), s);
        }
    }

    @Test
    void findsTheOffsetsInOrder() {
        char[] text = "है.कल और U.S. jack.The".toCharArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2, 18}, GluedFullStops.find(text, text.length));
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new int[] {2}, GluedFullStops.find(text, 10), "within length only");
    }

    @Test
    void countsWhatItReplaces() {
        char[] text = "है.कल और है.साथ, U.S.".toCharArray();
        assertEquals(2, GluedFullStops.replaceWithSpaces(text, text.length));
        char[] none = "कुछ नहीं".toCharArray();
        assertEquals(0, GluedFullStops.replaceWithSpaces(none, none.length));
    }
}
