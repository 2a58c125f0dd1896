/**
 * Reading files: which files the paths of a run name (folders walked, hidden and foreign files skipped, a missing path
 * reported with its closest sibling), and their bytes decoded into NFC text, with the reason when a file cannot be
 * read. Nothing here knows what an article is.
 */
package dev.samachar.ingest.files;
