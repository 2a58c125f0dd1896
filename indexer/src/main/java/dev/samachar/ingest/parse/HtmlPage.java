package dev.samachar.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a saved HTML page into the plain text a scraped page would have: the title first (from
 * {@code <h1>}, else {@code <title>}), then one line per block of the article. Scripts, styles,
 * navigation, headers, footers, forms and asides never reach the text. The result goes through the
 * same parser as .txt pages, so datelines, sources and release ids are found the same way.
 *
 * <p>jsoup (MIT, no dependencies) because real pages are not well-formed XML and a regex over markup
 * misreads entities, comments and script bodies.
 */
final class HtmlPage {

    private static final String NOT_TEXT =
            "script, style, noscript, template, nav, header, footer, aside, form, " + "iframe, svg, button, select";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dt, dd, figcaption";

    private HtmlPage() {}

    static String toText(String html) {
        Document page = Jsoup.parse(html);
        page.select(NOT_TEXT).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        List<String> lines = new ArrayList<>();
        Element h1 = root.selectFirst("h1");
        String title = h1 != null ? h1.text() : page.title();
        if (!title.isBlank()) {
            lines.add(title.strip());
        }
        for (Element block : root.select(BLOCKS)) {
            if (block == h1 || block.select(BLOCKS).size() > 1) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        if (lines.size() <= 1) {
            // Pages that put text straight into <div>s: fall back to the whole visible text.
            lines.add(root.text());
        }
        return String.join("\n", lines);
    }
}
