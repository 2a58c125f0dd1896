package dev.samachar.ingest.files;

import dev.samachar.analysis.HindiNormalizer;
import java.text.Normalizer;

/**
 * NFC of a page or line, answered without normalising when the text already is NFC, as scraped
 * text nearly always is. {@link HindiNormalizer#isNfc} decides Latin-1 and Devanagari from tables
 * (cheaper than the JDK's check: docs/design-notes.md#nfc-checks-from-tables); what it cannot
 * confirm goes to the JDK's own check, and
 * only text that is not NFC is normalised. Normalisation of assigned characters is stable across
 * Unicode versions, so ICU's "already NFC" means the JDK's normaliser would return it unchanged.
 */
public final class Nfc {

    private Nfc() {}

    public static String of(String text) {
        if (HindiNormalizer.isNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
