/**
 * {@code samachar synonyms}: proposes transliteration groups (a Latin name and its Devanagari spellings) mined from
 * the indexed corpus, filters out ordinary words and names Samachar already knows, and keeps the accepted groups in
 * {@code mappings/synonyms.tsv}.
 */
package dev.samachar.synonyms;
