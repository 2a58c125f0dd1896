package dev.samachar.ingest.files;

/**
 * A file (or one line of a .jsonl file) that did not make it into the index, and why.
 *
 * @param origin path, or path:line
 * @param stage  "read", "parse" or "index"
 */
public record IngestFailure(String origin, String stage, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason + " (" + stage + ")";
    }
}
