package dev.samachar.benchmarks.names;

/**
 * One place name in English and in Hindi, as a source lists it.
 *
 * @param english the English (Latin) name, capitalisation kept
 * @param hindi the Hindi (Devanagari) name
 * @param source where the pair comes from: {@link #GWEATHER} or {@link #NPM}
 * @param country ISO 3166 code of the country ("IN" for India), or "" when unknown
 */
public record NamePair(String english, String hindi, String source, String country) {

    public static final String GWEATHER = "libgweather";
    public static final String NPM = "npm";

    public boolean indian() {
        return "IN".equals(country);
    }

    public boolean gweather() {
        return GWEATHER.equals(source);
    }
}
