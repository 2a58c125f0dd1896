/**
 * Integration tests: every command and feature against real Elasticsearch nodes started by {@code TestCluster} (the
 * same code as {@code samachar es start}), run by failsafe in {@code mvn verify}.
 */
package dev.samachar.it;
