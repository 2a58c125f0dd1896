/**
 * The article document as Elasticsearch stores it: {@link dev.samachar.schema.ArticleField} is the one
 * table of its fields (name, type, analysis per mode, sub-fields) that the code writing documents and
 * the code reading hits back both use, and that the component templates in mappings/ must equal.
 */
package dev.samachar.schema;
