package dev.samachar.ingest.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One person, organisation or event of mappings/gazetteer.tsv; the file's header comment says
 * what each column means.
 *
 * @param canonical  the name reported for the entity
 * @param country    ISO 3166-1 alpha-2, or null (international bodies, multinational exercises)
 * @param role       free text, may be empty
 * @param titleGroup the title group that {@code titled} forms need before them, or null when
 *                   there are none
 */
public record GazetteerEntry(
        String canonical,
        EntityType type,
        String country,
        String role,
        List<String> latin,
        List<String> hindi,
        List<String> acronyms,
        List<String> alone,
        String titleGroup,
        List<String> titled) {

    public GazetteerEntry {
        latin = List.copyOf(latin);
        hindi = List.copyOf(hindi);
        acronyms = List.copyOf(acronyms);
        alone = List.copyOf(alone);
        titled = List.copyOf(titled);
    }

    /** The entities of the bundled mappings/gazetteer.tsv, in file order. */
    public static List<GazetteerEntry> bundled() {
        return Bundled.ENTRIES;
    }

    private static final class Bundled {
        static final List<GazetteerEntry> ENTRIES = GazetteerFile.readResource().entries();
    }

    /**
     * Every spelling that names the entity by itself, in file order: full names in both scripts,
     * acronyms, then the short forms that stand alone. Titled short forms are left out ("Rawat"
     * names Bipin Rawat only after "General"), so the list is safe to use as search aliases.
     */
    public List<String> spellings() {
        Set<String> all = new LinkedHashSet<>(latin);
        all.addAll(hindi);
        all.addAll(acronyms);
        all.addAll(alone);
        return List.copyOf(all);
    }
}
