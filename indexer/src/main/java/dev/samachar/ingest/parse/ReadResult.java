package dev.samachar.ingest.parse;

import dev.samachar.ingest.files.IngestFailure;
import java.util.List;

/** What reading one file gave: its articles, and the parts that could not be read. */
public record ReadResult(List<Article> articles, List<IngestFailure> failures, List<String> warnings) {

    public static ReadResult failed(IngestFailure failure) {
        return new ReadResult(List.of(), List.of(failure), List.of());
    }
}
