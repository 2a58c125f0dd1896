/**
 * Turns a parsed article into the document the index stores: its stable id, countries, the people, organisations,
 * events and synonym groups it names, and the loose forms of its text for clusters without the analysis plugin.
 */
package dev.samachar.enrich;
