package dev.samachar.enrich;

import dev.samachar.analysis.TokenizedText;
import dev.samachar.es.AnalysisMode;
import dev.samachar.ingest.countries.CountryMatcher;
import dev.samachar.ingest.entities.Entities;
import dev.samachar.ingest.entities.EntityMatcher;
import dev.samachar.ingest.parse.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes what the index needs beyond the parsed article. Works on title and body only: chrome
 * was removed before, so nothing from ads or related links can reach a facet.
 *
 * <p>Cross-script spelling variants of names are matched by the analysis plugin at search time;
 * what analysis cannot derive from the text is written here: every name, in both scripts, of
 * each country the article mentions (so "United States" finds an article that only says अमेरिका).
 */
public final class Enricher {

    private final CountryMatcher countries;
    private final EntityMatcher entities;
    private final NameSynonyms synonyms;
    private final LooseText looseText;

    /** @param looseText computes the loose forms for portable mode; null when the cluster analyses them itself */
    public Enricher(CountryMatcher countries, EntityMatcher entities, NameSynonyms synonyms, LooseText looseText) {
        this.countries = countries;
        this.entities = entities;
        this.synonyms = synonyms;
        this.looseText = looseText;
    }

    public static Enricher load(AnalysisMode mode) {
        return new Enricher(
                CountryMatcher.load(),
                EntityMatcher.load(),
                NameSynonyms.load(),
                mode == AnalysisMode.PORTABLE ? new LooseText() : null);
    }

    public ArticleDocument enrich(Article article) {
        String text = article.title() + "\n" + article.body();
        SortedSet<String> found = new TreeSet<>();
        SortedSet<String> persons = new TreeSet<>();
        SortedSet<String> orgs = new TreeSet<>();
        SortedSet<String> events = new TreeSet<>();
        // Every spelling, in both scripts, of what the article names: a search for any of them finds
        // it even where analysis cannot bridge the spellings (exonyms, portable mode, Kibana).
        Set<String> aliases = new LinkedHashSet<>();
        // Matching keeps objects per word: window by window, a huge page needs no more memory than a long article.
        for (String window : TextWindows.of(text)) {
            // Tokenised once for the three dictionaries, which split text the same way and share each word's lookup.
            TokenizedText words = TokenizedText.of(window);
            found.addAll(countries.countriesIn(words));
            Entities inWindow = entities.find(words);
            persons.addAll(inWindow.persons());
            orgs.addAll(inWindow.orgs());
            events.addAll(inWindow.events());
            aliases.addAll(synonyms.aliasesIn(words));
        }
        Entities named = new Entities(persons, orgs, events);
        Set<String> countryNames = new LinkedHashSet<>();
        for (String code : found) {
            countryNames.addAll(countries.namesOf(code));
        }
        for (SortedSet<String> group : List.of(named.persons(), named.orgs(), named.events())) {
            for (String canonical : group) {
                aliases.addAll(entities.spellingsOf(canonical));
            }
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new ArticleDocument(
                documentId(article, utf8),
                article,
                found,
                named,
                List.copyOf(aliases),
                List.copyOf(countryNames),
                hex(digest().digest(utf8)).substring(0, 32),
                looseText == null ? null : looseText.of(text));
    }

    /**
     * Derived from what the article says (title, body, date, source, language, release id, url), not from
     * where it was read: a file that is moved or copied, or the same article in two feeds, is one document,
     * and an incremental run can tell that an article is already in the index without sending it.
     */
    public static String documentId(Article article) {
        String identity = String.join(
                "\u001f",
                article.title(),
                article.body(),
                String.valueOf(article.publishedIso()),
                String.valueOf(article.source()),
                article.lang(),
                String.valueOf(article.releaseId()),
                String.valueOf(article.url()));
        return sha256(identity).substring(0, 32);
    }

    /**
     * {@link #documentId(Article)} from the UTF-8 of title + "\n" + body, which {@link #enrich} has
     * encoded for the content hash anyway: the identity string holds the same two parts around
     * another separator, and UTF-8 encodes each part on its own (the separators are ASCII), so
     * the digest is fed the encoded parts instead of encoding the body a second time.
     */
    private static String documentId(Article article, byte[] titleNewlineBody) {
        int titleBytes = article.title().getBytes(StandardCharsets.UTF_8).length;
        String rest = String.join(
                "\u001f",
                "",
                String.valueOf(article.publishedIso()),
                String.valueOf(article.source()),
                article.lang(),
                String.valueOf(article.releaseId()),
                String.valueOf(article.url()));
        MessageDigest digest = digest();
        digest.update(titleNewlineBody, 0, titleBytes);
        digest.update((byte) 0x1f);
        digest.update(titleNewlineBody, titleBytes + 1, titleNewlineBody.length - titleBytes - 1);
        digest.update(rest.getBytes(StandardCharsets.UTF_8));
        return hex(digest.digest()).substring(0, 32);
    }

    static String sha256(String text) {
        return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
