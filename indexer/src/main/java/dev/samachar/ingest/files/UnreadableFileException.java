package dev.samachar.ingest.files;

/** A file that cannot become an article; the message is the reason shown next to the file name. */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason);
    }
}
