/**
 * What {@code samachar index} remembers between runs, per alias: the content hash and document ids of every indexed
 * file (compact tables, rebuildable from the index with {@code --rescan}), the files that failed and why, the last
 * run's summary, and the articles still waiting for translation links.
 */
package dev.samachar.state;
