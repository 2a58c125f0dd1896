package dev.samachar.ingest.countries;

/**
 * One place a text names a country.
 *
 * @param code  ISO 3166-1 alpha-2
 * @param start offset of the first char, inclusive
 * @param end   offset after the last char
 * @param text  the text matched ("India’s", "अमेरिकी")
 */
public record CountryMention(String code, int start, int end, String text) {}
