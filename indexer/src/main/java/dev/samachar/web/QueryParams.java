package dev.samachar.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a request's query string, decoded leniently: a malformed percent escape
 * spoils only its own parameter, which is dropped and reported, never the page.
 */
final class QueryParams {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private boolean malformed;

    static QueryParams parse(String rawQuery) {
        QueryParams params = new QueryParams();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.values
                        .computeIfAbsent(decode(name), k -> new ArrayList<>())
                        .add(decode(value));
            } catch (IllegalArgumentException e) {
                params.malformed = true;
            }
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** All values of a parameter, in order; empty when absent. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The first value, or null. */
    String first(String name) {
        List<String> all = all(name);
        return all.isEmpty() ? null : all.get(0);
    }

    boolean malformed() {
        return malformed;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
