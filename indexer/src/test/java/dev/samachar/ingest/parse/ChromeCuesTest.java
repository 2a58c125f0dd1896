package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues only skip regex runs, never change a classification: every alternative of every
 * pattern passes its cue, and on real, generated and mangled pages the filter classifies each
 * line exactly as it did when every regex ran on every line (the reference below).
 */
class ChromeCuesTest {

    /** One example per alternative of each pattern, as the filter hands it over (lower-cased for the first two). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AD_LINE       | advertisements
            AD_LINE       | advertisement
            AD_LINE       | ad
            AD_LINE       | advertisement carousel
            AD_LINE       | sponsored
            AD_LINE       | ads
            AD_LINE       | विज्ञापन
            AD_LINE       | स्पॉन्सर्ड
            AD_LINE       | story continues below this ad
            SINGLE_CHROME | read time: 4 mins
            SINGLE_CHROME | 12 minutes read
            SINGLE_CHROME | पढ़ने का समय: 2 मिनट
            SINGLE_CHROME | visitor counter : 12
            SINGLE_CHROME | chatbot
            SINGLE_CHROME | आपका साथी
            SINGLE_CHROME | leave a comment here
            SINGLE_CHROME | your email address will not be published.
            SINGLE_CHROME | required fields are marked *
            SINGLE_CHROME | post comment
            SINGLE_CHROME | comments
            SINGLE_CHROME | add comment
            SINGLE_CHROME | टिप्पणियाँ
            SINGLE_CHROME | टिप्पणी करें
            SINGLE_CHROME | कमेंट करें
            SINGLE_CHROME | कमेंट्स
            SINGLE_CHROME | back to top button
            SINGLE_CHROME | scroll to top
            SINGLE_CHROME | top of page
            SINGLE_CHROME | follow us on x
            SINGLE_CHROME | follow on instagram
            SINGLE_CHROME | share via email
            SINGLE_CHROME | share
            SINGLE_CHROME | tweet
            SINGLE_CHROME | whatsapp
            SINGLE_CHROME | facebook
            SINGLE_CHROME | twitter
            SINGLE_CHROME | telegram
            SINGLE_CHROME | linkedin
            SINGLE_CHROME | download the news app now
            SINGLE_CHROME | get our app
            SINGLE_CHROME | open in app
            SINGLE_CHROME | subscribe to our channel
            SINGLE_CHROME | sign up for alerts
            SINGLE_CHROME | newsletter signup
            SINGLE_CHROME | click here to read
            SINGLE_CHROME | subscribe to our newsletter for the latest defence news from india and the region
            SINGLE_CHROME | हमें फॉलो करें ट्विटर पर
            SINGLE_CHROME | फॉलो करें
            SINGLE_CHROME | शेयर करें
            SINGLE_CHROME | ऐप डाउनलोड करें
            SINGLE_CHROME | डाउनलोड करें
            SINGLE_CHROME | सब्सक्राइब करें
            SINGLE_CHROME | tags: defence, india
            SINGLE_CHROME | टैग: रक्षा
            SINGLE_CHROME | topics: army
            SINGLE_CHROME | home › india
            SINGLE_CHROME | होम / देश
            BLOCK_HEADING | Related Videos
            BLOCK_HEADING | READ MORE:
            BLOCK_HEADING | Also Read - a headline
            BLOCK_HEADING | You may also like
            BLOCK_HEADING | More from India
            BLOCK_HEADING | Trending Now
            BLOCK_HEADING | Recommended for you
            BLOCK_HEADING | Top Stories
            BLOCK_HEADING | Latest News
            BLOCK_HEADING | Must Read
            BLOCK_HEADING | Featured Video Of The Day
            BLOCK_HEADING | Top Videos
            BLOCK_HEADING | Watch Video
            BLOCK_HEADING | More Videos
            BLOCK_HEADING | ये भी पढ़ें:-
            BLOCK_HEADING | यह भी पढ़ें: एक खबर
            BLOCK_HEADING | इसे भी पढ़ें
            BLOCK_HEADING | और पढ़ें
            BLOCK_HEADING | संबंधित खबरें
            BLOCK_HEADING | संबंधित ख़बरें
            BLOCK_HEADING | संबंधित लेख
            BLOCK_HEADING | ताज़ा खबरें
            BLOCK_HEADING | ताजा खबरें
            BLOCK_HEADING | वीडियो
            BLOCK_HEADING | टॉप वीडियो
            METADATA_LINE | Posted On: 04 OCT 2018
            METADATA_LINE | By Ravi ShankarEdited By: Publish:Mon, 24 Jul 2017
            METADATA_LINE | First Published on: 4 Oct
            METADATA_LINE | Last Updated: 5 Oct
            METADATA_LINE | Updated On : 5 Oct
            METADATA_LINE | By Ravi Edited By Amit
            METADATA_LINE | Edited By: Amit
            METADATA_LINE | Written by Amit
            METADATA_LINE | Reported By Amit
            METADATA_LINE | द्वारा प्रविष्टि तिथि: 04 OCT 2018
            METADATA_LINE | प्रकाशित तिथि: 4 अक्टूबर
            METADATA_LINE | अपडेटेड: 5 अक्टूबर
            METADATA_LINE | लेखक: अमित
            METADATA_LINE | (Release ID: 1548656) Visitor Counter : 399
            AD_PREFIXED   | Ad जय मेडिकल स्टोर
            AD_PREFIXED   | ADVERTISEMENT: shop now
            AD_PREFIXED   | विज्ञापन - दुकान
            AD_SUFFIXED   | First Chhattisgarh News AD
            AD_SUFFIXED   | Shop now Advertisement
            BYLINE        | By Krishna Bihari Singh
            BYLINE        | BY Amit
            SIGNATURE     | SRR/Nampi/DK/Rajib
            SIGNATURE     | आर.के.मीणा/अर्चना/जेके/सीएल-10513
            """)
    void everyAlternativePassesItsCue(String pattern, String line) {
        assertTrue(pattern(pattern).matcher(line).matches(), "the example must be one the pattern matches: " + line);
        assertTrue(cue(pattern).test(line), "the cue must let it through: " + line);
    }

    private static Pattern pattern(String name) {
        return switch (name) {
            case "AD_LINE" -> ChromeFilter.AD_LINE;
            case "SINGLE_CHROME" -> ChromeFilter.SINGLE_CHROME;
            case "BLOCK_HEADING" -> ChromeFilter.BLOCK_HEADING;
            case "METADATA_LINE" -> ChromeFilter.METADATA_LINE;
            case "AD_PREFIXED" -> ChromeFilter.AD_PREFIXED;
            case "AD_SUFFIXED" -> ChromeFilter.AD_SUFFIXED;
            case "BYLINE" -> ChromeFilter.BYLINE;
            case "SIGNATURE" -> ChromeFilter.SIGNATURE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The cue as the filter applies it: on the line, its lower-cased head or the lower-cased line. */
    private static Predicate<String> cue(String name) {
        return switch (name) {
            case "AD_LINE" -> l -> ChromeCues.mayBeAdLine(l, ChromeCues.lowerHead(l));
            case "SINGLE_CHROME" -> l -> ChromeCues.mayBeSingleChrome(ChromeCues.lowerHead(l));
            case "BLOCK_HEADING" -> l -> ChromeCues.mayBeBlockHeading(ChromeCues.lowerHead(l));
            case "METADATA_LINE" -> l -> ChromeCues.mayBeMetadata(l.toLowerCase(Locale.ROOT));
            case "AD_PREFIXED" -> l -> ChromeCues.mayBeAdPrefixed(l.toLowerCase(Locale.ROOT));
            case "AD_SUFFIXED" -> l -> ChromeCues.mayBeAdSuffixed(l.toLowerCase(Locale.ROOT));
            case "BYLINE" -> ChromeCues::mayBeByline;
            case "SIGNATURE" -> ChromeCues::mayBeSignature;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void whitespaceShortcutAgreesWithCharacterForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(
                    Character.isWhitespace((char) c),
                    ChromeFilter.isWhitespace((char) c),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void classifiesEveryLineAsTheRegexesAloneDid(@TempDir Path tmp) throws IOException {
        List<String> pool = new ArrayList<>();
        List<Path> pages = new ArrayList<>(new CorpusGenerator(42).write(tmp, 400));
        try (Stream<Path> seeds = Files.list(TestData.seeds());
                Stream<Path> samples = Files.list(TestData.samples())) {
            Stream.concat(seeds, samples)
                    .filter(p -> p.toString().endsWith(".txt"))
                    .forEach(pages::add);
        }
        List<List<String>> documents = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = ScrapedPageParser.lines(Files.readString(page, StandardCharsets.UTF_8));
            documents.add(lines);
            pool.addAll(lines);
        }
        // Mangled copies: other cases, cut lines, lines of one page spliced into another.
        Random random = new Random(7);
        for (int d = 0; d < 600; d++) {
            List<String> mangled = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                String line = pool.get(random.nextInt(pool.size()));
                mangled.add(
                        switch (random.nextInt(5)) {
                            case 0 -> line.toUpperCase(Locale.ROOT);
                            case 1 -> line.toLowerCase(Locale.ROOT);
                            case 2 -> line.substring(0, random.nextInt(line.length() + 1));
                            case 3 -> line.substring(random.nextInt(line.length() + 1));
                            default -> line;
                        });
            }
            documents.add(mangled);
        }
        ChromeFilter filter = new ChromeFilter();
        int lines = 0;
        for (List<String> document : documents) {
            assertEquals(Reference.classify(document), filter.classify(document), String.join("\n", document));
            lines += document.size();
        }
        assertTrue(lines > 20_000, "compared " + lines + " lines");
    }

    /** ChromeFilter as it was before the cues: every pattern on every line. */
    private static final class Reference {
        static List<LineKind> classify(List<String> lines) {
            List<LineKind> kinds = new ArrayList<>(lines.size());
            boolean inBlock = false;
            for (String raw : lines) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    kinds.add(LineKind.BLANK);
                    continue;
                }
                if (ChromeFilter.BLOCK_HEADING.matcher(line).matches() && wordCount(line) <= 30) {
                    inBlock = true;
                    kinds.add(LineKind.CHROME);
                    continue;
                }
                if (inBlock) {
                    if (isProse(line)) {
                        inBlock = false;
                    } else {
                        kinds.add(LineKind.CHROME);
                        continue;
                    }
                }
                kinds.add(classifyLine(line));
            }
            return kinds;
        }

