package dev.samachar.cli;

/** The exit-code contract, documented in README.md and docs/cli.md. */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Partial: some files or articles failed (each is listed); the rest was done. */
    public static final int PARTIAL = 1;
    /** Usage or configuration error: nothing was done. */
    public static final int USAGE = 2;
    /** The cluster is unreachable, rejected the credentials, or refused writes. */
    public static final int CLUSTER = 3;
    /** A bug in Samachar; the message says where. */
    public static final int INTERNAL = 4;

    private ExitCodes() {}
}
