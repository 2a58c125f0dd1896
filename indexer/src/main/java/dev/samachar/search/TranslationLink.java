package dev.samachar.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored translation link ({@code related_links}) as search results, {@code get} and the web page show
 * it. Only a link the linker found strong is called the other language's version; a weaker one, or one
 * written before links had a strength, is shown as a possible translation with its score.
 *
 * @param strength "strong" or "possible"
 */
public record TranslationLink(String id, double score, String strength, String reason) {

    public static final String STRONG = "strong";

    public boolean strong() {
        return STRONG.equals(strength);
    }

    /** The links of a stored document's {@code related_links}. */
    public static List<TranslationLink> of(JsonNode relatedLinks) {
        List<TranslationLink> links = new ArrayList<>();
        if (relatedLinks != null) {
            for (JsonNode link : relatedLinks) {
                links.add(new TranslationLink(
                        link.path("id").asText(),
                        link.path("score").asDouble(),
                        STRONG.equals(link.path("strength").asText()) ? STRONG : "possible",
                        link.path("reason").asText("")));
            }
        }
        return links;
    }

    /** "English version" for a strong link to an English article; else "possibly related translation (score 0.74)". */
    public String label(String otherLang) {
        if (strong()) {
            return switch (otherLang == null ? "" : otherLang) {
                case "hi" -> "Hindi version";
                case "en" -> "English version";
                default -> "Translation";
            };
        }
        return String.format(Locale.ROOT, "possibly related translation (score %.2f)", score);
    }
}
