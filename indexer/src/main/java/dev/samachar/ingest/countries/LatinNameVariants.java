package dev.samachar.ingest.countries;

import com.ibm.icu.text.Normalizer2;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ASCII-keyboard spellings of a Latin-script name that CLDR writes typographically:
 * "Türkiye" → "Turkiye", "St. Lucia" → "Saint Lucia", "Trinidad & Tobago" → "Trinidad and
 * Tobago". {@link dev.samachar.analysis.LookupFold} leaves Latin accents alone (it folds
 * Devanagari variants), so these become separate dictionary phrases.
 */
final class LatinNameVariants {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private LatinNameVariants() {}

    /** The name itself first, then its variants; names with no Latin letter come back alone. */
    static List<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        if (!isLatin(name)) {
            return List.copyOf(out);
        }
        for (String n : List.copyOf(out)) {
            out.add(n.replace(" & ", " and "));
        }
        for (String n : List.copyOf(out)) {
            out.add(n.replaceAll("\\bSt\\. ", "Saint "));
        }
        for (String n : List.copyOf(out)) {
            out.add(NFD.normalize(n).replaceAll("\\p{Mn}", ""));
        }
        return List.copyOf(out);
    }

    private static boolean isLatin(String s) {
        return s.codePoints()
                .anyMatch(cp ->
                        Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }
}
