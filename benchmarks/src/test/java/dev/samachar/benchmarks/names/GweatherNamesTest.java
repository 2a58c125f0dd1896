package dev.samachar.benchmarks.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GweatherNamesTest {

    private static final String XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE gweather SYSTEM "locations.dtd">
            <gweather format="1.0">
              <named-timezone><_name>Coordinated Universal Time (UTC)</_name></named-timezone>
              <region>
                <_name>Asia</_name>
                <country>
                  <_name msgctxt="Country">India</_name>
                  <iso-code>IN</iso-code>
                  <state>
                    <_name msgctxt="State in India">Uttar Pradesh</_name>
                    <city>
                      <_name>Lucknow</_name>
                      <location><name>Amausi Airport</name></location>
                    </city>
                    <city><_name>Kanpur</_name></city>
                  </state>
                </country>
                <country>
                  <_name msgctxt="Country">Nepal</_name>
                  <iso-code>NP</iso-code>
                  <city><_name>Pokhara</_name></city>
                </country>
              </region>
            </gweather>
            """;

    @Test
    void pairsNamesWithTheirTranslationAndCountry() throws Exception {
        MoCatalog hindi = MoCatalog.parse(MoCatalogTest.mo(
                ByteOrder.LITTLE_ENDIAN,
                "Asia",
                "एशिया",
                "Country\u0004India",
                "भारत",
                "State in India\u0004Uttar Pradesh",
                "उत्तर प्रदेश",
                "Lucknow",
                "लखनऊ",
                "Country\u0004Nepal",
                "नेपाल",
                "Pokhara",
                "Pokhara")); // untranslated in effect: no Devanagari
        List<NamePair> pairs =
                GweatherNames.pairs(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), hindi);
        assertEquals(
                List.of(
                        new NamePair("India", "भारत", NamePair.GWEATHER, "IN"),
                        new NamePair("Uttar Pradesh", "उत्तर प्रदेश", NamePair.GWEATHER, "IN"),
                        new NamePair("Lucknow", "लखनऊ", NamePair.GWEATHER, "IN"),
                        new NamePair("Nepal", "नेपाल", NamePair.GWEATHER, "NP")),
                pairs);
    }
}
