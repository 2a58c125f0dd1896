package dev.samachar.es;

/** A usage or configuration mistake the user can fix (exit code 2). */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
