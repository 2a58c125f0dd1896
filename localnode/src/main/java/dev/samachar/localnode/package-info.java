/**
 * The local Elasticsearch node that {@code samachar es start|stop|status}, the integration tests and the benchmarks
 * run: it finds or downloads the distribution of a supported version, picks a Java for it, installs Samachar's plugin
 * zips, writes the node's configuration and security files, starts and stops the process under a home lock, and
 * reports its state. It uses nothing else of Samachar; the versions and zip paths come from {@code build.properties},
 * which this module's build fills in.
 */
package dev.samachar.localnode;
