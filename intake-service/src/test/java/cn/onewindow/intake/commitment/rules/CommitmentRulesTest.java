package cn.onewindow.intake.commitment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Material;
import cn.onewindow.intake.takein.rules.MaterialCheck;

/** Which proofs a commitment may replace (证明事项告知承诺制), as a table, and the words the applicant signs. */
class CommitmentRulesTest {
    static ItemDefinition item(String code, Integer checkDays, Material... materials) {
        return new ItemDefinition(code, "企业设立登记", "AMR", "PROMISED", null, 20, 1, "《公司法》", null, null,
                List.of("ORGANISATION"), List.of(materials), List.of(), true, false, List.of("PICKUP"), List.of(), List.of(),
                null, null, checkDays, null);
    }

    static Material material(String code, boolean key, boolean commitmentAllowed) {
        return new Material(code, code + "材料", key, false, 1, false, !key, null, null, commitmentAllowed);
    }

    static final ItemDefinition REGISTRATION = item("AMR-0001", 20, material("APP", true, false),
            material("ADDR", false, true), material("POA", false, false), material("KEYPROOF", true, true));
    /** Another chosen item listing the same ADDR without allowing a commitment for it. */
    static final ItemDefinition STRICT = item("AMR-0003", null, material("ADDR", false, false));

    @ParameterizedTest(name = "{0} ticked {1}: {2}")
    @CsvSource({
            "ADDR, , ",
            "ADDR, MISSING, ",
            "ADDR, NOT_APPLICABLE, ",
            "ADDR, PROVIDED, ALSO_HANDED_IN",
            "ADDR, ORIGINAL_VERIFIED, ALSO_HANDED_IN",
            "ADDR, WRONG_FORM, ALSO_HANDED_IN",
            "ADDR, CERTIFIED, ALSO_CERTIFIED",
            "APP, , KEY_MATERIAL",
            "KEYPROOF, , KEY_MATERIAL",
            "POA, , NOT_ALLOWED",
            "HEALTH, , NOT_LISTED"})
    void oneItem(String code, String ticked, String fault) {
        Map<String, MaterialCheck.Status> checklist = new HashMap<>();
        if (ticked != null) {
            checklist.put(code, MaterialCheck.Status.valueOf(ticked));
        }
        var refusals = CommitmentRules.refusals(List.of(REGISTRATION), List.of(code), checklist);
        assertThat(refusals).isEqualTo(fault == null ? List.of()
                : List.of(new CommitmentRules.Refusal(code, CommitmentRules.Fault.valueOf(fault))));
    }

    @Test
    void everyChosenItemListingTheMaterialMustAllowIt() {
        assertThat(CommitmentRules.refusals(List.of(REGISTRATION, STRICT), List.of("ADDR"), Map.of()))
                .containsExactly(new CommitmentRules.Refusal("ADDR", CommitmentRules.Fault.NOT_ALLOWED));
        assertThat(CommitmentRules.forItem(STRICT, List.of("ADDR", "POA"))).containsExactly("ADDR");
    }

    @Test
    void theWordsNameThePromiseTheCheckAndWhatAFalseCommitmentLeadsTo() {
        String text = String.join("\n", CommitmentRules.text("承诺测试有限公司", REGISTRATION, 3,
                REGISTRATION.materials().get(1), 20));
        assertThat(text).contains("承诺人（申请人）：承诺测试有限公司", "企业设立登记（AMR-0001，清单第3版）", "ADDR材料（ADDR）",
                "以本承诺书代替该证明材料", "作出决定后20个工作日内", "告知承诺事项纳入信用监管", "撤销已作出的办理结果", "失信名单");
        assertThat(String.join("\n", CommitmentRules.text("某", STRICT, 1, STRICT.materials().get(0), null))).contains("办结后");
    }
}
