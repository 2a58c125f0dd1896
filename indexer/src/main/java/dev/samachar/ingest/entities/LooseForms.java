package dev.samachar.ingest.entities;

import dev.samachar.analysis.LooseLatin;
import dev.samachar.analysis.Romanisation;
import dev.samachar.analysis.Romaniser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The loose forms of one word, on which the spellings of a name in either script meet: a Latin
 * word has one, {@link LooseLatin#normalize} of it; a Devanagari word has those of both
 * {@link Romaniser} readings, because the schwa rules misread some foreign names (सीतारमण
 * "sitarman" with deletion, "sitaraman" without). So "Yermekbayev", यरमेकबायेव and
 * यर्मेकबायेव all give "armakbav".
 *
 * <p>Holds a {@link Romaniser}, which reuses buffers: <b>not thread-safe</b>, one per thread or
 * per call.
 */
public final class LooseForms {

    private final Romaniser romaniser = new Romaniser();

    /** One or two forms; the schwa-deleted reading comes first. */
    public Set<String> of(String word) {
        if (!Scripts.hasDevanagari(word)) {
            return Set.of(LooseLatin.normalize(word));
        }
        Romanisation r = romaniser.romanise(word);
        String deleted = LooseLatin.normalize(r.withSchwaDeletion());
        String kept = LooseLatin.normalize(r.withoutSchwaDeletion());
        return deleted.equals(kept) ? Set.of(deleted) : new LinkedHashSet<>(List.of(deleted, kept));
    }

    /** The first form {@link #of} gives: the one a phrase's duplicate check compares. */
    String primary(String word) {
        return of(word).iterator().next();
    }
}
