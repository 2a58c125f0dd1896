/**
 * The people, organisations and events of the gazetteer ({@code mappings/gazetteer.tsv}) in an English or Hindi text,
 * by their canonical names. Spellings in either script meet on loose forms (the romanised, spelling-tolerant keys of a
 * word), through a phrase index that also requires titles and blocks phrases where the gazetteer says so.
 */
package dev.samachar.ingest.entities;
