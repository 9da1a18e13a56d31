package cn.onewindow.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The window clerk's side: takes a file in with a complete materials checklist for the item and every review point
 * (审查要点) of it confirmed — the intake service refuses a take-in with a point unanswered.
 */
public final class Window {
    private static final Map<String, List<Map<String, String>>> CHECKLISTS = new ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, String>>> REVIEW_POINTS = new ConcurrentHashMap<>();

    private Window() {
    }

    /** Every material of the item's version in force, ticked as verified (originals) or provided. */
    public static List<Map<String, String>> completeChecklist(String base, String token, String item) {
        return CHECKLISTS.computeIfAbsent(item, i -> {
            JsonNode v = Http.get(base + "/catalogue/items/" + i, token).json().get("inForce");
            List<Map<String, String>> list = new ArrayList<>();
            v.get("definition").get("materials").forEach(m -> list.add(Map.of("code", m.get("code").asText(),
                    "status", m.get("originalToVerify").asBoolean() ? "ORIGINAL_VERIFIED" : "PROVIDED")));
            return list;
        });
    }

    /** Every review point of the items' versions in force, confirmed as the clerk ticks them, item by item. */
    public static List<Map<String, String>> confirmedReviewPoints(String base, String token, String... items) {
        List<Map<String, String>> all = new ArrayList<>();
        for (String item : items) {
            all.addAll(REVIEW_POINTS.computeIfAbsent(item, i -> {
                JsonNode v = Http.get(base + "/catalogue/items/" + i, token).json().get("inForce");
                List<Map<String, String>> list = new ArrayList<>();
                v.get("definition").path("reviewPoints").forEach(p -> list.add(Map.of("itemCode", i, "point", p.asText(),
                        "outcome", "CONFIRMED")));
                return list;
            }));
        }
        return all;
    }

    /** POSTs an intake to {@code base}/cases (base is the gateway's /api/intake or the service's /api). */
    public static Http.Reply takeIn(String base, String token, String item, String kind, String name, String idNumber) {
        return Http.post(base + "/cases", token, Map.of("itemCode", item,
                "applicant", Map.of("kind", kind, "name", name, "idNumber", idNumber),
                "materials", completeChecklist(base, token, item), "deliveryMethod", "PICKUP",
                "reviewPoints", confirmedReviewPoints(base, token, item)));
    }

    public static String caseId(Http.Reply accepted) {
        return accepted.json().get("intakeCase").get("caseId").asText();
    }
}
