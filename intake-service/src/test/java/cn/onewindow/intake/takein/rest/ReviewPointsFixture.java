package cn.onewindow.intake.takein.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The review points (审查要点) of the demo hall's items, as the take-in must answer them: read from the seed the test
 * database is loaded from, so a test body can carry them at class load (no request, no identity needed).
 */
final class ReviewPointsFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SEED = read();

    private ReviewPointsFixture() {
    }

    /** Every review point of the items (a bundle code stands for its items), confirmed. */
    static List<Map<String, String>> confirmed(String... itemsOrBundles) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String code : itemsOrBundles) {
            for (String item : items(code)) {
                points(item).forEach(p -> out.add(Map.of("itemCode", item, "point", p, "outcome", "CONFIRMED")));
            }
        }
        return out;
    }

    /** The same as a JSON array, for bodies written as text. */
    static String json(String... itemsOrBundles) {
        try {
            return JSON.writeValueAsString(confirmed(itemsOrBundles));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The item's review points in the catalogue's order. */
    static List<String> points(String item) {
        for (JsonNode i : SEED.get("items")) {
            if (item.equals(i.get("code").asText())) {
                List<String> points = new ArrayList<>();
                i.path("reviewPoints").forEach(p -> points.add(p.asText()));
                return points;
            }
        }
        throw new IllegalArgumentException("no demo item " + item);
    }

    private static List<String> items(String code) {
        for (JsonNode b : SEED.get("bundles")) {
            if (code.equals(b.get("code").asText())) {
                List<String> items = new ArrayList<>();
                b.get("items").forEach(i -> items.add(i.asText()));
                return items;
            }
        }
        return List.of(code);
    }

    private static JsonNode read() {
        try (InputStream in = ReviewPointsFixture.class.getClassLoader().getResourceAsStream("seed/demo-catalogue.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
