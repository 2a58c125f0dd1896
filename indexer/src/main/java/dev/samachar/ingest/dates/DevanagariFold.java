package dev.samachar.ingest.dates;

import dev.samachar.analysis.LookupFold;

/**
 * Folds the spelling variants Hindi news copy uses for month names onto one key, so that a
 * page's spelling meets CLDR's. Both sides of a comparison must be folded. The fold is lossy
 * and only meant for matching short words, never for text that is shown or indexed.
 *
 * <p>Rules: everything {@link LookupFold} does (nukta, ZWJ/ZWNJ, candrabindu, nasal + virama
 * before a consonant → anusvara, lower case), plus one rule only month names need: retroflex ट
 * becomes dental त, because news writes अक्टूबर where CLDR has अक्तूबर. That rule is too lossy
 * for general lookups, which is why it is not part of LookupFold.
 */
final class DevanagariFold {

    private DevanagariFold() {}

    static String fold(String s) {
        return LookupFold.fold(s).replace('\u091F', '\u0924');
    }
}
