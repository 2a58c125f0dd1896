/**
 * Talking to Elasticsearch: which cluster a command uses and how it connects, whether it has Samachar's plugin (and so
 * which analysis mode an index gets), the index template, alias and shape, bulk sending with retries, and the messages
 * Elasticsearch errors become.
 */
package dev.samachar.es;
