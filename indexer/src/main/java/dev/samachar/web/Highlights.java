package dev.samachar.web;

/**
 * Snippets with matched words marked. Elasticsearch wraps matches in markers from Unicode's
 * private-use area, which news text does not contain; the snippet is escaped as plain text and
 * only then are the markers turned into {@code <mark>} tags, so nothing from the article can
 * become markup. Stray or unbalanced markers (should an article ever contain them) are dropped.
 */
final class Highlights {

    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private Highlights() {}

    static String toHtml(String snippet) {
        if (snippet == null) {
            return "";
        }
        String escaped = Html.escape(snippet.replaceAll("\\s+", " ").strip());
        StringBuilder out = new StringBuilder(escaped.length() + 32);
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == PRE.charAt(0)) {
                if (!open) {
                    out.append("<mark>");
                    open = true;
                }
            } else if (c == POST.charAt(0)) {
                if (open) {
                    out.append("</mark>");
                    open = false;
                }
            } else {
                out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
