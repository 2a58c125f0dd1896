package dev.samachar.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How Elasticsearch maps one field of the article document. */
public enum FieldType {
    TEXT,
    KEYWORD,
    INTEGER,
    /** An instant as the indexer writes it (UTC, ISO-8601). */
    DATE,
    /** A publication time with its offset; no epoch millis, which a dated page never holds. */
    OFFSET_DATE,
    /** Stored in {@code _source} only, for display: nothing searches inside it. */
    STORED_OBJECT;

    /** The field's mapping without analysis or sub-fields. */
    ObjectNode mapping() {
        ObjectNode mapping = JsonNodeFactory.instance.objectNode();
        switch (this) {
            case TEXT -> mapping.put("type", "text");
            case KEYWORD -> mapping.put("type", "keyword");
            case INTEGER -> mapping.put("type", "integer");
            case DATE -> mapping.put("type", "date");
            case OFFSET_DATE -> mapping.put("type", "date").put("format", "strict_date_optional_time");
            case STORED_OBJECT -> mapping.put("type", "object").put("enabled", false);
        }
        return mapping;
    }
}
