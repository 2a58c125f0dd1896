package dev.samachar.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Hindi writes a Latin acronym that is read letter by letter: each letter by its English name in
 * Devanagari (PTI = पीटीआई, ANI = एएनआई, BBC = बीबीसी). Romanising पीटीआई gives "piti", which no loose
 * form of "PTI" meets, so a filter typed in Devanagari needs this reading of the Latin value.
 */
final class LetterNames {

    /** The English letter names as Hindi newspapers spell them. */
    private static final Map<Character, String> NAMES = Map.ofEntries(
            Map.entry('A', "ए"),
            Map.entry('B', "बी"),
            Map.entry('C', "सी"),
            Map.entry('D', "डी"),
            Map.entry('E', "ई"),
            Map.entry('F', "एफ"),
            Map.entry('G', "जी"),
            Map.entry('H', "एच"),
            Map.entry('I', "आई"),
            Map.entry('J', "जे"),
            Map.entry('K', "के"),
            Map.entry('L', "एल"),
            Map.entry('M', "एम"),
            Map.entry('N', "एन"),
            Map.entry('O', "ओ"),
            Map.entry('P', "पी"),
            Map.entry('Q', "क्यू"),
            Map.entry('R', "आर"),
            Map.entry('S', "एस"),
            Map.entry('T', "टी"),
            Map.entry('U', "यू"),
            Map.entry('V', "वी"),
            Map.entry('W', "डब्ल्यू"),
            Map.entry('X', "एक्स"),
            Map.entry('Y', "वाई"),
            Map.entry('Z', "जेड"));

    /** A word of two to six capitals: longer runs are written words ("REUTERS"), not read letter by letter. */
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,6}\\b");
    /** Devanagari letter names written apart: पी.टी.आई., पी टी आई. */
    private static final Pattern SPELT_APART = Pattern.compile("[\\u0900-\\u097F]+(?:[.\\s]+[\\u0900-\\u097F]+)+\\.?");

    private LetterNames() {}

    /** {@code text} with each acronym read out in Devanagari ("PIB Delhi" → "पीआईबी Delhi"), or null if it has none. */
    static String spelledOut(String text) {
        Matcher m = ACRONYM.matcher(text);
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        do {
            StringBuilder letters = new StringBuilder();
            for (char c : m.group().toCharArray()) {
                letters.append(NAMES.get(c));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(letters.toString()));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Letter names typed apart joined into one word (पी.टी.आई. → पीटीआई); anything else as it is. */
    static String joined(String text) {
        String stripped = text.strip();
        if (!SPELT_APART.matcher(stripped).matches()) {
            return text;
        }
        List<String> parts = new ArrayList<>(List.of(stripped.split("[.\\s]+")));
        parts.removeIf(String::isEmpty);
        return parts.stream().allMatch(NAMES::containsValue) ? String.join("", parts) : text;
    }
}
