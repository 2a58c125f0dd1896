package dev.samachar.ingest.entities;

import dev.samachar.analysis.TokenizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds the people, organisations and events of the gazetteer ({@value GazetteerFile#RESOURCE},
 * mappings/gazetteer.tsv in the repository) in a Hindi or English text, by their canonical
 * names.
 *
 * <p>Spellings are compared word by word on the analysis library's loose forms (see
 * {@link LooseForms}), so a name is found in spellings the file does not list: "Ermekbayev",
 * यर्मेकबायेव and नुरलान यरमेकबेयेव are all Nurlan Yermekbayev. Acronyms match exactly, Latin ones
 * only in capitals. A short form stands alone only where the file says so (Yermekbayev, शोइगू;
 * never Singh or सिंह), or after a title of the right group ("General Rawat"). Honorifics and
 * ranks never take part in a name, so "Lt Gen Nurlan Yermekbayev" and "श्रीमती सीतारमण" match as
 * the bare name does. Matches never overlap and the longest phrase wins, which is how block rows
 * keep "Ajay Kumar Mishra" from being Ajay Kumar and a phrase nested in a longer name (the
 * "United Nations" of "United Nations Interim Force in Lebanon") from being reported twice.
 *
 * <p>Immutable and thread-safe; {@link #load()} builds the one instance on first use.
 */
public final class EntityMatcher {

    private final LoosePhraseIndex<GazetteerEntry> index;
    private final Map<String, GazetteerEntry> byCanonical;
    /** {@link GazetteerEntry#spellings()} of each entry, built once: every mention of an entity asks for them. */
    private final Map<String, List<String>> spellingsByCanonical;

    EntityMatcher(GazetteerFile.Contents gazetteer) {
        LoosePhraseIndex.Builder<GazetteerEntry> b = LoosePhraseIndex.builder();
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            entries.put(e.canonical(), e);
            e.latin().forEach(s -> b.name(s, e, null));
            e.hindi().forEach(s -> b.name(s, e, null));
            e.alone().forEach(s -> b.name(s, e, null));
            e.titled().forEach(s -> b.name(s, e, e.titleGroup()));
            e.acronyms().forEach(s -> b.exact(s, e));
        }
        gazetteer.titles().forEach((group, phrases) -> phrases.forEach(p -> b.title(p, group)));
        gazetteer.blocks().forEach(b::block);
        this.index = b.build();
        this.byCanonical = Map.copyOf(entries);
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        entries.forEach((canonical, e) -> spellings.put(canonical, e.spellings()));
        this.spellingsByCanonical = Map.copyOf(spellings);
    }

    /** The matcher over the bundled gazetteer, built once. */
    public static EntityMatcher load() {
        return Holder.INSTANCE;
    }

    /** The entities {@code text} mentions; empty sets for null. */
    public Entities find(String text) {
        return text == null
                ? new Entities(new TreeSet<>(), new TreeSet<>(), new TreeSet<>())
                : find(TokenizedText.of(text));
    }

    /** As {@link #find(String)}, on a text the caller has tokenised for all its matchers. */
    public Entities find(TokenizedText text) {
        SortedSet<String> persons = new TreeSet<>();
        SortedSet<String> orgs = new TreeSet<>();
        SortedSet<String> events = new TreeSet<>();
        for (EntityMention m : mentions(text)) {
            switch (m.type()) {
                case PERSON -> persons.add(m.canonical());
                case ORG -> orgs.add(m.canonical());
                case EVENT -> events.add(m.canonical());
            }
        }
        return new Entities(persons, orgs, events);
    }

    /** Every mention, in text order, with its offsets; empty for null. */
    public List<EntityMention> mentions(String text) {
        return text == null ? new ArrayList<>() : mentions(TokenizedText.of(text));
    }

    private List<EntityMention> mentions(TokenizedText text) {
        List<EntityMention> out = new ArrayList<>();
        for (LoosePhraseIndex.Match<GazetteerEntry> m : index.findAll(text)) {
            out.add(new EntityMention(m.value().canonical(), m.value().type(), m.start(), m.end(), m.text()));
        }
        return out;
    }

    /**
     * Every spelling known for an entity, Latin, Hindi, acronyms and stand-alone short forms
     * (see {@link GazetteerEntry#spellings()}), for search aliases; empty for an unknown name.
     */
    public List<String> spellingsOf(String canonical) {
        List<String> spellings = canonical == null ? null : spellingsByCanonical.get(canonical);
        return spellings == null ? List.of() : spellings;
    }

    /** Every gazetteer row, in file order. */
    public Collection<GazetteerEntry> entries() {
        return byCanonical.values();
    }

    /** The gazetteer row of an entity: type, country, role, spellings. */
    public Optional<GazetteerEntry> entry(String canonical) {
        return Optional.ofNullable(canonical == null ? null : byCanonical.get(canonical));
    }

    /** Lazy, thread-safe singleton: the class loader runs this once, on first {@link #load()}. */
    private static final class Holder {
        static final EntityMatcher INSTANCE = new EntityMatcher(GazetteerFile.readResource());
    }
}
