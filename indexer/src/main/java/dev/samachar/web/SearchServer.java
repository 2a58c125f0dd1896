package dev.samachar.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.QueryRejectedException;
import dev.samachar.schema.ArticleField;
import dev.samachar.search.ArticleExport;
import dev.samachar.search.ArticleSearch;
import dev.samachar.search.ExportFormat;
import dev.samachar.search.FacetFilters;
import dev.samachar.search.FacetedSearch;
import dev.samachar.search.SearchQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The search page's HTTP server (JDK {@code com.sun.net.httpserver}). The browser only ever gets
 * HTML: queries are built here and sent to Elasticsearch with the server's own connection, so no
 * credentials or query DSL reach the page. Errors become a plain message page; their details go
 * to the log, never to the browser.
 */
public final class SearchServer implements AutoCloseable {

    /** Longer query strings are refused outright: no form of this page produces them. */
    static final int MAX_QUERY_STRING = 100_000;

    private static final int THREADS = 4;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    /** No scripts at all; styles and images only from this server. */
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final FacetedSearch search;
    private final ArticleExport exporter;
    private final ElasticsearchClient client;
    private final String alias;
    private final PrintStream log;
    private final boolean loopbackOnly;

    private SearchServer(
            HttpServer server, ElasticsearchClient client, String alias, AnalysisMode mode, PrintStream log) {
        this.server = server;
        this.client = client;
        this.alias = alias;
        this.log = log;
        this.search = new FacetedSearch(client, alias, mode);
        this.exporter = new ArticleExport(client, alias, mode);
        this.loopbackOnly = server.getAddress().getAddress().isLoopbackAddress();
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "samachar-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Binds and starts serving.
     *
     * @throws IOException when the address cannot be bound (port in use, unknown address)
     */
    public static SearchServer start(
            InetSocketAddress address, ElasticsearchClient client, String alias, AnalysisMode mode, PrintStream log)
            throws IOException {
        SearchServer server = new SearchServer(HttpServer.create(address, 0), client, alias, mode, log);
        server.server.start();
        return server;
    }

    /** Where the page is, e.g. http://127.0.0.1:8080/. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        InetAddress host = address.getAddress();
        String name = host.isAnyLocalAddress()
                ? "127.0.0.1"
                : host.getHostAddress().contains(":") ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + address.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = respond(exchange);
            } catch (ClusterUnavailableException e) {
                log.println("samachar serve: " + e.getMessage());
                response = Response.html(
                        503,
                        PageLayout.message(
                                "Search unavailable",
                                "The search service cannot be reached right now. Please try again in a moment."));
            } catch (RuntimeException e) {
                // A bug: the details are for the log, the browser gets a plain apology.
                log.println("samachar serve: internal error on "
                        + exchange.getRequestURI().getRawPath() + ": " + e);
                e.printStackTrace(log);
                response = Response.html(
                        500,
                        PageLayout.message(
                                "Something went wrong",
                                "Something went wrong while building this page. Please try again or change the search."));
            }
            try {
                send(exchange, response);
            } catch (RuntimeException e) {
                // Only a streamed download can fail here, after its headers went out: it ends cut short.
                log.println("samachar serve: download "
                        + exchange.getRequestURI().getRawPath() + " cut short: " + e.getMessage());
            }
        }
    }

    private Response respond(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Response.html(405, PageLayout.message("Not allowed", "This page only answers GET requests."))
                    .with("Allow", "GET, HEAD");
        }
        if (loopbackOnly && !isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
            // A page bound to loopback answers only to loopback names: a rebound DNS name cannot read it.
            return Response.html(
                    400, PageLayout.message("Unknown host", "Open this page as http://127.0.0.1 or http://localhost."));
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null && rawQuery.length() > MAX_QUERY_STRING) {
            return Response.html(
                    414,
                    PageLayout.message(
                            "Address too long",
                            "The address of this search is too long. Start a new search from the search page."));
        }
        return switch (exchange.getRequestURI().getPath()) {
            case "/" -> searchPage(QueryParams.parse(rawQuery));
            case "/article" -> articlePage(QueryParams.parse(rawQuery));
            case "/export.csv" -> export(QueryParams.parse(rawQuery), ExportFormat.CSV);
            case "/export.jsonl" -> export(QueryParams.parse(rawQuery), ExportFormat.JSONL);
            case "/style.css" ->
                new Response(
                        200, "text/css; charset=utf-8", PageLayout.STYLESHEET, Map.of("Cache-Control", "max-age=300"));
            default -> Response.html(404, PageLayout.message("Not found", "There is no such page here."));
        };
    }

    private Response searchPage(QueryParams params) {
        SearchPageState state = SearchPageState.parse(params);
        FacetedSearch.Result result;
        try {
            FacetFilters.Result filters = new FacetFilters(client, alias).resolve(state.toSearchQuery());
            state = state.withResolvedFilters(
                    filters.query(),
                    filters.problems().stream().map(p -> cap(p.problem())).toList());
            result = search.search(state.toSearchQuery(), state.interval(), Highlights.PRE, Highlights.POST);
            long pages = (result.results().total() + state.size() - 1) / state.size();
            if (result.results().hits().isEmpty() && pages > 0 && state.page() > pages) {
                List<String> notices = new ArrayList<>(state.notices());
                notices.add(
                        "There are only " + pages + (pages == 1 ? " page" : " pages") + " of hits; showing the last.");
                state = new SearchPageState(
                        state.text(),
                        state.selected(),
                        state.from(),
                        state.to(),
                        (int) pages,
                        state.size(),
                        state.collapse(),
                        state.sort(),
                        notices);
                result = search.search(state.toSearchQuery(), state.interval(), Highlights.PRE, Highlights.POST);
            }
        } catch (QueryRejectedException e) {
            // The search itself is at fault: say so, and why, instead of suggesting to wait.
            return Response.html(
                    400,
                    SearchPage.unavailable(
                            state, "This search cannot be run: " + e.reason() + ". Change the search and try again."));
        } catch (ClusterUnavailableException e) {
            log.println("samachar serve: " + e.getMessage());
            return Response.html(
                    503,
                    SearchPage.unavailable(
                            state,
                            "The search could not be run right now. Please try again in a moment, or change the search."));
        }
        return Response.html(200, SearchPage.render(state, result));
    }

    /**
     * Every hit of the page's search (its query and filters; not its page or size), streamed as a
     * download. The point in time is opened before the headers go out, so an unreachable cluster
     * is still a 503 page; a failure mid-stream can only cut the download short, and is logged.
     */
    private Response export(QueryParams params, ExportFormat format) {
        ArticleExport.Cursor cursor;
        try {
            // The same forgiving filters as the page; a value that resolves to nothing matches nothing.
            SearchQuery query = new FacetFilters(client, alias)
                    .resolve(SearchPageState.parse(params).toSearchQuery())
                    .query();
            cursor = exporter.open(query);
        } catch (ClusterUnavailableException e) {
            log.println("samachar serve: " + e.getMessage());
            return Response.html(
                    503,
                    PageLayout.message(
                            "Export unavailable",
                            "The export could not be started right now. Please try again in a moment."));
        }
        String name = "samachar-export." + format.extension();
        return new Response(
                200,
                format.mediaType() + "; charset=utf-8",
                null,
                Map.of("Content-Disposition", "attachment; filename=\"" + name + "\""),
                new ExportStream(cursor, format));
    }

    private record ExportStream(ArticleExport.Cursor cursor, ExportFormat format) implements Stream {

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (cursor;
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                format.writeStart(writer);
                while (cursor.hasNext()) {
                    ArticleExport.Row row = cursor.next();
                    format.write(writer, row.id(), row.score(), row.source());
                }
            }
        }

        @Override
        public void close() {
            cursor.close();
        }
    }

