package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.ingest.dates.DatelineParser;
import dev.samachar.ingest.files.UnreadableFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The headline is found by the page's layout (a line, a blank line, paragraphs), at any length:
 * the short headlines below are real ones (BBC, Prabhat Khabar) that a word-count rule dropped.
 */
class HeadlineLayoutTest {

    private final ScrapedPageParser parser = new ScrapedPageParser(new DatelineParser());

    private Article parse(String page) throws UnreadableFileException {
        return parser.parse(Path.of("page.txt"), page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Microsoft releases patches",
                "Bates seals takeover",
                "Ireland 21-19 Argentina",
                "झारखंड सरकार सजग",
                "क्या-क्या खुलेगा रहेगा",
                "Ad sales boost Time Warner profit",
                "Recession"
            })
    void aHeadlineOfAnyLengthIsTheTitleAndStaysOutOfTheBody(String headline) throws UnreadableFileException {
        String paragraph = headline.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F)
                ? "राज्य सरकार ने कहा कि सभी जिलों में जांच की व्यवस्था कर दी गई है और लोगों से घरों में रहने की अपील की गई है।"
                : "The company said on Tuesday that the change would take effect next month, after talks with its partners.";
        Article article =
                parse(headline + "\n\n" + paragraph + "\n\nA second paragraph follows here, as in any article.\n");
        assertEquals(headline, article.title());
        assertTrue(article.body().startsWith(paragraph), article.body());
        assertFalse(article.body().contains(headline), "the headline is not repeated in the body");
    }

    @Test
    void aSectionLabelAboveTheHeadlineIsNotTheTitle() throws UnreadableFileException {
        Article article = parse(
                "देश\n\nआर्मेनिया को स्वदेशी तोपों की आपूर्ति करेगी भारतीय कंपनी\n\n"
                        + "पुणे की एक निजी रक्षा कंपनी ने आर्मेनिया को तोपों की आपूर्ति का अनुबंध किया है, कंपनी ने शनिवार को बताया।\n");
        assertEquals("आर्मेनिया को स्वदेशी तोपों की आपूर्ति करेगी भारतीय कंपनी", article.title());
    }

    @Test
    void aShortHeadlineAboveASentenceIsNoLabel() throws UnreadableFileException {
        Article article = parse("जम्मू और कश्मीर\n\nजम्मू और कश्मीर में लॉकडाउन के लिए नए नियम जारी किए गए ।\n");
        assertEquals("जम्मू और कश्मीर", article.title());
    }

    @Test
    void aLiveBlogStampIsNotTheTitleButDatesThePage() throws UnreadableFileException {
        Article article = parse("11:36 AM, 29-MAR-2020\n\nप्रधानमंत्री ने मन की बात में लोगों से घर में रहने को कहा\n\n"
                + "प्रधानमंत्री ने रविवार को कहा कि लॉकडाउन का पालन सबके लिए जरूरी है और इससे ही संक्रमण रुकेगा।\n");
        assertEquals("प्रधानमंत्री ने मन की बात में लोगों से घर में रहने को कहा", article.title());
        assertEquals("2020-03-29T11:36:00+05:30", article.publishedIso());
        assertFalse(article.body().contains("29-MAR-2020"), article.body());
    }

    @Test
    void aShortArticleIsAnArticle() throws UnreadableFileException {
        Article article = parse("Bates seals takeover\n\nKen Bates has completed his takeover of Leeds.\n");
        assertEquals("Bates seals takeover", article.title());
        assertEquals("Ken Bates has completed his takeover of Leeds.", article.body());
    }

    @Test
    void aShortArticleOfAFewWordsIsKept() throws UnreadableFileException {
        Article article = parse("Ireland 21-19 Argentina\n\nFull report to follow\n");
        assertEquals("Ireland 21-19 Argentina", article.title());
        assertEquals("Full report to follow", article.body());
    }

    @Test
    void aPageOfProseOnlyIsTitledByItsOpeningWords() throws UnreadableFileException {
        String first = "The central bank left interest rates unchanged on Thursday, saying that inflation was still "
                + "within its target range and that growth had slowed in the last quarter of the year.";
        Article article =
                parse(first + "\n\nAnalysts had expected the decision, which follows two cuts earlier in the year.\n");
        assertEquals(
                "The central bank left interest rates unchanged on Thursday, saying that inflation …", article.title());
        assertTrue(article.body().startsWith(first), article.body());
    }
}
