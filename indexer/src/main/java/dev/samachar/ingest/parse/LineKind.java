package dev.samachar.ingest.parse;

/** What a line of a scraped page is, as far as the article is concerned. */
public enum LineKind {
    /** Article text (or the title). */
    TEXT,
    /** Page furniture: ads, related links, prompts, widgets. Never reaches the document. */
    CHROME,
    /** Lines that carry metadata only (byline, posted-on, release id): read, then dropped. */
    METADATA,
    BLANK
}
