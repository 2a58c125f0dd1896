package dev.samachar.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.MappingFiles;
import dev.samachar.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports Samachar's Kibana saved objects (data view, saved search, dashboard) through
 * {@code POST /api/saved_objects/_import?overwrite=true}, and reads Kibana's answer object by object:
 * Kibana answers 200 even when some objects failed, so {@code success} and every entry of
 * {@code errors} are checked.
 */
public final class KibanaImporter {

    /** The assets in the jar (copied from mappings/kibana/). */
    /** Below mappings/. */
    public static final String ASSETS = "kibana/samachar.ndjson";

    public static final String RESOURCE = MappingFiles.PREFIX + ASSETS;
    public static final String FILE_NAME = "samachar.ndjson";
    /** The oldest Kibana the assets are written for (every migration version is at or below it). */
    public static final String MINIMUM_KIBANA = "8.11.0";

    public static final String KIBANA_URL = "KIBANA_URL";
    public static final String KIBANA_API_KEY = "SAMACHAR_KIBANA_API_KEY";
    public static final String KIBANA_USER = "SAMACHAR_KIBANA_USER";
    public static final String KIBANA_PASSWORD = "SAMACHAR_KIBANA_PASSWORD";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kibana could not be reached at all (exit code 3). */
    public static final class UnreachableException extends RuntimeException {
        public UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One object Kibana did not import. */
    public record Failure(String type, String id, String title, String reason) {
        @Override
        public String toString() {
            return type + " " + id + (title == null || title.isEmpty() ? "" : " (" + title + ")") + ": " + reason;
        }
    }

    /**
     * An imported object Kibana stored under another id ({@code destinationId} of a success result): it does
     * so in a space where the id is taken by another space's copy, or with {@code createNewCopies}.
     */
    public record NewId(String type, String id, String destinationId) {
        @Override
        public String toString() {
            return type + " " + id + " -> " + destinationId;
        }
    }

    /**
     * What Kibana answered: HTTP status, imported objects, those stored under a new id, and failures (per
     * object, or the whole request).
     */
    public record Outcome(
            int status,
            boolean success,
            int successCount,
            List<String> imported,
            List<NewId> newIds,
            List<Failure> failures,
            String body) {
        public boolean ok() {
            return status == 200 && success && failures.isEmpty();
        }

        public boolean authRejected() {
            return status == 401 || status == 403;
        }

        /** The id the object {@code type}/{@code id} has in Kibana after the import. */
        public String idInKibana(String type, String id) {
            return newIds.stream()
                    .filter(n -> n.type().equals(type) && n.id().equals(id))
                    .map(NewId::destinationId)
                    .findFirst()
                    .orElse(id);
        }
    }

    private final URI endpoint;
    private final Optional<String> authorization;
    private final HttpClient http;

    public KibanaImporter(String kibanaUrl, String space, Settings settings) {
        this.endpoint = endpoint(kibanaUrl, space);
        this.authorization = authorization(settings);
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    static URI endpoint(String kibanaUrl, String space) {
        if (kibanaUrl == null || kibanaUrl.isBlank()) {
            throw new IllegalArgumentException("no Kibana URL: pass --kibana-url or set " + KIBANA_URL);
        }
        String base = kibanaUrl.trim().replaceAll("/+$", "");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("Kibana URL must start with http:// or https://: " + kibanaUrl);
        }
        String prefix = "";
        if (space != null && !space.isBlank() && !space.equals("default")) {
            prefix = "/s/" + URLEncoder.encode(space.trim(), StandardCharsets.UTF_8);
        }
        try {
            return URI.create(base + prefix + "/api/saved_objects/_import?overwrite=true");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad Kibana URL " + kibanaUrl + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> authorization(Settings settings) {
        Optional<String> apiKey = settings.get(KIBANA_API_KEY);
        if (apiKey.isPresent()) {
            return Optional.of("ApiKey " + apiKey.get());
        }
        Optional<String> user = settings.get(KIBANA_USER);
        Optional<String> password = settings.get(KIBANA_PASSWORD);
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("set both " + KIBANA_USER + " and " + KIBANA_PASSWORD + ", or neither");
        }
        return user.map(u -> "Basic "
                + Base64.getEncoder().encodeToString((u + ":" + password.get()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The bundled NDJSON. */
    public static byte[] assets() {
        return MappingFiles.read(ASSETS, InputStream::readAllBytes);
    }

    /** multipart/form-data with the single part Kibana reads: {@code file}, a name ending in .ndjson. */
    static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    public Outcome importAssets() {
        return importNdjson(assets());
    }

    public Outcome importNdjson(byte[] ndjson) {
        String boundary = "samachar-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("kbn-xsrf", "true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, FILE_NAME, ndjson)));
        authorization.ifPresent(a -> request.header("Authorization", a));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnreachableException(
                    "Kibana unreachable at " + base() + ": "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted while importing into Kibana at " + base(), e);
        }
        return parse(response.statusCode(), response.body());
    }

    private String base() {
        String s = endpoint.toString();
        return s.substring(0, s.indexOf("/api/saved_objects/"));
    }

    static Outcome parse(int status, String body) {
        List<Failure> failures = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        List<NewId> newIds = new ArrayList<>();
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            json = null;
        }
        if (status != 200 || json == null || !json.isObject()) {
            String reason = "HTTP " + status;
            if (json != null && json.hasNonNull("message")) {
                reason += ": " + json.get("message").asText();
            } else if (body != null && !body.isBlank()) {
                reason += ": " + abbreviate(body);
            }
            failures.add(new Failure("request", "_import", "", reason));
            return new Outcome(status, false, 0, imported, newIds, failures, body);
        }
        for (JsonNode r : json.path("successResults")) {
            imported.add(r.path("type").asText() + " " + r.path("id").asText());
            String destination = r.path("destinationId").asText("");
            if (!destination.isEmpty() && !destination.equals(r.path("id").asText())) {
                newIds.add(new NewId(r.path("type").asText(), r.path("id").asText(), destination));
            }
        }
        for (JsonNode e : json.path("errors")) {
            String title = e.hasNonNull("title")
                    ? e.get("title").asText()
                    : e.path("meta").path("title").asText("");
            failures.add(
                    new Failure(e.path("type").asText("?"), e.path("id").asText("?"), title, reason(e.path("error"))));
        }
        boolean success = json.path("success").asBoolean(false);
        if (!success && failures.isEmpty()) {
            failures.add(new Failure(
                    "request", "_import", "", "Kibana reported success=false without errors: " + abbreviate(body)));
        }
        return new Outcome(
                status, success, json.path("successCount").asInt(imported.size()), imported, newIds, failures, body);
    }

    private static String reason(JsonNode error) {
        String type = error.path("type").asText("unknown");
        StringBuilder reason = new StringBuilder(type);
        if (error.hasNonNull("message")) {
            reason.append(": ").append(error.get("message").asText());
        }
        if (error.path("references").isArray() && !error.path("references").isEmpty()) {
            List<String> refs = new ArrayList<>();
            error.get("references")
                    .forEach(r -> refs.add(
                            r.path("type").asText() + " " + r.path("id").asText()));
            reason.append(" (missing: ").append(String.join(", ", refs)).append(")");
        }
        if (error.hasNonNull("destinationId")) {
            reason.append(" (destination ")
                    .append(error.get("destinationId").asText())
                    .append(")");
        }
        return reason.toString();
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
    }
}
