package dev.samachar.ingest.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the article credits: "PIB Delhi" from a PIB posted-on line, or a news agency named in the
 * dateline ("नई दिल्ली, पीटीआइ।", "NEW DELHI (PTI) —", "New Delhi, Mar 12 (IANS):").
 */
public final class SourceCredit {

    private static final Pattern PIB = Pattern.compile("(?i)\\bby\\s+(PIB(?:\\s+[A-Z][\\p{L}]+){0,2})\\s*$");
    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("pti", "PTI"),
            Map.entry("पीटीआइ", "PTI"),
            Map.entry("पीटीआई", "PTI"),
            Map.entry("भाषा", "PTI Bhasha"),
            Map.entry("ians", "IANS"),
            Map.entry("आईएएनएस", "IANS"),
            Map.entry("ani", "ANI"),
            Map.entry("एएनआई", "ANI"),
            Map.entry("uni", "UNI"),
            Map.entry("यूएनआई", "UNI"),
            Map.entry("वार्ता", "UNI Varta"),
            Map.entry("reuters", "Reuters"),
            Map.entry("रायटर", "Reuters"),
            Map.entry("रॉयटर्स", "Reuters"),
            Map.entry("afp", "AFP"),
            Map.entry("एएफपी", "AFP"));
    private static final String AGENCY =
            "(PTI|IANS|ANI|UNI|Reuters|AFP|पीटीआइ|पीटीआई|भाषा|आईएएनएस|एएनआई|यूएनआई|वार्ता|रायटर|रॉयटर्स|एएफपी)";
    private static final String[] AGENCY_NAMES =
            AGENCY.substring(1, AGENCY.length() - 1).split("\\|");
    /**
     * "Place, AGENCY।", "Place, Mar 12 (AGENCY):", "Place [India], March 14 (AGENCY):" at the start
     * of a paragraph: the agency must be closed by a bracket or punctuation, so a sentence that
     * merely names an agency later on does not count.
     */
    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "^[\\p{L}\\p{M}\\p{N} .,\\[\\]]{2,60}?[,\\s(]\\s*\\(?" + AGENCY + "(\\)|\\s*[।.:|\\-–—])",
            Pattern.CASE_INSENSITIVE);
    /** "By ANI", "Written by PTI", "Source: IANS". */
    private static final Pattern BYLINE_CREDIT = Pattern.compile(
            "^(?:(?:written |reported |edited )?by|source|स्रोत|एजेंसी)?\\s*:?\\s*" + AGENCY + "\\s*$",
            Pattern.CASE_INSENSITIVE);

    private SourceCredit() {}

    public static Optional<String> pibOffice(String postedOnLine) {
        Matcher m = PIB.matcher(postedOnLine.strip());
        return m.find() ? Optional.of(m.group(1).replaceAll("\\s+", " ")) : Optional.empty();
    }

    public static Optional<String> agencyInByline(String line) {
        String stripped = line.strip();
        // Asked of every line of a page, and only lines that end with an agency's name can match.
        if (!endsWithAgency(stripped)) {
            return Optional.empty();
        }
        Matcher m = BYLINE_CREDIT.matcher(stripped);
        return m.matches() ? canonical(m.group(1)) : Optional.empty();
    }

    public static Optional<String> agencyInDateline(String paragraph) {
        String head = paragraph.length() > 120 ? paragraph.substring(0, 120) : paragraph;
        Matcher m = DATELINE_CREDIT.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        return canonical(m.group(1));
    }

    /** Whether the line ends with a name of {@link #AGENCY}, ignoring case as the patterns do. */
    static boolean endsWithAgency(String line) {
        for (String agency : AGENCY_NAMES) {
            if (line.regionMatches(true, line.length() - agency.length(), agency, 0, agency.length())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> canonical(String agency) {
        return Optional.ofNullable(AGENCIES.get(agency.toLowerCase(Locale.ROOT)));
    }
}
