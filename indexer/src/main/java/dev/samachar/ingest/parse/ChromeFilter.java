package dev.samachar.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Separates page chrome from article text in scraped pages, line by line.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Single chrome lines: breadcrumbs ("Home / India / Defence"), ad markers ("Advertisement", "Ad", "विज्ञापन", "Ad &lt;shop&gt;..."),
 *       read-time lines, visitor counters, chat widgets, comment forms, back-to-top links,
 *       follow/share/app prompts, tag lists.</li>
 *   <li>Chrome blocks: a heading such as "Related Articles", "Read More", "Also Read",
 *       "ये भी पढ़ें", "Featured Video Of The Day" starts a block that swallows the following
 *       headline-like lines (short, without sentence-final punctuation) up to the next prose
 *       paragraph. Related headlines name other countries and people, so letting one through
 *       would put a wrong country in the facets.</li>
 *   <li>Metadata lines: bylines, "Posted On"/"Publish"/"Updated" lines, PIB release-id lines and
 *       PIB signature lines ("SRR/Nampi/DK/Rajib"). The parser reads them, then they are dropped.</li>
 * </ol>
 * Everything else is article text. The rules are conservative about prose: a long line that ends
 * like a sentence is never chrome, whatever words it contains.
 */
public final class ChromeFilter {

    static final Pattern AD_LINE = Pattern.compile(
            "(?i)(advertisements?|advertisement carousel|sponsored|ads?|विज्ञापन|स्पॉन्सर्ड|story continues below( this)? ad)");
    /**
     * An ad marker glued to the ad: "Ad: …", "ADVERTISEMENT | …", "विज्ञापन - …", or the Latin marker
     * before text in another script ("Ad जय मेडिकल स्टोर …"). Not "Ad sales boost Time Warner profit":
     * the marker followed by a Latin word is an English sentence that starts with the word "ad".
     */
    static final Pattern AD_PREFIXED = Pattern.compile(
            "(?i)^((ad|advertisement|विज्ञापन)\\s*([:|·•]|\\s[-–—])\\s*\\S.*|(ad|advertisement)\\s+[^\\p{IsLatin}\\p{IsCommon}].*)");
    /** A credit line that ends with the capitalised marker: "First Chhattisgarh News Ad", not "… pulls ad". */
    static final Pattern AD_SUFFIXED = Pattern.compile(".*\\S\\s(Ad|AD|Advertisement|ADVERTISEMENT)$");

    static final Pattern SINGLE_CHROME = Pattern.compile("(?i)^("
            + "read time\\s*:.*|\\d+\\s*min(s|ute|utes)?\\s+read|पढ़ने का समय.*"
            + "|visitor counter\\s*:?\\s*\\d*"
            + "|chat ?bot|आपका साथी"
            + "|leave a (reply|comment).*|your email address will not be published.*|required fields are marked.*"
            + "|post comment|comments?|add comment|टिप्पणियाँ|टिप्पणी करें|कमेंट करें|कमेंट्स"
            + "|back to top( button)?|scroll to top|top of page"
            + "|follow us.*|follow on .*|share (this|on|via|article|story).*|share|tweet|whatsapp|facebook|twitter|telegram|linkedin"
            + "|(download|get) (the|our) .*app.*|open in app|click here.*"
            // Prompts, not headlines that start with the same word ("Subscribers flock to …", "Sign-up surge …").
            + "|subscribe( (now|today|here|to|for)\\b.*)?|sign up( (now|today|here|to|for)\\b.*)?|newsletter( sign ?up.*|\\s*[:|].*)?"
            + "|हमें फॉलो करें.*|फॉलो करें.*|शेयर करें.*|ऐप डाउनलोड करें.*|डाउनलोड करें.*|सब्सक्राइब करें.*"
            + "|tags?\\s*:.*|टैग\\s*:.*|topics?\\s*:.*"
            + "|(home|होम)\\s*[/>»›|].*"
            + ")$");
    static final Pattern BLOCK_HEADING = Pattern.compile("(?i)^("
            + "related( articles| stories| news| posts| videos)?|read more|also read|you may also like|more from .*"
            + "|trending( now| news)?|recommended( for you| stories)?|top stories|latest news|must read"
            + "|featured video of the day|top videos|watch( video)?|more videos"
            + "|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|और पढ़ें|संबंधित खबरें|संबंधित ख़बरें|संबंधित लेख|ताज़ा खबरें|ताजा खबरें"
            + "|वीडियो|टॉप वीडियो)"
            + "(\\s*[:：|\\-–—]+.*|\\s*)$");
    static final Pattern METADATA_LINE = Pattern.compile("(?i)^("
            + "posted on\\b.*|.*\\bpublish(ed)?\\s*(on)?\\s*:.*|.*\\bupdated\\s*(on)?\\s*:.*|last updated.*"
            + "|by\\s+\\S.*edited by.*|edited by.*|written by.*|reported by.*"
            + "|.*(द्वारा )?प्रविष्टि तिथि.*|प्रकाशित\\s*(तिथि)?\\s*:.*|अपडेट(ेड)?\\s*:.*|लेखक\\s*:.*"
            + "|\\(?release id\\s*:?\\s*\\d+\\)?.*)$");
    /** "By Krishna Bihari Singh": a capitalised name of at most five words, nothing else. */
    static final Pattern BYLINE = Pattern.compile("^(By|BY)\\s+\\p{Lu}[\\p{L}.]*(\\s+\\p{Lu}[\\p{L}.]*){0,4}$");
    /** PIB closes with the initials of the officers who cleared the release, e.g. "SRR/Nampi/DK/Rajib". */
    static final Pattern SIGNATURE = Pattern.compile("^[\\p{L}\\p{M}.\\-0-9]+(/[\\p{L}\\p{M}.\\-0-9 ]+){2,}$");

