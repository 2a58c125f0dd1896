package dev.samachar.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.schema.ArticleField;
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
        String lang = ArticleField.LANG.textIn(document, "");
        StringBuilder html = new StringBuilder("<article class=\"full\"")
                .append(SearchPage.langAttribute(lang))
                .append(">");
        html.append("<h1>")
                .append(Html.escape(ArticleField.TITLE.textIn(document, "(untitled)")))
                .append("</h1>");
        List<String> meta = new ArrayList<>();
        meta.add(Labels.published(ArticleField.PUBLISHED.textIn(document)));
        meta.add(ArticleField.SOURCE.textIn(document, "source unknown"));
        meta.add(Labels.language(lang));
        List<String> countries = new ArrayList<>();
        ArticleField.COUNTRIES.valuesIn(document).forEach(c -> countries.add(Labels.country(c)));
        if (!countries.isEmpty()) {
            meta.add(String.join(", ", countries));
        }
        String releaseId = ArticleField.RELEASE_ID.textIn(document);
        if (releaseId != null) {
            meta.add("release " + releaseId);
        }
        html.append("<p class=\"meta\" lang=\"en\">")
                .append(Html.escape(String.join(" · ", meta)))
                .append("</p>");
        for (TranslationLink link : TranslationLink.of(document.get(ArticleField.RELATED_LINKS.fieldName()))) {
            String id = link.id();
            ObjectNode other = translations.get(id);
            html.append("<p class=\"translation\" lang=\"en\">");
            if (other == null) {
                html.append("Linked translation ").append(Html.escape(id)).append(" is no longer indexed.");
            } else {
                String otherLang = ArticleField.LANG.textIn(other, "");
                html.append(Html.escape(link.label(otherLang)))
                        .append(": <a data-id=\"")
                        .append(Html.escape(id))
                        .append("\" href=\"/article?id=")
                        .append(Html.escape(QueryParams.encode(id)))
                        .append("\"")
                        .append(SearchPage.langAttribute(otherLang))
                        .append(">")
                        .append(Html.escape(ArticleField.TITLE.textIn(other, "")))
                        .append("</a>");
                html.append(" <span class=\"link-evidence\">")
                        .append(Html.escape(String.format(Locale.ROOT, "score %.2f: %s", link.score(), link.reason())))
                        .append("</span>");
            }
            html.append("</p>");
        }
        String url = ArticleField.URL.textIn(document, "");
        if (url.startsWith("https://") || url.startsWith("http://")) {
            html.append("<p class=\"meta\" lang=\"en\">Original: <a rel=\"noreferrer noopener\" href=\"")
                    .append(Html.escape(url))
                    .append("\">")
                    .append(Html.escape(url))
                    .append("</a></p>");
        }
        html.append("<div class=\"body\">");
        for (String paragraph : ArticleField.BODY.textIn(document, "").split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Html.escape(paragraph.strip())).append("</p>");
            }
        }
        html.append("</div></article>");
        return PageLayout.page(
                ArticleField.TITLE.textIn(document, "Article") + " – Samachar",
                SearchPage.form(SearchPageState.parse(QueryParams.parse(""))),
                html.toString());
    }
}
