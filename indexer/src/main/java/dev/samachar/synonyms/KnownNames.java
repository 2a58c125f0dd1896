package dev.samachar.synonyms;

import dev.samachar.analysis.LooseLatin;
import dev.samachar.analysis.Romaniser;
import dev.samachar.ingest.countries.CountryMatcher;
import dev.samachar.ingest.entities.EntityMatcher;
import dev.samachar.ingest.entities.GazetteerEntry;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Says whether a word is already covered by Samachar's data: a spelling of an accepted synonym group,
 * a country name, or any word of any gazetteer spelling compared by loose form, so that नुरलान and
 * "Nurlan" (first name of a gazetteer person, never a stand-alone spelling) are not suggested again.
 */
public final class KnownNames implements Predicate<String> {

    private final Set<String> accepted;
    private final EntityMatcher entities;
    private final CountryMatcher countries;
    private final Set<String> gazetteerLooseWords;
    private final Romaniser romaniser = new Romaniser();

    public KnownNames(
            Collection<? extends Collection<String>> acceptedGroups, EntityMatcher entities, CountryMatcher countries) {
        this.accepted = new HashSet<>();
        acceptedGroups.forEach(accepted::addAll);
        this.entities = entities;
        this.countries = countries;
        this.gazetteerLooseWords = new HashSet<>();
        for (GazetteerEntry e : entities.entries()) {
            Stream.of(e.latin(), e.hindi(), e.alone(), e.titled())
                    .flatMap(List::stream)
                    .flatMap(spelling -> Stream.of(spelling.split("[\\s\\p{Pd}]+")))
                    .filter(word -> !word.isEmpty())
                    .forEach(word -> gazetteerLooseWords.addAll(looseForms(word)));
        }
    }

    /** The bundled gazetteer and country table, and the accepted groups of a synonym file. */
    public static KnownNames load(List<List<String>> acceptedGroups) {
        return new KnownNames(acceptedGroups, EntityMatcher.load(), CountryMatcher.load());
    }

    @Override
    public boolean test(String word) {
        return accepted.contains(word)
                || !entities.find(word).isEmpty()
                || !countries.countriesIn(word).isEmpty()
                || looseForms(word).stream().anyMatch(gazetteerLooseWords::contains);
    }

    /** The loose keys the miner pairs words by: Latin lower-cased, Devanagari romanised with and without schwa deletion. */
    private Set<String> looseForms(String word) {
        Set<String> forms = new HashSet<>();
        if (word.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F)) {
            var romanised = romaniser.romanise(word);
            forms.add(LooseLatin.normalize(romanised.withSchwaDeletion()));
            forms.add(LooseLatin.normalize(romanised.withoutSchwaDeletion()));
        } else {
            forms.add(LooseLatin.normalize(word.toLowerCase(Locale.ROOT)));
        }
        forms.remove("");
        return forms;
    }
}