    /** Headlines in a related block are short; prose that resumes the article is long and punctuated. */
    private static final int HEADLINE_MAX_WORDS = 12;
    /** "यह भी पढ़ें: <a whole headline>" comes on one line. */
    private static final int HEADING_MAX_WORDS = 30;

    public List<LineKind> classify(List<String> lines) {
        return classify(lines, wordCounts(lines));
    }

    /** @param wordCounts {@link #wordCount} of each line, which callers that need them too compute once */
    List<LineKind> classify(List<String> lines, int[] wordCounts) {
        List<LineKind> kinds = new ArrayList<>(lines.size());
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                kinds.add(LineKind.BLANK);
                continue;
            }
            int words = wordCounts[i];
            String head = ChromeCues.lowerHead(line);
            if (ChromeCues.mayBeBlockHeading(head)
                    && BLOCK_HEADING.matcher(line).matches()
                    && words <= HEADING_MAX_WORDS) {
                inBlock = true;
                kinds.add(LineKind.CHROME);
                continue;
            }
            if (inBlock) {
                if (isProse(line, words)) {
                    inBlock = false;
                } else {
                    kinds.add(LineKind.CHROME);
                    continue;
                }
            }
            kinds.add(classifyLine(line, head, words));
        }
        return kinds;
    }

    static LineKind classifyLine(String line) {
        return classifyLine(line, ChromeCues.lowerHead(line), wordCount(line));
    }

    /**
     * The single-line rules. Each regex runs only when the line has the cue it needs (see
     * {@link ChromeCues}); the order of the rules, and so the outcome, is that of the patterns alone.
     */
    private static LineKind classifyLine(String line, String head, int words) {
        boolean adLine = ChromeCues.mayBeAdLine(line, head);
        boolean singleChrome = ChromeCues.mayBeSingleChrome(head);
        boolean prose = isProse(line, words);
        // Only rules with a cue, and the rules for short lines, need the whole line lower-cased;
        // most paragraphs need neither.
        String lower = adLine || singleChrome || !prose ? line.toLowerCase(Locale.ROOT) : null;
        if (adLine && AD_LINE.matcher(lower).matches()
                || singleChrome && SINGLE_CHROME.matcher(lower).matches()) {
            return LineKind.CHROME;
        }
        if (words <= HEADING_MAX_WORDS
                && !prose
                && (ChromeCues.mayBeAdPrefixed(lower)
                                && AD_PREFIXED.matcher(line).matches()
                        || ChromeCues.mayBeAdSuffixed(lower)
                                && AD_SUFFIXED.matcher(line).matches())) {
            return LineKind.CHROME;
        }
        // Prose first: it is cheap, and most lines are paragraphs, on which the regex backtracks at every word.
        if (line.length() <= 400
                && !prose
                && ChromeCues.mayBeMetadata(lower)
                && METADATA_LINE.matcher(line).matches()) {
            return LineKind.METADATA;
        }
        if (ChromeCues.mayBeByline(line) && BYLINE.matcher(line).matches()
                || ChromeCues.mayBeSignature(line) && SIGNATURE.matcher(line).matches()) {
            return LineKind.METADATA;
        }
        return LineKind.TEXT;
    }

    /** {@link #wordCount} of every line. */
    static int[] wordCounts(List<String> lines) {
        int[] counts = new int[lines.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = wordCount(lines.get(i));
        }
        return counts;
    }

    private static boolean isShort(String line) {
        return wordCount(line) <= HEADLINE_MAX_WORDS;
    }

    /** A paragraph of the article: many words and a sentence-final mark. */
    static boolean isProse(String line) {
        return isProse(line, wordCount(line));
    }

    /** @param words {@link #wordCount} of the line, when the caller has it */
    static boolean isProse(String line, int words) {
        return words > HEADLINE_MAX_WORDS && endsLikeSentence(line);
    }

    static boolean endsLikeSentence(String line) {
        // The last character before closing quotes, brackets and spaces.
        int end = line.length();
        while (end > 0 && isClosing(line.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = line.charAt(end - 1);
        return last == '.' || last == '।' || last == '?' || last == '!' || last == '॥';
    }

    private static boolean isClosing(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')';
    }

    static int wordCount(String line) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * {@link Character#isWhitespace}, answered without the Unicode tables for the letters and
     * Devanagari that make up almost every char: no white space lies in 0x21..0x167F.
     */
    static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
    }
}
