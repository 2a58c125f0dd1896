package dev.samachar.synonyms;

import java.util.Set;

/** What the miner needs of one indexed article. */
public record CorpusDoc(String id, String file, String lang, String day, String text, Set<String> context) {}
