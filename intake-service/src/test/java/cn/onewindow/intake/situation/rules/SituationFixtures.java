package cn.onewindow.intake.situation.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Material;
import cn.onewindow.contracts.catalogue.ItemDefinition.Option;
import cn.onewindow.contracts.catalogue.ItemDefinition.Question;
import cn.onewindow.contracts.catalogue.ItemDefinition.Situation;

/** Items with questions and situations (情形), written as the catalogue writes them. */
final class SituationFixtures {
    private SituationFixtures() {
    }

    static final List<Material> MATERIALS = List.of(material("APP", true), material("BL", true), material("LICENCE", true),
            material("CHG", true), material("POA", false));

    static Material material(String code, boolean key) {
        return new Material(code, code + "材料", key, false, 1, true, !key, code + "（样表）");
    }

    static Question question(String code, String... options) {
        return new Question(code, code + "？", Arrays.stream(options).map(o -> new Option(o, o + "选项")).toList());
    }

    static Situation situation(String code, Map<String, String> when, List<String> materials, Integer statutory, Integer promised) {
        return new Situation(code, code + "情形", when, materials, statutory, promised);
    }

    static ItemDefinition item(String itemType, int statutory, int promised, List<Question> questions, List<Situation> situations) {
        return new ItemDefinition("AMR-0008", "药品零售企业经营许可", "AMR", itemType, "区县级", statutory, promised, "《药品管理法》",
                null, null, List.of("ORGANISATION"), MATERIALS, List.of("核对申请表签字"), false, false, List.of("PICKUP"),
                List.of(), List.of(), List.of("WINDOW"), null, null, null, null, null, null, null, questions, situations);
    }

    /** 办理类型: 新设 / 变更 / 注销, each its own materials and limits — the demo's AMR-0008 in small. */
    static ItemDefinition licence() {
        return item("PROMISED", 20, 10, List.of(question("TYPE", "NEW", "CHANGE", "CANCEL")), List.of(
                situation("NEW", Map.of("TYPE", "NEW"), List.of("APP", "BL", "POA"), 20, 10),
                situation("CHANGE", Map.of("TYPE", "CHANGE"), List.of("APP", "LICENCE", "CHG", "POA"), 15, 5),
                situation("CANCEL", Map.of("TYPE", "CANCEL"), List.of("LICENCE", "APP"), null, 1)));
    }

    static ItemDefinition plain() {
        return item("PROMISED", 20, 10, null, null);
    }
}
