package dev.samachar.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Nfc#of} is the JDK's NFC, and hands NFC text back without copying it. */
class NfcTest {

    /** Starters, combining marks in and out of order, nukta forms NFC composes or decomposes, joiners, Hangul. */
    private static final String ALPHABET = "aeAZéü ,.\n\u00A0"
            + "\u0300\u0301\u0323\u0327"
            + "कखगजडढनरळसहािीुूेैोौंँः़्"
            + "\u0929\u0931\u0934\u0958\u095B\u095C\u095D\u0951\u0952\u0964"
            + "\u200C\u200D\u2019\u201C"
            + "\u1100\u1161\uAC00\u212B\u2126\uFB01";

    @Test
    void isTheJdkNormalFormOnRandomText() {
        Random random = new Random(5);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), Nfc.of(text), text);
        }
    }

    /** A page is checked in pieces: the answer must be the whole text's wherever the pieces fall. */
    @Test
    void aLongTextIsNfcExactlyWhenTheJdkSaysSo() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder();
            int length = Nfc.PIECE / 2 + random.nextInt(3 * Nfc.PIECE);
            // Few chars below U+0300 in some texts, so that runs without one cross the piece size.
            int belowU0300 = random.nextInt(4) == 0 ? 5_000 : 8;
            while (s.length() < length) {
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                if (c >= '\u0300' || random.nextInt(belowU0300) == 0) {
                    s.append(c);
                }
            }
            String text = s.toString();
            assertEquals(Normalizer.isNormalized(text, Normalizer.Form.NFC), Nfc.isNfc(text), "text " + n);
            assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), Nfc.of(text), "text " + n);
        }
    }

    @Test
    void aPairThatComposesAcrossThePieceSizeIsNotNfc() {
        for (String before : List.of("", " ", "क ")) {
            String text = before + "क".repeat(Nfc.PIECE - 1 - before.length()) + "न\u093C और";
            assertEquals(Nfc.PIECE, text.indexOf('\u093C'), before);
            assertFalse(Nfc.isNfc(text), before);
            assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), Nfc.of(text), before);
        }
    }

    @Test
    void returnsNfcTextItself() {
        String text = "नई दिल्ली, 4 अक्टूबर: भारत और कज़ाख़स्तान (Kazakhstan) ने रक्षा सहयोग पर बात की।";
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        assertSame(nfc, Nfc.of(nfc));
    }
}
