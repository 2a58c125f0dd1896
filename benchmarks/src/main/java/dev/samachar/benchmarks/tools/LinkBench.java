package dev.samachar.benchmarks.tools;

import dev.samachar.enrich.ArticleDocument;
import dev.samachar.enrich.Enricher;
import dev.samachar.es.AnalysisMode;
import dev.samachar.ingest.files.ArticleFiles;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.pipeline.TranslationLinker;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Translation linking measured without Elasticsearch: the articles of some files, read and enriched as
 * an index run would, linked among themselves by {@link TranslationLinker#linkAmong}.
 */
public final class LinkBench {

    /** A linked pair with what a reader needs to judge it. */
    public record Pair(TranslationLinker.Link link, ArticleDocument a, ArticleDocument b) {
        public boolean sameCountries() {
            return a.countries().equals(b.countries());
        }
    }

    /**
     * @param articles the articles read
     * @param dated    of those, the ones with a publication date (only those can be linked)
     */
    /**
     * @param closestUnlinked the highest-scoring pairs left unlinked, highest first (at most {@link #CLOSEST})
     */
    public record Report(
            int files,
            int articles,
            int dated,
            int failures,
            List<Pair> pairs,
            int scoredPairs,
            List<Pair> closestUnlinked) {
        public long differentCountries() {
            return pairs.stream().filter(p -> !p.sameCountries()).count();
        }

        /** Share of the articles that are linked to another one. */
        public double linkedShare() {
            return articles == 0 ? 0 : 2.0 * pairs.size() / articles;
        }
    }

    static final int CLOSEST = 5;

    private final ArticleReader reader = new ArticleReader();
    private final Enricher enricher = Enricher.load(AnalysisMode.PLUGIN);

    /** The articles of some files, read and enriched. */
    public record Corpus(int files, int failures, List<ArticleDocument> documents) {}

    public Corpus read(List<Path> paths) {
        ArticleFiles.Listing listing = ArticleFiles.expand(paths);
        List<ArticleDocument> documents = listing.files().parallelStream()
                .map(reader::read)
                .flatMap(result -> result.articles().stream())
                .map(enricher::enrich)
                .toList();
        return new Corpus(listing.files().size(), listing.failures().size(), documents);
    }

    /** @param anyDay see {@link TranslationLinker#linkAmong} */
    public Report measure(List<Path> paths, boolean anyDay) {
        return measure(read(paths), anyDay);
    }

    public static Report measure(Corpus corpus, boolean anyDay) {
        List<ArticleDocument> documents = corpus.documents();
        Map<String, ArticleDocument> byId = documents.stream()
                .collect(Collectors.toMap(ArticleDocument::id, Function.identity(), (first, second) -> first));
        List<Pair> pairs = TranslationLinker.linkAmong(byId.values(), anyDay).stream()
                .map(link -> new Pair(link, byId.get(link.a()), byId.get(link.b())))
                .sorted(Comparator.comparing((Pair p) -> p.link().score())
                        .reversed()
                        .thenComparing(p -> p.a().article().origin()))
                .toList();
        int dated = (int) documents.stream()
                .map(d -> d.article().published())
                .filter(Objects::nonNull)
                .count();
        Set<Set<String>> linked = new HashSet<>();
        pairs.forEach(p -> linked.add(Set.of(p.link().a(), p.link().b())));
        List<TranslationLinker.Link> scored = TranslationLinker.scoredPairs(byId.values(), anyDay);
        List<Pair> closestUnlinked = scored.stream()
                .filter(l -> !linked.contains(Set.of(l.a(), l.b())))
                .sorted(Comparator.comparing(TranslationLinker.Link::score).reversed())
                .limit(CLOSEST)
                .map(link -> new Pair(link, byId.get(link.a()), byId.get(link.b())))
                .toList();
        return new Report(
                corpus.files(), documents.size(), dated, corpus.failures(), pairs, scored.size(), closestUnlinked);
    }
}
