package dev.samachar.benchmarks.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * English/Hindi pairs of Indian states and districts from the npm package
 * {@code @coffeebeanslabs/country_state_district@1.0.1}: the {@code en_name} and {@code hi_name}
 * of each entry of {@code state.json} and {@code city.json} (its "cities" are districts). All of
 * them are Indian.
 */
public final class NpmNames {

    public static final List<String> FILES = List.of("state.json", "city.json");

    private NpmNames() {}

    /** Reads the JSON files in an unpacked package folder (the tarball's {@code package/}). */
    public static List<NamePair> read(Path packageDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<NamePair> pairs = new ArrayList<>();
        for (String file : FILES) {
            for (JsonNode entry : json.readTree(packageDir.resolve(file).toFile())) {
                String english = entry.path("en_name").asText("").strip();
                String hindi = entry.path("hi_name").asText("").strip();
                if (Scripts.hasLatin(english) && Scripts.hasDevanagari(hindi)) {
                    pairs.add(new NamePair(english, hindi, NamePair.NPM, "IN"));
                }
            }
        }
        return pairs;
    }
}
