/**
 * The countries an English or Hindi text mentions, as ISO 3166-1 alpha-2 codes: names from CLDR and {@code
 * mappings/countries.tsv} found as dictionary phrases, then kept only where the words around them ({@code
 * mappings/country-context.tsv}, US places) say the text means the country.
 */
package dev.samachar.ingest.countries;
