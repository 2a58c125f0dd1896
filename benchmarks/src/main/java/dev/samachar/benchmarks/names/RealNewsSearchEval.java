package dev.samachar.benchmarks.names;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.benchmarks.names.RealNewsNames.RealNewsName;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.SearchQuery;
import dev.samachar.search.SearchResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Cross-script search precision and recall on real news: the real-text step of {@code scripts/bench-names}
 * (run by {@code scripts/bench-names-realnews}).
 *
 * <p>For each analysis mode asked for (plugin: the node has Samachar's analysis plugin; portable: it has not,
 * {@code SAMACHAR_ES_PLUGIN=none}, and the indexer stores the loose forms), it starts a dedicated local
 * Elasticsearch in a new Samachar home, indexes all of realnews-dev (read at run time from
 * {@code $SAMACHAR_REALNEWS}, default {@code /work/shared/realnews-dev}; never copied) with the real
 * {@code scripts/samachar index}, and searches each name of {@link RealNewsNames} in the other script:
 * a Latin query with {@code --lang hi}, a Devanagari one with {@code --lang en}, 500 hits a page, every
 * page, through the CLI's own search code in-process ({@link ArticleSearch} with the {@link SearchQuery}
 * {@code samachar search NAME --lang L --size 500 --page N} builds, and the analysis mode detected from
 * the cluster as the CLI does). The two must-show checks ({@code search Kerala --lang hi},
 * {@code search Lucknow}) run through {@code scripts/samachar search --json} itself, which also
 * cross-checks the in-process path.
 *
 * <p><b>Judging rule</b> (see {@link RealNewsJudge}; Samachar's analysers are never used for it): a returned
 * article is relevant iff its file (headline + body as written) contains one of the name's listed
 * target-script spellings as a whole word, or an inflected form: English {@code 's ’s s es}; Hindi
 * {@code े ो ों ें}, {@code ओं} after final {@code ा}, final {@code ा} → {@code े}/{@code ों}, final
 * {@code ी} → {@code ियों}, and {@code वासी}/{@code वासियों}, and a visarga typed for a colon (दिल्लीः); not the
 * adjective/demonym {@code ी} (चीनी, जापानी) nor Chinese/American. Compared after NFC, nukta dropped, candrabindu =
 * anusvara. The name's spellings in the query's own script count too (a few Hindi pages write Bihar in Latin letters).
 *
 * <p>Precision = relevant returned / returned (undefined when nothing is returned); recall = relevant
 * returned / relevant in the whole target-language half (the pages {@code truth.jsonl} gives that
 * language; undefined when there are none). Macro figures average the defined values per direction.
 * The same-script sanity check searches each name in its own script and language, judged on that
 * script's spellings. For false positives, the words that matched come from the CLI's snippet
 * ({@code <em>}) and, per field, from a diagnostic search with the same query restricted to those ids and
 * highlighting every field the query touches.
 *
 * <p>Prints Markdown on stdout (and to {@code --report}); progress on stderr. Exit 0 after a complete
 * run (whatever the figures), 2 on bad options, 1 when a step fails. When the corpus folder is absent it
 * says so and exits 0 without starting anything.
 */
public final class RealNewsSearchEval {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALIAS = "samachar";
    private static final int PAGE = SearchQuery.MAX_SIZE;
    private static final int MAX_WINDOW = 10_000;
    private static final double BAD_PRECISION = 0.8;
    private static final Pattern EM = Pattern.compile("<em>(.*?)</em>");
    private static final Pattern MARKED = Pattern.compile("«(.*?)»");

    static final String RULE = "a returned article is relevant iff its file (headline + body as written) contains one"
            + " of the name's listed target-script spellings as a whole word, or an inflected form: English +`'s`/`’s`/`s`/`es`"
            + " (case as listed, or all capitals; not Chinese/American); Hindi + `े` `ो` `ों` `ें`, `ओं` after final `ा`,"
            + " final `ा` → `े`/`ों`, final `ी` → `ियों`, + `वासी`/`वासियों`, and a visarga typed for a colon (दिल्लीः); not the"
            + " adjective/demonym `ी` (चीनी, जापानी);"
            + " compared after NFC with the nukta dropped and candrabindu = anusvara (ज़ = ज, ँ = ं). The name's spellings in"
            + " the query's own script count too (a few Hindi pages write Bihar or Delhi in Latin letters; the note column"
            + " says how many pages are relevant only so). Judged with regular expressions, never Samachar's analysers";

    record Options(
            Path corpus,
            Path samachar,
            List<String> modes,
            Path report,
            String commit,
            int examples,
            Path work,
            Path pluginZip,
            boolean examplesForAll,
            Path rows) {}

    /** A false positive: the page, its title, the snippet's marked words, and what each field matched. */
    record FalsePositive(String key, String title, List<String> snippetWords, Map<String, Set<String>> fieldWords) {}

    /**
     * @param total          the hit count the search reported (compare with {@code returned}: paging must see each once)
     * @param whyFalse       per kind of field that matched ({@link #CATEGORIES}), how many false positives it matched in
     * @param aliasOnly      false positives matched in the aliases field only (the indexer's entity/country tagging)
     * @param onlyQueryScript pages of the language relevant only through a spelling in the query's own script
     */
    record NameResult(
            RealNewsName name,
            String lang,
            int returned,
            int relevantReturned,
            int relevantInCorpus,
            int unknownFiles,
            List<FalsePositive> falsePositives,
            long total,
            Map<String, Integer> whyFalse,
            int aliasOnly,
            int onlyQueryScript) {
        Double precision() {
            return returned == 0 ? null : (double) relevantReturned / returned;
        }

        Double recall() {
            return relevantInCorpus == 0 ? null : (double) relevantReturned / relevantInCorpus;
        }

        int falsePositiveCount() {
            return returned - relevantReturned;
        }
    }

    /** Kinds of field a false positive can match in, by what the field holds. */
    static final List<String> CATEGORIES = List.of("loose", "key", "aliases", "exact/hindi", "nothing highlighted");

    static String category(String field) {
        if (field.equals("aliases")) {
            return "aliases";
        }
        if (field.equals("loose") || field.endsWith(".loose")) {
            return "loose";
        }
        if (field.endsWith(".key")) {
            return "key";
        }
        return "exact/hindi";
    }

    /** @param pages the pages returned (keys), @param offenders those not judged relevant */
    record Check(
            String label,
            String spelling,
            String command,
            Set<String> pages,
            int relevantReturned,
            int relevantInCorpus,
            List<String> offenders) {
        int returned() {
            return pages.size();
        }
    }

    record ModeResult(
            String mode,
            String detected,
            String esVersion,
            JsonNode indexSummary,
            double startSeconds,
            double indexSeconds,
            double searchSeconds,
            double totalSeconds,
            List<NameResult> cross,
            List<NameResult> sameScript,
            List<Check> checks,
            String crossCheck) {}

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        if (!RealNewsCorpus.present(options.corpus())) {
            System.err.println("bench-names-realnews: " + options.corpus() + " is absent (no truth.jsonl); skipped.");
            System.out.println("\n### Real news: skipped (" + options.corpus() + " is absent)\n");
            return;
        }
        long started = System.nanoTime();
        String startedAt =
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        progress("Reading %s", options.corpus());
        RealNewsCorpus corpus = RealNewsCorpus.load(options.corpus());
        List<RealNewsName> names = RealNewsNames.all();
        progress(
                "%,d pages (%,d en, %,d hi); %d names",
                corpus.size(), corpus.size("en"), corpus.size("hi"), names.size());
        // The homes go below --work when given (the script's folder, which its trap cleans up), else below a
        // new temporary folder; each is deleted when its node has stopped.
        Path work = options.work() != null
                ? Files.createDirectories(options.work())
                : Files.createTempDirectory("samachar-realnews");
        List<ModeResult> results = new ArrayList<>();
        try {
            for (String mode : options.modes()) {
                results.add(runMode(options, corpus, names, mode, work.resolve("home-" + mode)));
            }
        } finally {
            if (options.work() == null) {
                RealNewsNode.deleteRecursively(work);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String report = RealNewsReport.markdown(startedAt, options, corpus, names, results, seconds);
        System.out.print(report);
        if (options.report() != null) {
            Path parent = options.report().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(options.report(), report, StandardCharsets.UTF_8);
            progress("Report written to %s", options.report());
        }
        if (options.rows() != null) {
            Path parent = options.rows().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(options.rows(), RealNewsReport.summaryRows(results), StandardCharsets.UTF_8);
        }
    }

    private static ModeResult runMode(
            Options options, RealNewsCorpus corpus, List<RealNewsName> names, String mode, Path home) throws Exception {
        long t0 = System.nanoTime();
        boolean plugin = mode.equals("plugin");
        progress(
                "[%s] Starting a dedicated local Elasticsearch in %s (%s, heap %s)",
                mode,
                home,
                plugin ? "with the samachar-analysis plugin" : "SAMACHAR_ES_PLUGIN=none",
                System.getenv().getOrDefault("SAMACHAR_ES_HEAP", "default"));
        try (RealNewsNode node = RealNewsNode.start(home, plugin, options.pluginZip())) {
            double startSeconds = (System.nanoTime() - t0) / 1e9;
            RealNewsCli cli = new RealNewsCli(options.samachar(), node.cliEnv());
            List<String> indexArgs = new ArrayList<>(List.of("index", "--json"));
            corpus.folders().forEach(f -> indexArgs.add(f.toString()));
            progress("[%s] scripts/samachar %s", mode, String.join(" ", indexArgs));
            RealNewsCli.Outcome indexed =
                    cli.run(indexArgs, Duration.ofMinutes(10)).require(0, 1);
            JsonNode summary = json(indexed);
            progress(
                    "[%s] indexed %s of %s articles, %s failed, in %.1f s",
                    mode,
                    summary.path("indexed").asText(),
                    summary.path("articles").asText(),
                    summary.path("failed").asText(),
                    indexed.seconds());

            long t1 = System.nanoTime();
            ElasticsearchClient client = ClientFactory.create(ClusterConnection.localNode(node.url()));
            try {
                RestClient rest = ((RestClientTransport) client._transport()).restClient();
                // One segment: internal doc ids then stay put, so paging by score (ties broken by doc id) sees every
                // hit once; a merge between two pages could otherwise show one hit twice and skip another.
                Request merge = new Request("POST", "/" + ALIAS + "/_forcemerge");
                merge.addParameter("max_num_segments", "1");
                rest.performRequest(merge);
                rest.performRequest(new Request("POST", "/" + ALIAS + "/_refresh"));
                AnalysisMode detected = AnalysisMode.detect(client); // as the CLI's ClusterSession does
                AnalysisMode expected = plugin ? AnalysisMode.PLUGIN : AnalysisMode.PORTABLE;
                if (detected != expected) {
                    throw new IllegalStateException("the " + mode + " node is detected as " + detected.describe());
                }
                ArticleSearch search = new ArticleSearch(client, ALIAS, detected);
                List<NameResult> cross = new ArrayList<>();
                List<NameResult> same = new ArrayList<>();
                for (RealNewsName name : names) {
                    cross.add(evaluate(
                            search, rest, corpus, name, name.targetLang(), name.targetSpellings(), options.examples()));
                    same.add(evaluate(search, rest, corpus, name, name.sourceLang(), name.sourceSpellings(), 0));
                }
                progress("[%s] %d cross-script and %d same-script searches", mode, cross.size(), same.size());
                List<Check> checks = new ArrayList<>();
                Check kerala = cliCheck(cli, corpus, "Kerala", "hi", List.of("केरल"));
                Check lucknow = cliCheck(cli, corpus, "Lucknow", null, List.of("लखनऊ"));
                checks.add(kerala);
                checks.add(lucknow);
                String crossCheck = crossCheck(search, corpus, kerala, "Kerala", "hi");
                double searchSeconds = (System.nanoTime() - t1) / 1e9;
                return new ModeResult(
                        mode,
                        detected.describe(),
                        node.version(),
                        summary,
                        startSeconds,
                        indexed.seconds(),
                        searchSeconds,
                        (System.nanoTime() - t0) / 1e9,
                        cross,
                        same,
                        checks,
                        crossCheck);
            } finally {
                ClientFactory.closeQuietly(client);
            }
        }
    }

    record Paged(List<SearchResults.Hit> hits, long total) {}

    /** Every hit of {@code samachar search QUERY --lang LANG}, page by page, 500 a page. */
    static Paged allHits(ArticleSearch search, String text, String lang) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        int offset = 0;
        while (true) {
            SearchQuery query = new SearchQuery(
                    text,
                    List.of(),
                    lang == null ? List.of() : List.of(lang),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    PAGE,
                    offset,
                    false);
            SearchResults page = search.search(query);
            hits.addAll(page.hits());
            offset += PAGE;
            if (page.hits().size() < PAGE || offset >= page.total() || offset + PAGE > MAX_WINDOW) {
                if (offset < page.total() && offset + PAGE > MAX_WINDOW) {
                    progress("  %s: %,d hits, only the first %,d can be paged", text, page.total(), offset);
                }
                return new Paged(hits, page.total());
            }
        }
    }

    private static NameResult evaluate(
            ArticleSearch search,
            RestClient rest,
            RealNewsCorpus corpus,
            RealNewsName name,
            String lang,
            List<String> spellings,
            int examples)
            throws IOException {
        // The listed spellings of the judged script, and the query's own spellings too: a few Hindi pages write
        // Bihar or Delhi in Latin letters, and such a page names the place as much as one in Devanagari.
        List<String> both = new ArrayList<>(spellings);
        name.sourceSpellings().stream().filter(sp -> !both.contains(sp)).forEach(both::add);
        RealNewsJudge judge = RealNewsJudge.of(both);
        Set<String> relevant = corpus.relevant(judge, lang);
        int onlyQueryScript = relevant.size()
                - corpus.relevant(RealNewsJudge.of(spellings), lang).size();
        Paged paged = allHits(search, name.query(), lang);
        int relevantReturned = 0;
        int unknown = 0;
        Set<String> seen = new LinkedHashSet<>();
        List<SearchResults.Hit> falsePositives = new ArrayList<>();
        for (SearchResults.Hit hit : paged.hits()) {
            RealNewsCorpus.Page page = corpus.page(hit.file());
            if (page == null) {
                unknown++;
                falsePositives.add(hit);
                continue;
            }
            if (!seen.add(page.key())) {
                continue; // the same page twice would be a paging problem: counted once, and flagged by total
            }
            if (judge.mentionsFolded(page.foldedText())) {
                relevantReturned++;
            } else {
                falsePositives.add(hit);
            }
        }
        int returned = seen.size() + unknown;
        if (returned != paged.total()) {
            progress(
                    "  %s --lang %s: %d distinct pages in %d hits, but the search reported %d",
                    name.query(), lang, returned, paged.hits().size(), paged.total());
        }
        Map<String, Integer> why = new LinkedHashMap<>();
        int aliasOnly = 0;
        List<FalsePositive> shown = List.of();
        if (examples > 0 && !falsePositives.isEmpty()) {
            Map<String, Map<String, Set<String>>> fields = new LinkedHashMap<>();
            for (int i = 0; i < falsePositives.size(); i += 200) {
                List<String> ids = falsePositives.subList(i, Math.min(i + 200, falsePositives.size())).stream()
                        .map(SearchResults.Hit::id)
                        .toList();
                fields.putAll(fieldHighlights(search, rest, name.query(), lang, ids));
            }
            for (SearchResults.Hit hit : falsePositives) {
                Map<String, Set<String>> matched = fields.getOrDefault(hit.id(), Map.of());
                Set<String> kinds = new TreeSet<>();
                matched.keySet().forEach(f -> kinds.add(category(f)));
                if (kinds.isEmpty()) {
                    kinds.add("nothing highlighted");
                }
                kinds.forEach(k -> why.merge(k, 1, Integer::sum));
                if (kinds.equals(Set.of("aliases"))) {
                    aliasOnly++;
                }
            }
            shown = describe(corpus, falsePositives.subList(0, Math.min(examples, falsePositives.size())), fields);
        }
        return new NameResult(
                name,
                lang,
                returned,
                relevantReturned,
                relevant.size(),
                unknown,
                shown,
                paged.total(),
                why,
                aliasOnly,
                onlyQueryScript);
    }

    /**
     * What matched in each false positive: the marked words of the CLI's snippet, and per field the words a
     * diagnostic search highlights (the same query, restricted to these ids, highlighting every field it touches).
     */
    private static List<FalsePositive> describe(
            RealNewsCorpus corpus, List<SearchResults.Hit> hits, Map<String, Map<String, Set<String>>> byId) {
        List<FalsePositive> out = new ArrayList<>();
        for (SearchResults.Hit hit : hits) {
            RealNewsCorpus.Page page = corpus.page(hit.file());
            List<String> words = new ArrayList<>();
            if (hit.snippet() != null) {
                Matcher m = EM.matcher(hit.snippet());
                while (m.find()) {
                    words.add(m.group(1));
                }
            }
            out.add(new FalsePositive(
                    page == null ? String.valueOf(hit.file()) : page.key(),
                    hit.title(),
                    words,
                    byId.getOrDefault(hit.id(), Map.of())));
        }
        return out;
    }

    private static Map<String, Map<String, Set<String>>> fieldHighlights(
            ArticleSearch search, RestClient rest, String text, String lang, List<String> ids) throws IOException {
        SearchQuery query = new SearchQuery(
                text, List.of(), List.of(lang), List.of(), List.of(), List.of(), null, null, ids.size(), 0, false);
        JsonNode sent = JSON.readTree(search.requestBody(query));
        JsonNode textQuery = sent.path("query");
        Set<String> fields = new TreeSet<>();
        collectFields(textQuery, fields);
        ObjectNode body = JSON.createObjectNode();
        body.put("size", ids.size());
        body.putArray("_source").add("file");
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(textQuery);
        ArrayNode values = bool.putArray("filter").addObject().putObject("ids").putArray("values");
        ids.forEach(values::add);
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("«");
        highlight.putArray("post_tags").add("»");
        highlight.put("require_field_match", true);
        ObjectNode hf = highlight.putObject("fields");
        for (String field : fields) {
            hf.putObject(field).put("number_of_fragments", 5).put("fragment_size", 30);
        }
        Request request = new Request("POST", "/" + ALIAS + "/_search");
        request.setJsonEntity(JSON.writeValueAsString(body));
        JsonNode response =
                JSON.readTree(EntityUtils.toString(rest.performRequest(request).getEntity(), StandardCharsets.UTF_8));
        Map<String, Map<String, Set<String>>> out = new LinkedHashMap<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            Map<String, Set<String>> perField = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = hit.path("highlight").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Set<String> words = new LinkedHashSet<>();
                for (JsonNode fragment : e.getValue()) {
                    Matcher m = MARKED.matcher(fragment.asText());
                    while (m.find()) {
                        words.add(m.group(1));
                    }
                }
                if (!words.isEmpty()) {
                    perField.put(e.getKey(), words);
                }
            }
            out.put(hit.path("_id").asText(), perField);
        }
        return out;
    }

    /** The text fields a query touches ({@code fields} lists and single-field clauses), outside its filters. */
    static void collectFields(JsonNode node, Set<String> fields) {
        if (node.isArray()) {
            node.forEach(n -> collectFields(n, fields));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            switch (key) {
                case "filter", "must_not" -> {}
                case "fields" -> value.forEach(f -> fields.add(f.asText().replaceAll("\\^.*$", "")));
                case "match",
                        "match_phrase",
                        "match_phrase_prefix",
                        "match_bool_prefix",
                        "fuzzy",
                        "term",
                        "prefix",
                        "wildcard",
                        "regexp" -> value.fieldNames().forEachRemaining(fields::add);
                default -> collectFields(value, fields);
            }
        }
    }

    /** A must-show check through the real CLI: {@code scripts/samachar search QUERY [--lang L] --json --size 500}. */
    private static Check cliCheck(
            RealNewsCli cli, RealNewsCorpus corpus, String text, String lang, List<String> spellings)
            throws IOException, InterruptedException {
        RealNewsJudge judge = RealNewsJudge.of(spellings);
        List<String> base = new ArrayList<>(List.of("search", text));
        if (lang != null) {
            base.addAll(List.of("--lang", lang));
        }
        base.addAll(List.of("--json", "--size", Integer.toString(PAGE)));
        Set<String> returned = new LinkedHashSet<>();
        List<String> offenders = new ArrayList<>();
        int relevantReturned = 0;
        for (int page = 1; ; page++) {
            List<String> args = new ArrayList<>(base);
            args.addAll(List.of("--page", Integer.toString(page)));
            JsonNode result = json(cli.run(args, Duration.ofMinutes(2)).require(0));
            JsonNode hits = result.path("hits");
            for (JsonNode hit : hits) {
                RealNewsCorpus.Page p = corpus.page(hit.path("file").asText(null));
                String key = p == null ? hit.path("file").asText() : p.key();
                if (!returned.add(key)) {
                    continue;
                }
                if (p != null && judge.mentionsFolded(p.foldedText())) {
                    relevantReturned++;
                } else {
                    offenders.add(key);
                }
            }
            if (hits.size() < PAGE
                    || (long) page * PAGE >= result.path("total").asLong()
                    || (page + 1) * PAGE > MAX_WINDOW) {
                break;
            }
        }
        Set<String> relevant = new TreeSet<>(corpus.relevant(judge, "hi"));
        if (lang == null) {
            relevant.addAll(corpus.relevant(judge, "en"));
        }
        String command = "samachar " + String.join(" ", base);
        return new Check(
                text, String.join(" / ", spellings), command, returned, relevantReturned, relevant.size(), offenders);
    }

    /** The JSON object a {@code --json} command printed (from its first line that opens one: the JVM may warn first). */
    private static JsonNode json(RealNewsCli.Outcome outcome) throws IOException {
        String out = outcome.stdout();
        int start = out.startsWith("{") ? 0 : out.indexOf("\n{") + 1;
        try {
            return JSON.readTree(out.substring(start));
        } catch (IOException e) {
            throw new IllegalStateException(
                    String.join(" ", outcome.command()) + " printed no JSON object: "
                            + out.substring(0, Math.min(500, out.length())),
                    e);
        }
    }

    /** Whether the in-process search returned the same pages as the CLI for the same query. */
    private static String crossCheck(ArticleSearch search, RealNewsCorpus corpus, Check cli, String text, String lang) {
        Set<String> inProcess = new TreeSet<>();
        for (SearchResults.Hit hit : allHits(search, text, lang).hits()) {
            RealNewsCorpus.Page page = corpus.page(hit.file());
            inProcess.add(page == null ? String.valueOf(hit.file()) : page.key());
        }
        Set<String> viaCli = new TreeSet<>(cli.pages());
        return inProcess.equals(viaCli)
                ? "same " + inProcess.size() + " pages for `search " + text + " --lang " + lang
                        + "` in-process and through scripts/samachar"
                : "DIFFERENT pages for `search " + text + " --lang " + lang + "`: " + inProcess.size() + " in-process, "
                        + viaCli.size() + " through scripts/samachar";
    }

    private static Options parse(String[] args) {
        Path corpus = RealNewsCorpus.location(System.getenv());
        Path samachar = Path.of("scripts/samachar");
        List<String> modes = List.of("plugin");
        Path report = null;
        String commit = null;
        int examples = 5;
        Path work = null;
        Path pluginZip = null;
        boolean examplesForAll = false;
        Path rows = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--corpus" -> corpus = Path.of(value);
                case "--samachar" -> samachar = Path.of(value);
                case "--mode" ->
                    modes = switch (value) {
                        case "plugin" -> List.of("plugin");
                        case "portable" -> List.of("portable");
                        case "both" -> List.of("plugin", "portable");
                        default -> {
                            usage("--mode must be plugin, portable or both, not " + value);
                            yield List.of();
                        }
                    };
                case "--report" -> report = Path.of(value);
                case "--commit" -> commit = value;
                case "--examples" -> examples = Integer.parseInt(value);
                case "--work" -> work = Path.of(value);
                case "--plugin-zip" -> pluginZip = Path.of(value);
                case "--rows" -> rows = Path.of(value);
                case "--examples-for" ->
                    examplesForAll = switch (value) {
                        case "all" -> true;
                        case "bad" -> false;
                        default -> {
                            usage("--examples-for must be all or bad, not " + value);
                            yield false;
                        }
                    };
                default -> usage("unknown option " + option);
            }
        }
        return new Options(
                corpus,
                samachar.toAbsolutePath(),
                modes,
                report,
                commit,
                examples,
                work,
                pluginZip,
                examplesForAll,
                rows);
    }

    private static void usage(String problem) {
        System.err.println("RealNewsSearchEval: " + problem);
        System.err.println(
                "usage: RealNewsSearchEval [--corpus DIR] [--samachar scripts/samachar] [--mode plugin|portable|both]"
                        + " [--report FILE] [--commit ID] [--examples 5] [--examples-for bad|all] [--work DIR] [--plugin-zip ZIP]"
                        + " [--rows FILE]");
        System.exit(2);
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "==> " + format + "%n", args);
    }

    private RealNewsSearchEval() {}
}
