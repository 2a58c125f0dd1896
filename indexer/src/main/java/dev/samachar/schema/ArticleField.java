package dev.samachar.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AnalysisMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of an article document, in the order {@code _source} is written: one table for the code
 * that writes documents ({@link dev.samachar.enrich.ArticleDocument}, the link updates), the code
 * that reads them back (search hits, get, export, the web page, translation linking) and the
 * templates, which {@code ArticleFieldTemplatesTest} holds equal to {@link #properties}.
 */
public enum ArticleField {
    TITLE("title", FieldType.TEXT, "samachar_exact", SubField.RAW, SubField.HINDI, SubField.LOOSE),
    BODY("body", FieldType.TEXT, "samachar_exact", SubField.HINDI, SubField.LOOSE),
    /** Every spelling of the entities and synonym groups the article names; searched. */
    ALIASES("aliases", FieldType.TEXT, "samachar_exact"),
    /** The names of its countries, for Kibana's default fields only: search does not use them. */
    COUNTRY_NAMES("country_names", FieldType.TEXT, "samachar_exact"),
    /** The romanised loose forms of title and body, written by the indexer in portable mode. */
    LOOSE("loose", FieldType.TEXT, EnumSet.of(AnalysisMode.PORTABLE), null, "whitespace"),
    LANG("lang", FieldType.KEYWORD),
    SOURCE("source", FieldType.KEYWORD),
    PUBLISHED("published", FieldType.OFFSET_DATE),
    /** ISO 3166 alpha-2 codes. */
    COUNTRIES("countries", FieldType.KEYWORD),
    PERSONS("persons", FieldType.KEYWORD),
    ORGS("orgs", FieldType.KEYWORD),
    EVENTS("events", FieldType.KEYWORD),
    /** Ids of its translations, set by translation linking. */
    RELATED("related", FieldType.KEYWORD),
    /** The translations with their confidence, for display (see {@code TranslationLink}). */
    RELATED_LINKS("related_links", FieldType.STORED_OBJECT),
    /** Its own id until it is linked to a translation; search collapses on it. */
    TRANSLATION_GROUP("translation_group", FieldType.KEYWORD),
    RELEASE_ID("release_id", FieldType.KEYWORD),
    URL("url", FieldType.KEYWORD),
    FILE("file", FieldType.KEYWORD),
    /** 1-based line in a .jsonl file; absent for a whole-file article. */
    LINE("line", FieldType.INTEGER),
    FORMAT("format", FieldType.KEYWORD),
    CONTENT_HASH("content_hash", FieldType.KEYWORD),
    /** The hash of the file it came from, for incremental runs. */
    FILE_HASH("file_hash", FieldType.KEYWORD),
    INDEXED_AT("indexed_at", FieldType.DATE);

    private final String fieldName;
    private final FieldType type;
    private final Set<AnalysisMode> modes;
    /** A text field's analyzer in each mode; null for the index default ({@code standard}). */
    private final String pluginAnalyzer;

    private final String portableAnalyzer;

    private final List<SubField> subFields;

    ArticleField(String fieldName, FieldType type) {
        this(fieldName, type, EnumSet.allOf(AnalysisMode.class), null, null);
    }

    ArticleField(String fieldName, FieldType type, String pluginAnalyzer, SubField... subFields) {
        this(fieldName, type, EnumSet.allOf(AnalysisMode.class), pluginAnalyzer, null, subFields);
    }

    ArticleField(
            String fieldName,
            FieldType type,
            Set<AnalysisMode> modes,
            String pluginAnalyzer,
            String portableAnalyzer,
            SubField... subFields) {
        this.fieldName = fieldName;
        this.type = type;
        this.modes = Set.copyOf(modes);
        this.pluginAnalyzer = pluginAnalyzer;
        this.portableAnalyzer = portableAnalyzer;
        this.subFields = List.of(subFields);
    }

    /** The name in {@code _source} and in queries. */
    public String fieldName() {
        return fieldName;
    }

    public FieldType type() {
        return type;
    }

    /** The name of a sub-field, e.g. {@code title.hindi}. */
    public String fieldName(SubField subField) {
        if (!subFields.contains(subField)) {
            throw new IllegalArgumentException(fieldName + " has no sub-field " + subField.suffix());
        }
        return fieldName + "." + subField.suffix();
    }

    /** Whether the document holds a list of values (possibly empty) rather than one value. */
    public boolean isList() {
        return switch (this) {
            case ALIASES, COUNTRY_NAMES, COUNTRIES, PERSONS, ORGS, EVENTS, RELATED -> true;
            default -> false;
        };
    }

    public boolean existsIn(AnalysisMode mode) {
        return modes.contains(mode);
    }

    public static Optional<ArticleField> named(String fieldName) {
        for (ArticleField field : values()) {
            if (field.fieldName.equals(fieldName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** This field of a {@code _source}: a missing node when the document lacks it. */
    public JsonNode in(JsonNode source) {
        return source.path(fieldName);
    }

    /** The field's single value as text, or null when the document lacks it. */
    public String textIn(JsonNode source) {
        JsonNode value = source.get(fieldName);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The field's single value as text, or {@code absent} when the document lacks it. */
    public String textIn(JsonNode source, String absent) {
        String text = textIn(source);
        return text == null ? absent : text;
    }

    /** The field's values as text: empty when the document lacks it. */
    public List<String> valuesIn(JsonNode source) {
        List<String> values = new ArrayList<>();
        source.path(fieldName).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The field's mapping in an index of {@code mode}. */
    public ObjectNode mapping(AnalysisMode mode) {
        ObjectNode mapping = type.mapping();
        String analyzer = mode == AnalysisMode.PLUGIN ? pluginAnalyzer : portableAnalyzer;
        if (analyzer != null) {
            mapping.put("analyzer", analyzer);
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (SubField subField : subFields) {
            if (subField.existsIn(mode)) {
                fields.set(subField.suffix(), subField.mapping());
            }
        }
        if (!fields.isEmpty()) {
            mapping.set("fields", fields);
        }
        return mapping;
    }

    /** The mapping's {@code properties} of an index of {@code mode}. */
    public static ObjectNode properties(AnalysisMode mode) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        for (ArticleField field : values()) {
            if (field.existsIn(mode)) {
                properties.set(field.fieldName, field.mapping(mode));
            }
        }
        return properties;
    }
}
