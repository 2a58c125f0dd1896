package dev.samachar.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by every command that talks to a cluster. */
public class ClusterOptions {

    @Option(
            names = "--es-url",
            paramLabel = "URL",
            description = "Elasticsearch URL (comma-separated for several nodes). Default: $SAMACHAR_ES_URL, "
                    + "else the local node under $SAMACHAR_HOME, started if needed. "
                    + "Credentials only from the environment: SAMACHAR_ES_API_KEY (or _API_KEY_FILE), or "
                    + "SAMACHAR_ES_USER + SAMACHAR_ES_PASSWORD (or _PASSWORD_FILE); SAMACHAR_ES_CA (PEM) or "
                    + "SAMACHAR_ES_CA_FINGERPRINT for TLS.")
    String esUrl;

    @Option(
            names = "--alias",
            paramLabel = "NAME",
            defaultValue = "samachar",
            description = "Index alias to use (default: ${DEFAULT-VALUE}).")
    String alias;

    Optional<String> esUrl() {
        return Optional.ofNullable(esUrl);
    }
}
