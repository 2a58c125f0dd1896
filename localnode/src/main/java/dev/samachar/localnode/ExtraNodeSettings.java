package dev.samachar.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code SAMACHAR_ES_EXTRA_SETTINGS}: further elasticsearch.yml settings for the local node, separated by
 * ';' or newlines, each {@code key: value} or {@code key=value}, e.g. {@code thread_pool.write.queue_size: 1}
 * for the test that makes the node reject bulk requests. Appended after Samachar's own settings, so a key
 * Samachar sets cannot be given twice (Elasticsearch refuses duplicate keys).
 */
final class ExtraNodeSettings {

    static final String ENV = "SAMACHAR_ES_EXTRA_SETTINGS";
    private static final Pattern KEY = Pattern.compile("[a-z0-9_.\\-]+");

    private ExtraNodeSettings() {}

    static List<String> parse(String value) {
        List<String> lines = new ArrayList<>();
        for (String part : value.split("[;\\n]")) {
            String setting = part.strip();
            if (setting.isEmpty()) {
                continue;
            }
            int colon = setting.indexOf(':');
            int equals = setting.indexOf('=');
            int split = colon < 0 ? equals : (equals < 0 ? colon : Math.min(colon, equals));
            String key = split < 0 ? "" : setting.substring(0, split).strip();
            if (!KEY.matcher(key).matches()) {
                throw new LocalNodeException(ENV + ": '" + setting + "' is not 'key: value'");
            }
            lines.add(key + ": " + setting.substring(split + 1).strip());
        }
        return lines;
    }

    static void appendTo(Path configFile, Map<String, String> env) {
        String value = env.get(ENV);
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            Files.write(configFile, parse(value), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write " + configFile + ": " + IoErrors.describe(e), e);
        }
    }
}
