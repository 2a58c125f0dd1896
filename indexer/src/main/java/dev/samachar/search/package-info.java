/**
 * Searching the index, for the CLI and the search page alike: the query language, the facet filters resolved to the
 * values the index holds, the tiered text query over exact and cross-script fields, hits with facets and highlights,
 * and exports of every hit.
 */
package dev.samachar.search;
