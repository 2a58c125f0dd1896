package dev.samachar.ingest.entities;

import java.util.Locale;

/** The kinds of entity the gazetteer lists: the {@code type} column of mappings/gazetteer.tsv. */
public enum EntityType {
    PERSON,
    ORG,
    EVENT;

    /** The type a gazetteer cell names ("person", "org", "event"), or null for any other word. */
    static EntityType ofCell(String cell) {
        for (EntityType t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(cell)) {
                return t;
            }
        }
        return null;
    }
}
