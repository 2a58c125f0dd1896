package dev.samachar.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The frame every page shares: head, stylesheet link and the search form in the header. */
final class PageLayout {

    static final String STYLESHEET = load("style.css");

    private PageLayout() {}

    static String page(String title, String header, String content) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + Html.escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>"
                + "<header><a class=\"brand\" href=\"/\">Samachar</a>" + header + "</header>\n"
                + content + "\n</body></html>\n";
    }

    /** A page with only a message, for errors: never anything from the exception itself. */
    static String message(String title, String text) {
        return page(
                title + " – Samachar",
                "",
                "<div class=\"notices\"><p class=\"notice error\" role=\"alert\">" + Html.escape(text)
                        + "</p><p><a href=\"/\">Back to the search page</a></p></div>");
    }

    private static String load(String name) {
        try (InputStream in = PageLayout.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/samachar/web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