    private Response articlePage(QueryParams params) {
        String id = params.first("id");
        if (id == null || id.isBlank() || id.length() > 512) {
            return Response.html(404, PageLayout.message("No such article", "No article with that id is indexed."));
        }
        ObjectNode document = ArticleSearch.get(client, alias, id);
        if (document == null) {
            return Response.html(404, PageLayout.message("No such article", "No article with that id is indexed."));
        }
        Map<String, ObjectNode> translations = new LinkedHashMap<>();
        ArticleField.RELATED_LINKS.in(document).forEach(link -> {
            String other = link.path("id").asText();
            ObjectNode translation = ArticleSearch.get(client, alias, other);
            if (translation != null) {
                translations.put(other, translation);
            }
        });
        return Response.html(200, ArticlePage.render(document, translations));
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean isLoopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            host = host.substring(0, colon);
        }
        return LOOPBACK_NAMES.contains(host);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        response.headers().forEach(headers::set);
        if (response.stream() != null) {
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(response.status(), -1);
                response.stream().close();
                return;
            }
            exchange.sendResponseHeaders(response.status(), 0);
            try (OutputStream out = exchange.getResponseBody()) {
                response.stream().writeTo(out);
            }
            return;
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A body written as it is produced (chunked), for downloads of any length. */
    private interface Stream extends AutoCloseable {
        void writeTo(OutputStream out) throws IOException;

        /** Releases what the body held when it is not sent (HEAD). */
        @Override
        void close();
    }

    private record Response(int status, String contentType, String body, Map<String, String> headers, Stream stream) {

        Response(int status, String contentType, String body, Map<String, String> headers) {
            this(status, contentType, body, headers, null);
        }

        static Response html(int status, String body) {
            return new Response(status, "text/html; charset=utf-8", body, Map.of());
        }

        Response with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Response(status, contentType, body, more, stream);
        }
    }
}
