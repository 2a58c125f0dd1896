package dev.samachar.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the unit tests under a default locale and time zone picked at random per run, never India's
 * (+05:30, where the articles are dated): code that formats, parses, lower-cases or dates with the
 * machine's defaults instead of explicit ones fails here rather than on a user's machine. On only
 * where the build asks for it ({@value #ENABLED}, set for the indexer's surefire run); the choice is
 * printed with the properties that repeat it ({@value #LOCALE}, {@value #TIME_ZONE}).
 */
public final class RandomLocaleAndZone implements LauncherSessionListener {

    static final String ENABLED = "samachar.tests.randomLocale";
    static final String LOCALE = "tests.locale";
    static final String TIME_ZONE = "tests.timezone";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean(ENABLED)) {
            return;
        }
        Random random = new Random();
        String localeTag = System.getProperty(LOCALE, pick(random, locales()));
        String zone = System.getProperty(TIME_ZONE, pick(random, zonesOutsideIndia()));
        Locale.setDefault(Locale.forLanguageTag(localeTag));
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
        System.out.println("Tests run under locale " + localeTag + " and time zone " + zone + " (repeat with -D"
                + LOCALE + "=" + localeTag + " -D" + TIME_ZONE + "=" + zone + ")");
    }

    private static List<String> locales() {
        return Arrays.stream(Locale.getAvailableLocales())
                .map(Locale::toLanguageTag)
                .filter(tag -> !tag.equals("und"))
                .sorted()
                .toList();
    }

    private static List<String> zonesOutsideIndia() {
        Instant now = Instant.now();
        int india = ZoneId.of("Asia/Kolkata").getRules().getOffset(now).getTotalSeconds();
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> ZoneId.of(id).getRules().getOffset(now).getTotalSeconds() != india)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
