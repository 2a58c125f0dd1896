/**
 * Build-time code only: writes the named-components file that Elasticsearch's stable plugin API reads
 * to find the plugin's analysis factories. Not loaded by the node.
 */
package dev.samachar.esplugin.build;
