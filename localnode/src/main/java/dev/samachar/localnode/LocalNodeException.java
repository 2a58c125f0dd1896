package dev.samachar.localnode;

/**
 * An expected failure of the local node (missing distribution, node that would not start, ...).
 * The message is meant for end users as is: callers should print it, not its stack trace.
 */
public class LocalNodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LocalNodeException(String message) {
        super(message);
    }

    public LocalNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
