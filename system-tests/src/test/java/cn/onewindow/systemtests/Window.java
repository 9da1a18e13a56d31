package cn.onewindow.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/** The window clerk's side: takes a file in with a complete materials checklist for the item. */
public final class Window {
    private static final Map<String, List<Map<String, String>>> CHECKLISTS = new ConcurrentHashMap<>();

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

    /** POSTs an intake to {@code base}/cases (base is the gateway's /api/intake or the service's /api). */
    public static Http.Reply takeIn(String base, String token, String item, String kind, String name, String idNumber) {
        return Http.post(base + "/cases", token, Map.of("itemCode", item,
                "applicant", Map.of("kind", kind, "name", name, "idNumber", idNumber),
                "materials", completeChecklist(base, token, item), "deliveryMethod", "PICKUP"));
    }

    public static String caseId(Http.Reply accepted) {
        return accepted.json().get("intakeCase").get("caseId").asText();
    }
}
