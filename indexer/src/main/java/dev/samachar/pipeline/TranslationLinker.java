package dev.samachar.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.es.ErrorMessages;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Links an article to its translation: PIB publishes one release in Hindi and English under two
 * release ids. A pair must be in different languages and published the same day (IST); it is
 * scored by the entities and countries both name, and by how many of the English article's
 * distinctive loose forms (names, places, numbers) the Hindi one shares after romanisation. Each
 * article links to at most one translation, the best-scoring one above {@link #THRESHOLD}.
 */
public final class TranslationLinker {

    /**
     * Tuned on the seeds and samples: the two true pairs score 0.69 (seeds 000/002) and 0.50 (the
     * sample PIB pair); same-day pairs are rare, and cross-language articles about different
     * events share at most ~0.4 of their entities. The romanised-name overlap is a weak signal
     * (0.06–0.14 for true and false pairs alike), hence its smaller weight.
     */
    static final double THRESHOLD = 0.45;
    private static final double ENTITY_WEIGHT = 0.7;

    /**
     * An article that may be linked. Its loose forms are computed on first use only: most pairs are
     * ruled out by their entities alone, and romanising every article of a large run would cost as
     * much as enriching it again.
     */
    record Candidate(String id, String lang, long[] entities, Supplier<long[]> formSource) {
        Candidate(String id, String lang, Set<String> entities, Supplier<long[]> formSource) {
            this(id, lang, HashedTerms.of(entities), formSource);
        }

        Candidate(String id, String lang, Set<String> entities, Set<String> forms) {
            this(id, lang, entities, () -> HashedTerms.of(forms));
        }

        /** The distinctive loose forms, as {@link HashedTerms}. */
        long[] forms() {
            return formSource.get();
        }
    }

    /**
     * @param entities Jaccard of the two entity sets
     * @param forms    overlap coefficient of the two form sets
     */
    record Link(String a, String b, double score, double entities, double forms) {
        /** Written only for the links kept: a day's candidate pairs are scored by the thousand. */
        String reason() {
            return String.format(java.util.Locale.ROOT,
                    "same day, other language; shared entities/countries %.2f (Jaccard), shared romanised names %.2f",
                    entities, forms);
        }
    }

    /**
     * Articles of the run planned per search. Each search has a fixed cost on the node (about 20 ms of
     * CPU for a 32-day batch, whatever it finds), so a run's days are batched by how many of its articles
     * they hold, not by count: the 2,000 generated articles spread over 1,516 days took 48 searches, now 2.
     */
    static final int PLANNED_HITS_PER_REQUEST = 1_000;
    /** Date ranges per search, far below Elasticsearch's bool clause limit (1,024 at the least). */
    static final int RANGES_PER_REQUEST = 256;
    /** Hits per search; a batch of days with more (older articles) is split in halves (a single such day keeps the first ones). */
    static final int HITS_PER_REQUEST = 2_000;
    /** The fields compared, each with where an enriched document holds its values (the same as the index's). */
    private static final Map<String, Function<ArticleDocument, Collection<String>>> ENTITY_FIELDS = Map.of(
            "persons", d -> d.entities().persons(),
            "orgs", d -> d.entities().orgs(),
            "events", d -> d.entities().events(),
            "countries", ArticleDocument::countries);

    private final ElasticsearchClient client;
    private final String alias;
    /** The distinctive romanised forms of the candidates' texts. */
    private final LinkForms forms = new LinkForms();

    public TranslationLinker(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /**
     * Links the run's articles (those Elasticsearch acknowledged, kept in {@code runArticles}) to their
     * translations among the articles of the same days; returns the number of links. Only articles
     * indexed before {@code runStart} (earlier runs) are searched for.
     */
    public int linkDays(RunArticles runArticles, Instant runStart) {
        int links = 0;
        try (LinkUpdates updates = new LinkUpdates(client, alias)) {
            for (List<String> batch : batches(runArticles.articlesPerDay())) {
                links += linkBatch(batch, runArticles, runStart, updates);
            }
            updates.finish();
            if (links > 0) {
                client.indices().refresh(r -> r.index(alias));
            }
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
        return links;
    }

    /** Sorted days cut into batches of about {@link #PLANNED_HITS_PER_REQUEST} articles and at most {@link #RANGES_PER_REQUEST} ranges. */
    static List<List<String>> batches(Map<String, Integer> articlesPerDay) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int planned = 0;
        for (Map.Entry<String, Integer> day : new TreeMap<>(articlesPerDay).entrySet()) {
            List<String> grown = new ArrayList<>(batch);
            grown.add(day.getKey());
            if (!batch.isEmpty() && (planned + day.getValue() > PLANNED_HITS_PER_REQUEST
                    || ranges(grown).size() > RANGES_PER_REQUEST)) {
                batches.add(batch);
                batch = new ArrayList<>();
                planned = 0;
            }
            batch.add(day.getKey());
            planned += day.getValue();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Sorted days (yyyy-MM-dd) as inclusive [first, last] ranges of consecutive days: one query clause each. */
    static List<String[]> ranges(List<String> sortedDays) {
        List<String[]> ranges = new ArrayList<>();
        LocalDate previous = null;
        for (String day : sortedDays) {
            LocalDate date = LocalDate.parse(day);
            if (previous != null && date.equals(previous.plusDays(1))) {
                ranges.get(ranges.size() - 1)[1] = day;
            } else {
                ranges.add(new String[]{day, day});
            }
            previous = date;
        }
        return ranges;
    }

    private int linkBatch(List<String> days, RunArticles runArticles, Instant runStart, LinkUpdates updates)
            throws IOException {
        // Earlier runs' articles of these days, by doc values only: the stored _source (title and body)
        // is read just for those that need it. This run's own articles are in runArticles.
        SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).size(HITS_PER_REQUEST)
                .trackTotalHits(t -> t.count(HITS_PER_REQUEST + 1))
                .query(q -> q.bool(b -> {
                    for (String[] range : ranges(days)) {
                        b.should(d -> d.range(r -> r.date(dr -> dr.field("published").gte(range[0]).lte(range[1])
                                .format("yyyy-MM-dd").timeZone("+05:30"))));
                    }
                    b.filter(f -> f.range(r -> r.date(dr -> dr.field("indexed_at").lt(runStart.toString()))));
                    return b.minimumShouldMatch("1");
                }))
                .source(src -> src.fetch(false))
                .docvalueFields(f -> f.field("lang"))
                .docvalueFields(f -> f.field("persons"))
                .docvalueFields(f -> f.field("orgs"))
                .docvalueFields(f -> f.field("events"))
                .docvalueFields(f -> f.field("countries"))
                .docvalueFields(f -> f.field("published").format("strict_date_optional_time")), ObjectNode.class);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        if (total > HITS_PER_REQUEST && days.size() > 1) {
            int half = days.size() / 2;
            return linkBatch(days.subList(0, half), runArticles, runStart, updates)
                    + linkBatch(days.subList(half, days.size()), runArticles, runStart, updates);
        }
        Map<LocalDate, List<Candidate>> byDay = new TreeMap<>();
        Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
        Set<String> earlier = new HashSet<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            List<String> published = values(hit, "published");
            LocalDate day = published.isEmpty() ? null : istDay(published.get(0));
            if (day != null) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(candidate(hit, texts));
                earlier.add(hit.id());
            }
        }
        Set<LocalDate> wanted = new HashSet<>();
        days.forEach(d -> wanted.add(LocalDate.parse(d)));
        for (RunArticles.Facts facts : runArticles.on(wanted).values()) {
            byDay.computeIfAbsent(facts.day(), d -> new ArrayList<>()).add(candidate(facts));
        }
        // Romanising is the costly part: done up front, on every core (Elasticsearch is idle now),
        // for just the articles in a pair that the entities alone do not rule out.
        Set<Candidate> needForms = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Candidate> candidates : byDay.values()) {
            for (int i = 0; i < candidates.size(); i++) {
                for (int j = i + 1; j < candidates.size(); j++) {
                    if (mayLink(candidates.get(i), candidates.get(j))) {
                        needForms.add(candidates.get(i));
                        needForms.add(candidates.get(j));
                    }
                }
            }
        }
        texts.putAll(texts(needForms.stream().map(Candidate::id).filter(earlier::contains).toList()));
        needForms.parallelStream().forEach(Candidate::forms);
        List<Link> found = new ArrayList<>();
        for (List<Candidate> candidates : byDay.values()) {
            found.addAll(bestLinks(candidates));
        }
        if (!found.isEmpty()) {
            updates.send(found);
        }
        return found.size();
    }

    /** Title and body of the given articles, by id. */
    private Map<String, String> texts(List<String> ids) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < ids.size(); i += HITS_PER_REQUEST) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + HITS_PER_REQUEST));
            SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).size(chunk.size())
                    .query(q -> q.ids(x -> x.values(chunk)))
                    .source(src -> src.filter(f -> f.includes("title", "body"))), ObjectNode.class);
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                texts.put(hit.id(), text(hit.source().path("title").asText(), hit.source().path("body").asText()));
            }
        }
        return texts;
    }

    private static List<String> values(Hit<ObjectNode> hit, String field) {
        JsonData data = hit.fields().get(field);
        if (data == null) {
            return List.of();
        }
        JsonValue json = data.toJson();
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            return json instanceof JsonString text ? List.of(text.getString()) : List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonValue value : json.asJsonArray()) {
            if (value instanceof JsonString text) {
                values.add(text.getString());
            }
        }
        return values;
    }

    private static LocalDate istDay(String published) {
        try {
            return OffsetDateTime.parse(published).atZoneSameInstant(ZoneOffset.of("+05:30")).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text whose loose forms a candidate is scored on. */
    static String text(String title, String body) {
        return title + "\n" + body;
    }

    /** An article's entities and countries as the linker compares them: the values of {@link #ENTITY_FIELDS}, prefixed by field. */
    static Set<String> entities(ArticleDocument document) {
        Set<String> entities = new HashSet<>();
        ENTITY_FIELDS.forEach((field, values) -> values.apply(document).forEach(v -> entities.add(field + ":" + v)));
        return entities;
    }

    /** One of this run's articles; its text is at hand, so its forms are computed only if a pair needs them. */
    private Candidate candidate(RunArticles.Facts facts) {
        return new Candidate(facts.id(), facts.lang(), facts.entities(), memoised(() -> forms.of(facts.text())));
    }

    private static Supplier<long[]> memoised(Supplier<long[]> compute) {
        return new Supplier<>() {
            private long[] forms;

            @Override
            public synchronized long[] get() {
                if (forms == null) {
                    forms = compute.get();
                }
                return forms;
            }
        };
    }

    private Candidate candidate(Hit<ObjectNode> hit, Map<String, String> texts) {
        Set<String> entities = new HashSet<>();
        for (String field : ENTITY_FIELDS.keySet()) {
            values(hit, field).forEach(v -> entities.add(field + ":" + v));
        }
        List<String> lang = values(hit, "lang");
        String id = hit.id();
        return new Candidate(id, lang.isEmpty() ? "" : lang.get(0), entities,
                memoised(() -> forms.of(texts.getOrDefault(id, ""))));
    }


    /** Mutual best pairs across languages, scored; ties and weak pairs stay unlinked. */
    static List<Link> bestLinks(List<Candidate> given) {
        // Among equal scores the first pair wins: a fixed order gives the same links on every run,
        // whatever order the run's articles were acknowledged in.
        List<Candidate> candidates = new ArrayList<>(given);
        candidates.sort(Comparator.comparing(Candidate::id));
        Map<String, Link> best = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate a = candidates.get(i);
                Candidate b = candidates.get(j);
                if (!mayLink(a, b)) {
                    continue;
                }
                Link link = score(a, b);
                if (link.score() < THRESHOLD) {
                    continue;
                }
                for (String id : List.of(a.id(), b.id())) {
                    Link current = best.get(id);
                    if (current == null || link.score() > current.score()) {
                        best.put(id, link);
                    }
                }
            }
        }
        List<Link> mutual = new ArrayList<>();
        for (Link link : new HashSet<>(best.values())) {
            if (best.get(link.a()) == link && best.get(link.b()) == link) {
                mutual.add(link);
            }
        }
        return mutual;
    }

    /** Other languages, and entities shared enough that even identical names could lift the pair over the threshold. */
    static boolean mayLink(Candidate a, Candidate b) {
        return !a.lang().equals(b.lang())
                && ENTITY_WEIGHT * jaccard(a.entities(), b.entities()) + (1 - ENTITY_WEIGHT) >= THRESHOLD - 0.001;
    }

    static Link score(Candidate a, Candidate b) {
        double entities = jaccard(a.entities(), b.entities());
        double forms = overlap(a.forms(), b.forms());
        double score = ENTITY_WEIGHT * entities + (1 - ENTITY_WEIGHT) * forms;
        return new Link(a.id(), b.id(), Math.round(score * 1000) / 1000.0, entities, forms);
    }

    private static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int shared = HashedTerms.shared(a, b);
        return (double) shared / (a.length + b.length - shared);
    }

    /** Overlap coefficient: a translation's shorter text shares most of its names with the longer one. */
    private static double overlap(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) HashedTerms.shared(a, b) / smaller;
    }

}
