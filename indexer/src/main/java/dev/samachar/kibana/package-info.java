/**
 * Imports Samachar's Kibana saved objects (data view, saved search, dashboard) through Kibana's HTTP API.
 */
package dev.samachar.kibana;
