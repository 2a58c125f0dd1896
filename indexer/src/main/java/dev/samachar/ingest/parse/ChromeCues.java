package dev.samachar.ingest.parse;

import java.util.Arrays;
import java.util.Locale;

/**
 * Cheap necessary conditions for the line rules of {@link ChromeFilter}: the literal words each
 * rule's pattern cannot match without. A line without any cue of a rule cannot match it, so the
 * regex, which tries every alternative at every line, runs only on the few lines that have one;
 * it still decides. Most lines of a page are paragraphs that have no cue at all.
 *
 * <p>Cues are deliberately shorter than the patterns' words (a first word, not the phrase), so
 * that a cue never misses a line the pattern would match: a cue that is too wide costs a regex
 * run, one that is too narrow would change the classification. ChromeCuesTest checks every
 * alternative of every pattern against its cue.
 */
final class ChromeCues {

    private ChromeCues() {}

    /**
     * {@code AD_LINE} is a whole-line match of short phrases, the longest "story continues below
     * this ad" (29 chars lower-cased); a line takes at most two chars per char of its lower-case
     * form, so a longer line than this cannot match.
     */
    private static final int AD_LINE_MAX_CHARS = 64;

    /**
     * How much of a line the prefix cues look at, lower-cased: more than any cue. Lower-casing maps
     * each char on its own (only Σ looks at what follows, and no cue has σ or ς), so the head of
     * the lower-cased line starts with a cue exactly when the whole lower-cased line does, and
     * paragraphs need not be lower-cased whole to be told apart from chrome.
     */
    static final int HEAD_CHARS = 48;

    /** First words of the alternatives of {@code SINGLE_CHROME}, lower case. */
    private static final Prefixes SINGLE_CHROME = new Prefixes(
            "read",
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "पढ",
            "visitor",
            "chat",
            "आपका",
            "leave",
            "your",
            "required",
            "post",
            "comment",
            "add",
            "टिप्पण",
            "कमेंट",
            "back",
            "scroll",
            "top",
            "follow",
            "share",
            "tweet",
            "whatsapp",
            "facebook",
            "twitter",
            "telegram",
            "linkedin",
            "download",
            "get",
            "open",
            "subscribe",
            "sign",
            "newsletter",
            "click",
            "हमें",
            "फॉलो",
            "शेयर",
            "ऐप",
            "डाउनलोड",
            "सब्सक्राइब",
            "tag",
            "टैग",
            "topic",
            "home",
            "होम");

    /** First words of the alternatives of {@code BLOCK_HEADING}, lower case. */
    private static final Prefixes BLOCK_HEADING = new Prefixes(
            "related",
            "read",
            "also",
            "you",
            "more",
            "trending",
            "recommended",
            "top",
            "latest",
            "must",
            "featured",
            "watch",
            "ये",
            "यह",
            "इसे",
            "और",
            "संबंधित",
            "ताज",
            "वीडियो",
            "टॉप");

    /** Words of {@code METADATA_LINE} that every alternative contains, lower case. */
    private static final String[] METADATA = {
        "posted on",
        "publish",
        "updated",
        "edited by",
        "written by",
        "reported by",
        "प्रविष्टि",
        "प्रकाशित",
        "अपडेट",
        "लेखक",
        "release id"
    };

    /** The first {@value #HEAD_CHARS} chars of a line, lower-cased, for the prefix cues. */
    static String lowerHead(String line) {
        return (line.length() <= HEAD_CHARS ? line : line.substring(0, HEAD_CHARS)).toLowerCase(Locale.ROOT);
    }

    /** First words of the alternatives of {@code AD_LINE}, lower case. */
    private static final Prefixes AD_LINE = new Prefixes("ad", "sponsored", "विज्ञापन", "स्पॉन", "story");

    /**
     * Whether {@code line} may be an ad marker line.
     *
     * @param head {@link #lowerHead} of the line
     */
    static boolean mayBeAdLine(String line, String head) {
        return line.length() <= AD_LINE_MAX_CHARS && AD_LINE.startsAny(head);
    }

    /** @param head {@link #lowerHead} of the line */
    static boolean mayBeSingleChrome(String head) {
        return SINGLE_CHROME.startsAny(head);
    }

    /** @param head {@link #lowerHead} of the line */
    static boolean mayBeBlockHeading(String head) {
        return BLOCK_HEADING.startsAny(head);
    }

    static boolean mayBeMetadata(String lower) {
        for (String cue : METADATA) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** {@code AD_PREFIXED} starts with "ad", "advertisement" or "विज्ञापन". */
    static boolean mayBeAdPrefixed(String lower) {
        return lower.startsWith("ad") || lower.startsWith("विज्ञापन");
    }

    /** {@code AD_SUFFIXED} ends with "ad" or "advertisement" (a whole-line match: nothing after it). */
    static boolean mayBeAdSuffixed(String lower) {
        return lower.endsWith("ad") || lower.endsWith("advertisement");
    }

    /** {@code BYLINE} starts with "By" or "BY", in that case. */
    static boolean mayBeByline(String line) {
        return line.startsWith("By") || line.startsWith("BY");
    }

    /** {@code SIGNATURE} is one token of at least three parts joined by slashes. */
    static boolean mayBeSignature(String line) {
        return line.indexOf('/') >= 0 && !line.contains(" ");
    }

    /** Literal prefixes, looked up by first char so a line is compared with the few that could fit. */
    static final class Prefixes {
        /** Prefixes by first char, for the chars of ASCII and Devanagari; other first chars have none. */
        private final String[][] byFirstChar = new String[0x0980][];

        Prefixes(String... prefixes) {
            for (String p : prefixes) {
                char first = p.charAt(0);
                String[] known = byFirstChar[first];
                String[] grown = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
                grown[grown.length - 1] = p;
                byFirstChar[first] = grown;
            }
        }

        boolean startsAny(String s) {
            if (s.isEmpty() || s.charAt(0) >= byFirstChar.length) {
                return false;
            }
            String[] candidates = byFirstChar[s.charAt(0)];
            if (candidates == null) {
                return false;
            }
            for (String p : candidates) {
                if (s.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }
}
