package dev.samachar.ingest.countries;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Country names from ICU's copy of CLDR, in English and Hindi: the display name, the short form
 * ("UK", "अमेरिका") and the variant ("Czech Republic", "Turkey", "आइवरी कोस्ट").
 *
 * <p>A name with a parenthesis is kept whole and also without it: "Myanmar (Burma)" gives
 * "Myanmar" too. The part inside is not made a name of its own, because it is often not one:
 * "Congo (Republic)", "हाँग काँग (चीन विशेष प्रशासनिक क्षेत्र)".
 */
final class CldrCountryNames {

    /**
     * Codes ICU lists that ISO 3166-1 only reserves: Diego Garcia (part of IO), Ceuta and
     * Melilla and the Canary Islands (parts of ES). Tagging them would split one country in two.
     */
    private static final Set<String> NOT_ISO_COUNTRIES = Set.of("DG", "EA", "IC");

    private static final ULocale HINDI = new ULocale("hi");

    private CldrCountryNames() {}

    /** Code → its CLDR names, English first, in a stable order. */
    static Map<String, List<String>> load() {
        Map<String, String> enShort = table("en", "Countries%short");
        Map<String, String> hiShort = table("hi", "Countries%short");
        Map<String, String> enVariant = table("en", "Countries%variant");
        Map<String, String> hiVariant = table("hi", "Countries%variant");
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            String english = region.getDisplayCountry(ULocale.ENGLISH);
            if (NOT_ISO_COUNTRIES.contains(code) || english.isEmpty() || english.equals(code)) {
                continue; // no real name: a private-use or reserved code
            }
            String hindi = region.getDisplayCountry(HINDI);
            Set<String> names = new LinkedHashSet<>();
            addName(names, english);
            addName(names, hindi.equals(code) ? null : hindi); // ICU falls back to the code
            // The tables hold real names only, and "US" is one.
            addName(names, enShort.get(code));
            addName(names, hiShort.get(code));
            addName(names, enVariant.get(code));
            addName(names, hiVariant.get(code));
            byCode.put(code, List.copyOf(names));
        }
        return byCode;
    }

    private static void addName(Set<String> names, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        names.add(name);
        String bare = name.replaceAll("\\s*\\([^)]*\\)", "").trim();
        if (!bare.isEmpty()) {
            names.add(bare);
        }
    }

    /**
     * One alternative-name table of a locale's region bundle. ICU has no public API for the
     * variant names, so this reads its data directly; should a later ICU move it, the short and
     * variant names are simply missing and the display names remain.
     */
    private static Map<String, String> table(String locale, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale);
            UResourceBundle table = bundle.get(name);
            for (int i = 0; i < table.getSize(); i++) {
                UResourceBundle entry = table.get(i);
                out.put(entry.getKey(), entry.getString());
            }
        } catch (MissingResourceException | ClassCastException e) {
            return Map.of();
        }
        return out;
    }
}