        static LineKind classifyLine(String line) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (ChromeFilter.AD_LINE.matcher(lower).matches()
                    || ChromeFilter.SINGLE_CHROME.matcher(lower).matches()) {
                return LineKind.CHROME;
            }
            if (wordCount(line) <= 30
                    && !isProse(line)
                    && (ChromeFilter.AD_PREFIXED.matcher(line).matches()
                            || ChromeFilter.AD_SUFFIXED.matcher(line).matches())) {
                return LineKind.CHROME;
            }
            if (line.length() <= 400
                    && !isProse(line)
                    && ChromeFilter.METADATA_LINE.matcher(line).matches()) {
                return LineKind.METADATA;
            }
            if (ChromeFilter.BYLINE.matcher(line).matches()
                    || ChromeFilter.SIGNATURE.matcher(line).matches() && !line.contains(" ")) {
                return LineKind.METADATA;
            }
            return LineKind.TEXT;
        }

        static boolean isProse(String line) {
            return wordCount(line) > 12 && endsLikeSentence(line);
        }

        static boolean endsLikeSentence(String line) {
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

        static boolean isClosing(char c) {
            return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')';
        }

        static int wordCount(String line) {
            int count = 0;
            boolean inWord = false;
            for (int i = 0; i < line.length(); i++) {
                boolean space = Character.isWhitespace(line.charAt(i));
                if (!space && !inWord) {
                    count++;
                }
                inWord = !space;
            }
            return count;
        }
    }
}
