package dev.samachar.ingest.entities;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** The canonical names of the gazetteer entities a text mentions, by type; sets are unmodifiable. */
public record Entities(SortedSet<String> persons, SortedSet<String> orgs, SortedSet<String> events) {

    public Entities {
        persons = Collections.unmodifiableSortedSet(new TreeSet<>(persons));
        orgs = Collections.unmodifiableSortedSet(new TreeSet<>(orgs));
        events = Collections.unmodifiableSortedSet(new TreeSet<>(events));
    }

    /** Whether no entity was found. */
    public boolean isEmpty() {
        return persons.isEmpty() && orgs.isEmpty() && events.isEmpty();
    }
}
