/**
 * Turning a file's text into articles: {@code ArticleReader} picks the parser by extension (scraped plain-text pages,
 * saved HTML pages, {@code .jsonl} feeds), page chrome is separated from the article, and title, language, source
 * credit and publication date are read from what remains. Bad input becomes a failure with its file and reason, never
 * an exception.
 */
package dev.samachar.ingest.parse;
