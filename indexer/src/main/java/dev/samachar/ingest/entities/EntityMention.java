package dev.samachar.ingest.entities;

/**
 * One place a text names a gazetteer entity.
 *
 * @param start offset of the first char, inclusive
 * @param end   offset after the last char
 * @param text  the text matched, e.g. "Lt Gen" is not part of it but "Nurlan Yermekbayev" is
 */
public record EntityMention(String canonical, EntityType type, int start, int end, String text) {}
