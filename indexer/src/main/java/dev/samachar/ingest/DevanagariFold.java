package dev.samachar.ingest;

import java.text.Normalizer;

/**
 * Folds the spelling variants Hindi news copy uses for month names onto one key, so that a
 * page's spelling meets CLDR's. Both sides of a comparison must be folded. The fold is lossy
 * and only meant for matching short words, never for text that is shown or indexed.
 *
 * <p>Rules, in the order applied:
 * <ol>
 *   <li>Nukta dropped, also from precomposed letters (the string is decomposed first):
 *       फ़रवरी = फरवरी.</li>
 *   <li>ZWJ and ZWNJ dropped: they only steer how a conjunct is drawn, and PIB pages put them
 *       inside words (अक्‍टूबर).</li>
 *   <li>Candrabindu (ँ) becomes anusvara (ं).</li>
 *   <li>A nasal consonant (ङ ञ ण न म) with virama before a consonant becomes anusvara:
 *       सितम्बर = सितंबर, नवम्बर = नवंबर, दिसम्बर = दिसंबर.</li>
 *   <li>Retroflex ट becomes dental त: news writes अक्टूबर where CLDR has अक्तूबर.</li>
 * </ol>
 * Text without Devanagari (or joiners) is returned unchanged.
 */
final class DevanagariFold {

  private static final char NUKTA = '\u093C';
  private static final char VIRAMA = '\u094D';
  private static final char CANDRABINDU = '\u0901';
  private static final char ANUSVARA = '\u0902';
  private static final char TTA = '\u091F';
  private static final char TA = '\u0924';
  private static final char ZWNJ = '\u200C';
  private static final char ZWJ = '\u200D';
  private static final String NASALS = "\u0919\u091E\u0923\u0928\u092E"; // ङ ञ ण न म

  private DevanagariFold() {}

  static String fold(String s) {
    if (!needsFolding(s)) {
      return s;
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    String plain = dropNuktaAndJoiners(decomposed);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == CANDRABINDU) {
        out.append(ANUSVARA);
      } else if (isNasalBeforeConsonant(plain, i)) {
        out.append(ANUSVARA);
        i++; // the virama goes with the nasal
      } else if (c == TTA) {
        out.append(TA);
      } else {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean needsFolding(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u0900' && c <= '\u097F') || c == ZWJ || c == ZWNJ) {
        return true;
      }
    }
    return false;
  }

  private static String dropNuktaAndJoiners(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != NUKTA && c != ZWJ && c != ZWNJ) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isNasalBeforeConsonant(String s, int i) {
    return NASALS.indexOf(s.charAt(i)) >= 0
        && i + 2 < s.length()
        && s.charAt(i + 1) == VIRAMA
        && isConsonant(s.charAt(i + 2));
  }

  private static boolean isConsonant(char c) {
    return c >= '\u0915' && c <= '\u0939';
  }
}
