package dev.samachar.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.search.TranslationLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One stored article in full, with links to its translations; what `samachar get` prints. */
final class ArticlePage {

    private ArticlePage() {}

    /** @param translations each linked translation's stored document by id (absent when no longer indexed) */
    static String render(ObjectNode document, Map<String, ObjectNode> translations) {
        String lang = document.path("lang").asText("");
        StringBuilder html = new StringBuilder("<article class=\"full\"")
                .append(SearchPage.langAttribute(lang))
                .append(">");
        html.append("<h1>")
                .append(Html.escape(document.path("title").asText("(untitled)")))
                .append("</h1>");
        List<String> meta = new ArrayList<>();
        meta.add(Labels.published(
                document.hasNonNull("published") ? document.get("published").asText() : null));
        meta.add(document.hasNonNull("source") ? document.get("source").asText() : "source unknown");
        meta.add(Labels.language(lang));
        List<String> countries = new ArrayList<>();
        document.path("countries").forEach(c -> countries.add(Labels.country(c.asText())));
        if (!countries.isEmpty()) {
            meta.add(String.join(", ", countries));
        }
        if (document.hasNonNull("release_id")) {
            meta.add("release " + document.get("release_id").asText());
        }
        html.append("<p class=\"meta\" lang=\"en\">")
                .append(Html.escape(String.join(" · ", meta)))
                .append("</p>");
        for (TranslationLink link : TranslationLink.of(document.get("related_links"))) {
            String id = link.id();
            ObjectNode other = translations.get(id);
            html.append("<p class=\"translation\" lang=\"en\">");
            if (other == null) {
                html.append("Linked translation ").append(Html.escape(id)).append(" is no longer indexed.");
            } else {
                String otherLang = other.path("lang").asText("");
                html.append(Html.escape(link.label(otherLang)))
                        .append(": <a data-id=\"")
                        .append(Html.escape(id))
                        .append("\" href=\"/article?id=")
                        .append(Html.escape(QueryParams.encode(id)))
                        .append("\"")
                        .append(SearchPage.langAttribute(otherLang))
                        .append(">")
                        .append(Html.escape(other.path("title").asText()))
                        .append("</a>");
                html.append(" <span class=\"link-evidence\">")
                        .append(Html.escape(String.format(Locale.ROOT, "score %.2f: %s", link.score(), link.reason())))
                        .append("</span>");
            }
            html.append("</p>");
        }
        String url = document.path("url").asText("");
        if (url.startsWith("https://") || url.startsWith("http://")) {
            html.append("<p class=\"meta\" lang=\"en\">Original: <a rel=\"noreferrer noopener\" href=\"")
                    .append(Html.escape(url))
                    .append("\">")
                    .append(Html.escape(url))
                    .append("</a></p>");
        }
        html.append("<div class=\"body\">");
        for (String paragraph : document.path("body").asText("").split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Html.escape(paragraph.strip())).append("</p>");
            }
        }
        html.append("</div></article>");
        return PageLayout.page(
                document.path("title").asText("Article") + " – Samachar",
                SearchPage.form(SearchPageState.parse(QueryParams.parse(""))),
                html.toString());
    }
}
