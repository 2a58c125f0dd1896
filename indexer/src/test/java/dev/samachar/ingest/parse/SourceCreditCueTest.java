package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The agency-at-the-end shortcut of {@link SourceCredit#agencyInByline}: every agency passes, in any case. */
class SourceCreditCueTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            By PTI              | PTI
            by pti              | PTI
            Source: IANS        | IANS
            Written by ANI      | ANI
            edited by UNI       | UNI
            By Reuters          | Reuters
            REPORTED BY AFP     | AFP
            स्रोत: पीटीआइ        | PTI
            पीटीआई              | PTI
            एजेंसी: भाषा         | PTI Bhasha
            आईएएनएस             | IANS
            एएनआई               | ANI
            यूएनआई              | UNI
            वार्ता               | UNI Varta
            रायटर               | Reuters
            रॉयटर्स              | Reuters
            एएफपी               | AFP
            """)
    void everyAgencyBylinePassesTheCueAndIsRead(String line, String agency) {
        assertTrue(SourceCredit.endsWithAgency(line), line);
        assertEquals(agency, SourceCredit.agencyInByline(line).orElseThrow());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            By Krishna Bihari Singh
            PTI said the talks went well.
            ''
            """)
    void otherLinesHaveNoAgencyByline(String line) {
        assertTrue(SourceCredit.agencyInByline(line).isEmpty(), line);
    }
}
