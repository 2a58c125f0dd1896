package dev.samachar.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.es.ErrorMessages;
import dev.samachar.schema.ArticleField;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Links an article to its translation: PIB publishes one release in Hindi and English (under two release
 * ids), papers print agency copy in both. A pair is in two languages, published the same day (IST), and
 * scored on the evidence that it is one text (see docs/translation-links.md): the same release id; the
 * share of each side's names (people, organisations, events, countries) that the other names too; the
 * share of each side's numbers the other states; how close the two publication times are. Names alone are
 * never enough: two reports of one minister's visit name the same people. Each article links to at most one
 * translation, its mutual best above {@link #LINK_THRESHOLD}; a link is "strong" from
 * {@link #STRONG_THRESHOLD}, and only a strong one is shown as the other language's version.
 */
public final class TranslationLinker {

    /** Below it no link is written. Without shared numbers a pair stays under it, however alike its names and times. */
    public static final double LINK_THRESHOLD = 0.70;
    /** From here a link is called the other language's version; between the two, a possible translation. */
    static final double STRONG_THRESHOLD = 0.80;

    static final double NAMES_WEIGHT = 0.45;
    static final double NUMBERS_WEIGHT = 0.35;
    static final double TIME_WEIGHT = 0.20;
    /** Each side must share at least this share of its names with the other, and at least {@link #MIN_SHARED_NAMES} names. */
    static final double MIN_NAME_SHARE = 0.5;

    static final int MIN_SHARED_NAMES = 2;
    /**
     * A share of few names is weak evidence (two countries are all that many articles name): the names'
     * share counts in full only from this many shared names, in proportion below.
     */
    static final int NAMES_FOR_FULL_EVIDENCE = 4;
    /** Publication times this many hours apart, or more, are no evidence; closer ones are, linearly. */
    static final double HOURS_APART_NO_EVIDENCE = 12;
    /** The time evidence of a pair when a side gives only its date (published at midnight IST). */
    static final double UNKNOWN_TIME = 0.5;

    /**
     * An article that may be linked. Its numbers are computed on first use only: most pairs are ruled out
     * by their names alone, and an earlier run's article must be fetched from the index to read its text.
     *
     * @param releaseId null when the article has none
     * @param names     the names, as {@link HashedTerms}
     */
    record Candidate(
            String id,
            String lang,
            OffsetDateTime published,
            String releaseId,
            long[] names,
            Supplier<long[]> numberSource) {
        Candidate(
                String id,
                String lang,
                OffsetDateTime published,
                String releaseId,
                Set<String> names,
                Supplier<long[]> numberSource) {
            this(id, lang, published, releaseId, HashedTerms.of(names), numberSource);
        }

        /** The numbers of the text, as {@link HashedTerms}. */
        long[] numbers() {
            return numberSource.get();
        }

        /** A page that gives only its date is read as published at midnight IST. */
        boolean timeKnown() {
            return !published.atZoneSameInstant(RunArticles.IST).toLocalTime().equals(LocalTime.MIDNIGHT);
        }
    }

    /**
     * A scored pair and its evidence.
     *
     * @param names         the smaller of the two sides' shares of names found in the other, discounted below
     *                      {@link #NAMES_FOR_FULL_EVIDENCE} shared names
     * @param numbers       the smaller of the two sides' shares of numbers found in the other
     * @param hoursApart    between the publication times; null when a side gives only its date
     */
    public record Link(
            String a,
            String b,
            double score,
            boolean sameRelease,
            double names,
            int sharedNames,
            double numbers,
            int sharedNumbers,
            Double hoursApart) {

        /** Strong enough to call the other article this one's translation. */
        public boolean strong() {
            return score >= STRONG_THRESHOLD;
        }

        public String strength() {
            return strong() ? "strong" : "possible";
        }

        /** Written only for the links kept: a day's candidate pairs are scored by the thousand. */
        public String reason() {
            String time =
                    hoursApart == null ? "same day" : String.format(Locale.ROOT, "same day, %.1f h apart", hoursApart);
            String evidence = String.format(
                    Locale.ROOT,
                    "%s; names shared %d (evidence %.2f); numbers shared %d (%.0f%% of each side at least)",
                    time,
                    sharedNames,
                    names,
                    sharedNumbers,
                    100 * numbers);
            return sameRelease ? "same release id; " + evidence : evidence;
        }
    }

    /**
     * Articles of the run planned per search. Each search has a fixed cost on the node, whatever it
     * finds, so a run's days are batched by how many of its articles they hold, not by count: a run
     * spread thinly over many days then needs few searches (docs/design-notes.md#translation-linking).
     */
    static final int PLANNED_HITS_PER_REQUEST = 1_000;
    /** Date ranges per search, far below Elasticsearch's bool clause limit (1,024 at the least). */
    static final int RANGES_PER_REQUEST = 256;
    /** Hits per search; a batch of days with more (older articles) is split in halves (a single such day keeps the first ones). */
    static final int HITS_PER_REQUEST = 2_000;
    /** The fields compared, each with where an enriched document holds its values (the same as the index's). */
    private static final Map<ArticleField, Function<ArticleDocument, Collection<String>>> ENTITY_FIELDS = Map.of(
            ArticleField.PERSONS, d -> d.entities().persons(),
            ArticleField.ORGS, d -> d.entities().orgs(),
            ArticleField.EVENTS, d -> d.entities().events(),
            ArticleField.COUNTRIES, ArticleDocument::countries);

    private final ElasticsearchClient client;
    private final String alias;

    public TranslationLinker(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /**
     * Links the run's articles (those Elasticsearch acknowledged, kept in {@code runArticles}) to their
     * translations among the articles of the same days; returns the number of links. Only articles
     * indexed before {@code runStart} (earlier runs) are searched for. The days of the articles indexed
     * from {@code unlinkedSince} (a run that stopped before it linked; null: none) are linked too.
     */
    public int linkDays(RunArticles runArticles, Instant runStart, Instant unlinkedSince) {
        int links = 0;
        try (LinkUpdates updates = new LinkUpdates(client, alias)) {
            Map<String, Integer> days = new TreeMap<>(runArticles.articlesPerDay());
            if (unlinkedSince != null && unlinkedSince.isBefore(runStart)) {
                daysIndexedBetween(unlinkedSince, runStart)
                        .forEach((day, count) -> days.merge(day, count, Integer::sum));
            }
            // A first run (or a re-index into a new index) has nothing earlier to search: one count, not a
            // search per batch of days, each with a fixed cost on the node.
            boolean earlierArticles = anyIndexedBefore(runStart);
            for (List<String> batch : batches(days)) {
                links += linkBatch(batch, runArticles, runStart, earlierArticles, updates);
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

    /** The IST publication days of the articles indexed in [{@code from}, {@code to}), with their counts. */
    private Map<String, Integer> daysIndexedBetween(Instant from, Instant to) throws IOException {
        SearchResponse<Void> response = client.search(
                s -> s.index(alias)
                        .size(0)
                        .query(q -> q.range(r -> r.date(d -> d.field(ArticleField.INDEXED_AT.fieldName())
                                .gte(from.toString())
                                .lt(to.toString()))))
                        .aggregations(
                                "days",
                                a -> a.dateHistogram(h -> h.field(ArticleField.PUBLISHED.fieldName())
                                        .calendarInterval(CalendarInterval.Day)
                                        .timeZone("+05:30")
                                        .format("yyyy-MM-dd")
                                        .minDocCount(1))),
                Void.class);
        Map<String, Integer> days = new TreeMap<>();
        for (var bucket :
                response.aggregations().get("days").dateHistogram().buckets().array()) {
            days.put(bucket.keyAsString(), (int) bucket.docCount());
        }
        return days;
    }

    /** Sorted days cut into batches of about {@link #PLANNED_HITS_PER_REQUEST} articles and at most {@link #RANGES_PER_REQUEST} ranges. */
    static List<List<String>> batches(Map<String, Integer> articlesPerDay) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int planned = 0;
        // The batch's ranges are counted as days are added (a day opens a range unless it follows the
        // last one), not recounted for every day: that made a run over years of days quadratic.
        int ranges = 0;
        LocalDate last = null;
        for (Map.Entry<String, Integer> day : new TreeMap<>(articlesPerDay).entrySet()) {
            LocalDate date = LocalDate.parse(day.getKey());
            boolean opensRange = last == null || !date.equals(last.plusDays(1));
            if (!batch.isEmpty()
                    && (planned + day.getValue() > PLANNED_HITS_PER_REQUEST
                            || (opensRange && ranges + 1 > RANGES_PER_REQUEST))) {
                batches.add(batch);
                batch = new ArrayList<>();
                planned = 0;
                ranges = 0;
                opensRange = true;
            }
            batch.add(day.getKey());
            planned += day.getValue();
            ranges += opensRange ? 1 : 0;
            last = date;
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
                ranges.add(new String[] {day, day});
            }
            previous = date;
        }
        return ranges;
    }

    /** Whether the index holds any article indexed before {@code runStart} (by an earlier run). */
    private boolean anyIndexedBefore(Instant runStart) throws IOException {
        return client.count(c -> c.index(alias)
                                .query(q -> q.range(r -> r.date(d -> d.field(ArticleField.INDEXED_AT.fieldName())
                                        .lt(runStart.toString())))))
                        .count()
                > 0;
    }

    private int linkBatch(
            List<String> days, RunArticles runArticles, Instant runStart, boolean earlierArticles, LinkUpdates updates)
            throws IOException {
        List<Hit<ObjectNode>> earlierHits = List.of();
        if (earlierArticles) {
            SearchResponse<ObjectNode> response = earlierArticles(days, runStart);
            long total = response.hits().total() == null
                    ? 0
                    : response.hits().total().value();
            if (total > HITS_PER_REQUEST && days.size() > 1) {
                int half = days.size() / 2;
                return linkBatch(days.subList(0, half), runArticles, runStart, true, updates)
                        + linkBatch(days.subList(half, days.size()), runArticles, runStart, true, updates);
            }
            earlierHits = response.hits().hits();
        }
        return link(days, earlierHits, runArticles, updates);
    }

    /**
     * Earlier runs' articles of these days, by doc values only: the stored _source (title and body)
     * is read just for those that need it. This run's own articles are in runArticles.
     */
    private SearchResponse<ObjectNode> earlierArticles(List<String> days, Instant runStart) throws IOException {
        return client.search(
                s -> s.index(alias)
                        .size(HITS_PER_REQUEST)
                        .trackTotalHits(t -> t.count(HITS_PER_REQUEST + 1))
                        .query(q -> q.bool(b -> {
                            for (String[] range : ranges(days)) {
                                b.should(d -> d.range(r -> r.date(dr -> dr.field(ArticleField.PUBLISHED.fieldName())
                                        .gte(range[0])
                                        .lte(range[1])
                                        .format("yyyy-MM-dd")
                                        .timeZone("+05:30"))));
                            }
                            b.filter(f -> f.range(r -> r.date(dr -> dr.field(ArticleField.INDEXED_AT.fieldName())
                                    .lt(runStart.toString()))));
                            return b.minimumShouldMatch("1");
                        }))
                        .source(src -> src.fetch(false))
                        .docvalueFields(f -> f.field(ArticleField.LANG.fieldName()))
                        .docvalueFields(f -> f.field(ArticleField.RELEASE_ID.fieldName()))
                        .docvalueFields(f -> f.field(ArticleField.PERSONS.fieldName()))
                        .docvalueFields(f -> f.field(ArticleField.ORGS.fieldName()))
                        .docvalueFields(f -> f.field(ArticleField.EVENTS.fieldName()))
                        .docvalueFields(f -> f.field(ArticleField.COUNTRIES.fieldName()))
                        .docvalueFields(
                                f -> f.field(ArticleField.PUBLISHED.fieldName()).format("strict_date_optional_time")),
                ObjectNode.class);
    }

    /** Links the run's articles of these days among themselves and to the earlier ones found. */
    private int link(List<String> days, List<Hit<ObjectNode>> earlierHits, RunArticles runArticles, LinkUpdates updates)
            throws IOException {
        Map<LocalDate, List<Candidate>> byDay = new TreeMap<>();
        Map<String, String> texts = new ConcurrentHashMap<>();
        Set<String> earlier = new HashSet<>();
        for (Hit<ObjectNode> hit : earlierHits) {
            List<String> published = values(hit, ArticleField.PUBLISHED);
            OffsetDateTime time = published.isEmpty() ? null : parsed(published.get(0));
            if (time != null) {
                byDay.computeIfAbsent(istDay(time), d -> new ArrayList<>()).add(candidate(hit, time, texts));
                earlier.add(hit.id());
            }
        }
        Set<LocalDate> wanted = new HashSet<>();
        days.forEach(d -> wanted.add(LocalDate.parse(d)));
        for (RunArticles.Facts facts : runArticles.on(wanted).values()) {
            byDay.computeIfAbsent(facts.day(), d -> new ArrayList<>()).add(candidate(facts));
        }
        // The text of an earlier run's article is fetched only when a pair's names leave it open.
        Set<String> needText = new HashSet<>();
        for (List<Candidate> candidates : byDay.values()) {
            for (int i = 0; i < candidates.size(); i++) {
                for (int j = i + 1; j < candidates.size(); j++) {
                    if (mayLink(candidates.get(i), candidates.get(j))) {
                        needText.add(candidates.get(i).id());
                        needText.add(candidates.get(j).id());
                    }
                }
            }
        }
        texts.putAll(texts(needText.stream().filter(earlier::contains).toList()));
        List<Link> found = new ArrayList<>();
        for (List<Candidate> candidates : byDay.values()) {
            found.addAll(bestLinks(candidates));
        }
        if (!found.isEmpty()) {
            updates.send(found);
        }
        return found.size();
    }

    /**
     * The links among {@code documents} alone, scored as a run scores its own articles, without
     * Elasticsearch: for measuring the linker on a corpus ({@code scripts/bench-tools links}).
     *
     * @param anyDay compare every article with every other, as if all were published at the same moment:
     *               the worst case, for corpora whose dates never meet
     */
    public static List<Link> linkAmong(Collection<ArticleDocument> documents, boolean anyDay) {
        return candidatesByDay(documents, anyDay).values().parallelStream()
                .flatMap(day -> bestLinks(day).stream())
                .toList();
    }

    /** Every pair among {@code documents} that {@link #mayLink} lets through, scored (linked or not). */
    public static List<Link> scoredPairs(Collection<ArticleDocument> documents, boolean anyDay) {
        return candidatesByDay(documents, anyDay).values().parallelStream()
                .flatMap(day -> {
                    List<Link> scored = new ArrayList<>();
                    for (int i = 0; i < day.size(); i++) {
                        for (int j = i + 1; j < day.size(); j++) {
                            if (mayLink(day.get(i), day.get(j))) {
                                scored.add(score(day.get(i), day.get(j)));
                            }
                        }
                    }
                    return scored.stream();
                })
                .toList();
    }

    private static Map<LocalDate, List<Candidate>> candidatesByDay(
            Collection<ArticleDocument> documents, boolean anyDay) {
        OffsetDateTime sameMoment = OffsetDateTime.of(2000, 1, 1, 12, 0, 0, 0, RunArticles.IST);
        Map<LocalDate, List<Candidate>> byDay = new TreeMap<>();
        for (ArticleDocument document : documents) {
            RunArticles.Facts facts = RunArticles.facts(document);
            if (facts == null && anyDay) {
                facts = RunArticles.facts(document, sameMoment);
            }
            if (facts != null) {
                Candidate candidate = candidate(facts);
                if (anyDay) {
                    candidate = new Candidate(
                            candidate.id(),
                            candidate.lang(),
                            sameMoment,
                            candidate.releaseId(),
                            candidate.names(),
                            candidate.numberSource());
                }
                byDay.computeIfAbsent(anyDay ? sameMoment.toLocalDate() : facts.day(), d -> new ArrayList<>())
                        .add(candidate);
            }
        }
        return byDay;
    }

    /** Title and body of the given articles, by id. */
    private Map<String, String> texts(List<String> ids) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < ids.size(); i += HITS_PER_REQUEST) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + HITS_PER_REQUEST));
            SearchResponse<ObjectNode> response = client.search(
                    s -> s.index(alias)
                            .size(chunk.size())
                            .query(q -> q.ids(x -> x.values(chunk)))
                            .source(src -> src.filter(
                                    f -> f.includes(ArticleField.TITLE.fieldName(), ArticleField.BODY.fieldName()))),
                    ObjectNode.class);
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                texts.put(
                        hit.id(),
                        text(ArticleField.TITLE.textIn(hit.source(), ""), ArticleField.BODY.textIn(hit.source(), "")));
            }
        }
        return texts;
    }

    /** A field's doc values in a hit. */
    private static List<String> values(Hit<ObjectNode> hit, ArticleField field) {
        JsonData data = hit.fields().get(field.fieldName());
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

    private static OffsetDateTime parsed(String published) {
        try {
            return OffsetDateTime.parse(published);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate istDay(OffsetDateTime published) {
        return published.atZoneSameInstant(RunArticles.IST).toLocalDate();
    }

    /** The text whose numbers a candidate is scored on. */
    static String text(String title, String body) {
        return title + "\n" + body;
    }

    /** An article's entities and countries as the linker compares them: the values of {@link #ENTITY_FIELDS}, prefixed by field. */
    static Set<String> entities(ArticleDocument document) {
        Set<String> entities = new HashSet<>();
        ENTITY_FIELDS.forEach(
                (field, values) -> values.apply(document).forEach(v -> entities.add(field.fieldName() + ":" + v)));
        return entities;
    }

    /** One of this run's articles; its text is at hand, so its numbers are read only if a pair needs them. */
    static Candidate candidate(RunArticles.Facts facts) {
        return new Candidate(
                facts.id(),
                facts.lang(),
                facts.published(),
                facts.releaseId(),
                facts.entities(),
                memoised(() -> HashedTerms.of(TextNumbers.of(facts.text(), facts.day()))));
    }

    private static Supplier<long[]> memoised(Supplier<long[]> compute) {
        return new Supplier<>() {
            private long[] value;

            @Override
            public synchronized long[] get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    private static Candidate candidate(Hit<ObjectNode> hit, OffsetDateTime published, Map<String, String> texts) {
        Set<String> entities = new HashSet<>();
        for (ArticleField field : ENTITY_FIELDS.keySet()) {
            values(hit, field).forEach(v -> entities.add(field.fieldName() + ":" + v));
        }
        List<String> lang = values(hit, ArticleField.LANG);
        List<String> release = values(hit, ArticleField.RELEASE_ID);
        String id = hit.id();
        LocalDate day = istDay(published);
        return new Candidate(
                id,
                lang.isEmpty() ? "" : lang.get(0),
                published,
                release.isEmpty() ? null : release.get(0),
                entities,
                memoised(() -> HashedTerms.of(TextNumbers.of(texts.getOrDefault(id, ""), day))));
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
                if (link.score() < LINK_THRESHOLD) {
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

    /**
     * Other languages, and either the same release id or names shared enough, both ways, that shared numbers
     * and times could lift the pair over the threshold. Cheap: numbers are not read.
     */
    static boolean mayLink(Candidate a, Candidate b) {
        if (a.lang().equals(b.lang())) {
            return false;
        }
        if (sameRelease(a, b)) {
            return true;
        }
        int shared = HashedTerms.shared(a.names(), b.names());
        double share = share(shared, a.names().length, b.names().length);
        double names = nameEvidence(share, shared);
        return shared >= MIN_SHARED_NAMES
                && share >= MIN_NAME_SHARE
                && NAMES_WEIGHT * names + NUMBERS_WEIGHT + TIME_WEIGHT * timeEvidence(a, b) >= LINK_THRESHOLD - 1e-9;
    }

    static Link score(Candidate a, Candidate b) {
        int sharedNames = HashedTerms.shared(a.names(), b.names());
        double nameShare = share(sharedNames, a.names().length, b.names().length);
        double names = nameEvidence(nameShare, sharedNames);
        int sharedNumbers = HashedTerms.shared(a.numbers(), b.numbers());
        double numbers = share(sharedNumbers, a.numbers().length, b.numbers().length);
        boolean sameRelease = sameRelease(a, b);
        double score = sameRelease
                ? 1.0
                : sharedNames < MIN_SHARED_NAMES || nameShare < MIN_NAME_SHARE
                        ? 0
                        : NAMES_WEIGHT * names + NUMBERS_WEIGHT * numbers + TIME_WEIGHT * timeEvidence(a, b);
        return new Link(
                a.id(),
                b.id(),
                Math.round(score * 1000) / 1000.0,
                sameRelease,
                names,
                sharedNames,
                numbers,
                sharedNumbers,
                hoursApart(a, b));
    }

    private static boolean sameRelease(Candidate a, Candidate b) {
        return a.releaseId() != null && a.releaseId().equals(b.releaseId());
    }

    /** The smaller of the two sides' shares found in the other: a translation leaves out little of either. */
    private static double share(int shared, int sizeA, int sizeB) {
        return sizeA == 0 || sizeB == 0 ? 0 : Math.min((double) shared / sizeA, (double) shared / sizeB);
    }

    private static double nameEvidence(double share, int shared) {
        return share * Math.min(1.0, (double) shared / NAMES_FOR_FULL_EVIDENCE);
    }

    private static Double hoursApart(Candidate a, Candidate b) {
        if (!a.timeKnown() || !b.timeKnown()) {
            return null;
        }
        return Math.abs(Duration.between(a.published(), b.published()).toMinutes()) / 60.0;
    }

    private static double timeEvidence(Candidate a, Candidate b) {
        Double hours = hoursApart(a, b);
        return hours == null ? UNKNOWN_TIME : Math.max(0, 1 - hours / HOURS_APART_NO_EVIDENCE);
    }
}
