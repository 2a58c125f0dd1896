package dev.samachar.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Hits and facet counts, in the shape `samachar search --json` prints. */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /**
     * @param published ISO-8601 with the IST offset, or null when the article is undated
     * @param snippet      best matching passage; matched words wrapped in &lt;em&gt;...&lt;/em&gt;
     * @param translations the links behind {@code related}, with their scores and strength
     */
    public record Hit(
            String id,
            String file,
            String title,
            String lang,
            String published,
            List<String> countries,
            List<String> persons,
            List<String> orgs,
            List<String> events,
            List<String> related,
            String source,
            @JsonProperty("release_id") String releaseId,
            Double score,
            String snippet,
            List<TranslationLink> translations) {}

    public record FacetValue(String value, long count) {}
}
