package dev.samachar.watch;

import dev.samachar.ingest.files.IngestFailure;
import java.time.Duration;
import java.util.List;

/**
 * What one batch of the watch did, in files and in documents.
 *
 * @param number    1 for the start-up run over every watched path, then counting the batches worth reporting
 *                  (0 for one that is not: a rescan that found nothing new)
 * @param startup   the run over every watched path at the start
 * @param files     files read or checked
 * @param added     files indexed for the first time (including copies of indexed content)
 * @param changed   files whose new content replaced their documents
 * @param unchanged files touched but with the content already indexed
 * @param removed   files gone whose documents were deleted (--prune)
 * @param failed    files with a failure (each in {@code failures})
 * @param indexed   documents indexed
 * @param deleted   documents deleted (old versions of changed files, and those of removed files)
 */
public record Batch(
        int number,
        boolean startup,
        int files,
        int added,
        int changed,
        int unchanged,
        int removed,
        int failed,
        long indexed,
        long deleted,
        int translationLinks,
        List<IngestFailure> failures,
        List<String> warnings,
        Duration elapsed) {

    /**
     * False for a batch after the start-up one that found nothing new (a rescan of files already indexed): not
     * worth a line. The start-up batch always is, as the sign that the watch is up to date.
     */
    public boolean worthReporting() {
        return startup || added + changed + removed + failed > 0 || indexed + deleted > 0 || !warnings.isEmpty();
    }

    Batch numbered(int n) {
        return new Batch(
                n,
                startup,
                files,
                added,
                changed,
                unchanged,
                removed,
                failed,
                indexed,
                deleted,
                translationLinks,
                failures,
                warnings,
                elapsed);
    }
}
