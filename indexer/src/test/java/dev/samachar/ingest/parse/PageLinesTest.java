package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass line splitter of {@link ScrapedPageParser#lines} against the replace-and-split it replaced. */
class PageLinesTest {

    private static final String ALPHABET = "ab भा\r\n\u00A0\t\u2028\u0085\u2007\u202F\u3000\u001F.";

    @Test
    void splitsAsReplaceAndSplitDid() {
        Random random = new Random(9);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            assertEquals(
                    reference(text),
                    ScrapedPageParser.lines(text),
                    () -> text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    private static List<String> reference(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ');
        List<String> lines = new ArrayList<>();
        for (String line : normalised.split("\n", -1)) {
            lines.add(line.strip());
        }
        return lines;
    }
}
