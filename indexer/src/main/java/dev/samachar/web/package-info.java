/**
 * The search page ({@code samachar serve}): an HTTP server that renders HTML on the server from a state carried in the
 * URL, with facets, a timeline, highlighted hits and paging; the browser never talks to Elasticsearch.
 */
package dev.samachar.web;
