package dev.samachar.es;

/** The cluster cannot be reached, rejected our credentials, or refuses writes (exit code 3). */
public class ClusterUnavailableException extends RuntimeException {
    public ClusterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ClusterUnavailableException(String message) {
        super(message);
    }
}
