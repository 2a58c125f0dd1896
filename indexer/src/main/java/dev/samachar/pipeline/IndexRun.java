package dev.samachar.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.enrich.Enricher;
import dev.samachar.es.BulkIndexer;
import dev.samachar.es.ErrorMessages;
import dev.samachar.ingest.Article;
import dev.samachar.ingest.ArticleFiles;
import dev.samachar.ingest.ArticleReader;
import dev.samachar.ingest.IngestFailure;
import dev.samachar.ingest.ReadResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One `samachar index` run: expand paths, read and enrich each file, bulk-index, refresh, then
 * link translations among the articles of the days this run touched. A bad file becomes a failure
 * entry and the run goes on.
 */
public final class IndexRun {

    public record Summary(int files, long articles, long indexed, List<IngestFailure> failures,
                          List<String> warnings, Duration elapsed, long bulkRequests, int translationLinks) {
        public boolean complete() {
            return failures.isEmpty();
        }
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final ArticleReader reader;
    private final Enricher enricher;
    private final Progress progress;
    private final BulkIndexer.Options bulkOptions;

    public IndexRun(ElasticsearchClient client, String alias, ArticleReader reader, Enricher enricher,
                    Progress progress, BulkIndexer.Options bulkOptions) {
        this.client = client;
        this.alias = alias;
        this.reader = reader;
        this.enricher = enricher;
        this.progress = progress;
        this.bulkOptions = bulkOptions;
    }

    public Summary run(List<Path> paths) {
        Instant start = Instant.now();
        ArticleFiles.Listing listing = ArticleFiles.expand(paths);
        List<IngestFailure> failures = new ArrayList<>(listing.failures());
        List<String> warnings = new ArrayList<>();
        long articles = 0;
        BulkIndexer.Summary bulk;
        Instant indexedAt = Instant.now();
        int done = 0;
        Set<String> days = new TreeSet<>();
        try (BulkIndexer bulkIndexer = new BulkIndexer(client, alias, bulkOptions)) {
            for (Path file : listing.files()) {
                ReadResult result = reader.read(file);
                failures.addAll(result.failures());
                warnings.addAll(result.warnings());
                for (Article article : result.articles()) {
                    ArticleDocument document = enricher.enrich(article);
                    bulkIndexer.add(document.id(), document.source(indexedAt), article.origin());
                    articles++;
                    if (article.published() != null) {
                        days.add(article.published().toLocalDate().toString());
                    }
                }
                progress.update(++done, listing.files().size(), articles, failures.size());
            }
            bulk = bulkIndexer.finish();
        }
        failures.addAll(bulk.failures());
        refresh();
        int links = bulk.indexed() > 0 ? new TranslationLinker(client, alias).linkDays(days) : 0;
        progress.finish();
        return new Summary(listing.files().size(), articles, bulk.indexed(), failures, warnings,
                Duration.between(start, Instant.now()), bulk.requests(), links);
    }

    /** Makes the run's documents searchable now, so a search right after `index` sees them. */
    private void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
