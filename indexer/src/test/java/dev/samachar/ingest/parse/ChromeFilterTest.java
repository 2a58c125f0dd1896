package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One line at a time: what each kind of page furniture is classified as. */
class ChromeFilterTest {

    private final ChromeFilter filter = new ChromeFilter();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Advertisement                                             | CHROME   | ad marker
            Advertisements                                            | CHROME   | ad marker, plural
            Advertisement Carousel                                    | CHROME   | ad carousel
            विज्ञापन                                                   | CHROME   | Hindi ad marker
            Ad                                                        | CHROME   | bare ad marker
            Ad जय मेडिकल स्टोर स्थान: भारत माता चौक बिलासपुर रोड सारंगढ़     | CHROME   | ad text after the marker
            First Chhattisgarh News Ad                                | CHROME   | ad credit line
            Read Time: 15 mins                                        | CHROME   | read time
            5 min read                                                | CHROME   | read time, other style
            chat bot                                                  | CHROME   | chat widget
            आपका साथी                                                  | CHROME   | chat widget, Hindi
            Leave a Reply                                             | CHROME   | comment form
            Your email address will not be published. Required fields are marked * | CHROME | comment form
            Back to top button                                        | CHROME   | site navigation
            Home / India / Defence                                    | CHROME   | breadcrumb
            Follow us on Twitter                                      | CHROME   | follow prompt
            Download the app for the latest news                      | CHROME   | app prompt
            शेयर करें                                                   | CHROME   | share prompt, Hindi
            Posted On: 04 OCT 2018 7:50PM by PIB Delhi                | METADATA | PIB posted-on line
            Publish:Fri, 09 Apr 2021 07:41 PM (IST)                   | METADATA | Jagran publish line
            (Release ID: 1548656) Visitor Counter : 399               | METADATA | PIB release line
            SRR/Nampi/DK/Rajib                                        | METADATA | PIB signature initials
            आर.के.मीणा/अर्चना/जेके/सीएल-10513                             | METADATA | PIB signature, Hindi
            By Krishna Bihari Singh                                   | METADATA | byline
            India and Kazakhstan agree to boost Defence Cooperation   | TEXT     | a headline
            Related developments were discussed by both ministers at length during the two days of talks. | TEXT | prose starting with a chrome word
            Advertisement spending by the ministry rose sharply in the year, officials told reporters on Friday. | TEXT | prose starting with 'Advertisement'
            Ad sales boost Time Warner profit                         | TEXT     | BBC headline that starts with the word 'Ad'
            Ad firm WPP's profits surge 15%                           | TEXT     | BBC headline, 'Ad' then a Latin word
            Watchdog bans betting ad                                  | TEXT     | headline ending in a lower-case 'ad'
            Subscribers flock to new broadband deals                  | TEXT     | headline starting like a subscribe prompt
            Sign-up surge for online tax returns                      | TEXT     | headline starting like a sign-up prompt
            Ad: book your tour today                                  | CHROME   | ad marker with a colon
            """)
    void classifiesSingleLines(String line, LineKind expected, String why) {
        assertEquals(expected, filter.classify(List.of(line)).get(0), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ये भी पढ़ें:-
            Related Articles
            Read More:
            Also Read
            Featured Video Of The Day
            यह भी पढ़ें: जापान में भूकंप के तेज झटके, टोक्यो में मेट्रो सेवाएं कुछ देर के लिए रोकी गईं
            """)
    void blockHeadingSwallowsHeadlinesUntilProseResumes(String heading) {
        String headline = "लातिन अमेरिका के साथ व्यापार संबंध बढ़ाना चाहता है भारत: जयशंकर";
        String prose =
                "रक्षा मंत्रालय ने कहा कि बैठकों के दौरान तीनों देशों के साथ रक्षा सहयोग के समग्र कार्यक्षेत्र की समीक्षा की गई।";
        assertEquals(
                List.of(LineKind.CHROME, LineKind.CHROME, LineKind.BLANK, LineKind.CHROME, LineKind.TEXT),
                filter.classify(List.of(heading, headline, "", headline, prose)));
    }
}
