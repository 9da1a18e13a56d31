package cn.onewindow.intake.commitment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.takein.rules.MaterialCheck;

/**
 * 证明事项告知承诺制: which proofs an applicant may replace by signing the hall's commitment, and the commitment's words.
 * A material qualifies when the chosen item's version lists it with {@code commitmentAllowed} and it is no key material
 * (关键材料 are examined, never promised); where several chosen items list the same material, every one must allow it —
 * the commitment stands for the material the items share, handed in once. A material is either handed in or promised.
 */
public final class CommitmentRules {
    /**
     * Why one promised material cannot be taken: not on the chosen items' lists, not allowed, key, handed in too, or
     * served by an e-certificate named in the same take-in.
     */
    public enum Fault { NOT_LISTED, NOT_ALLOWED, KEY_MATERIAL, ALSO_HANDED_IN, ALSO_CERTIFIED }

    public record Refusal(String code, Fault fault) {
    }

    private CommitmentRules() {
    }

    /** Everything wrong with the promised codes, in the order given (empty: all may be taken on commitment). */
    public static List<Refusal> refusals(List<ItemDefinition> items, List<String> codes, Map<String, MaterialCheck.Status> checklist) {
        List<Refusal> out = new ArrayList<>();
        for (String code : codes) {
            var listed = items.stream().flatMap(i -> i.materials().stream()).filter(m -> m.code().equals(code)).toList();
            var status = checklist.get(code);
            if (listed.isEmpty()) {
                out.add(new Refusal(code, Fault.NOT_LISTED));
            } else if (listed.stream().anyMatch(ItemDefinition.Material::key)) {
                out.add(new Refusal(code, Fault.KEY_MATERIAL));
            } else if (!listed.stream().allMatch(ItemDefinition.Material::commitmentAllowed)) {
                out.add(new Refusal(code, Fault.NOT_ALLOWED));
            } else if (status == MaterialCheck.Status.CERTIFIED) {
                out.add(new Refusal(code, Fault.ALSO_CERTIFIED)); // 证照自动引用 serves it: the take-in marks those first
            } else if (status != null && status != MaterialCheck.Status.MISSING && status != MaterialCheck.Status.NOT_APPLICABLE) {
                // handed in (in whatever form) or served by a certificate: nothing left for a commitment to replace
                out.add(new Refusal(code, Fault.ALSO_HANDED_IN));
            }
        }
        return out;
    }

    /** The refusal in words, Chinese and English. */
    public static String zh(Refusal r) {
        return switch (r.fault()) {
            case NOT_LISTED -> r.code() + "不是所选事项的申请材料";
            case KEY_MATERIAL -> r.code() + "为关键材料，须提交，不适用告知承诺";
            case NOT_ALLOWED -> r.code() + "不属于可以告知承诺替代的证明事项";
            case ALSO_HANDED_IN -> r.code() + "已提交材料，不能同时以承诺替代";
            case ALSO_CERTIFIED -> r.code() + "已引用电子证照，不能同时以承诺替代";
        };
    }

    public static String en(Refusal r) {
        return switch (r.fault()) {
            case NOT_LISTED -> r.code() + " is no material of the chosen items";
            case KEY_MATERIAL -> r.code() + " is a key material: it is handed in, never promised";
            case NOT_ALLOWED -> r.code() + " is not a proof the catalogue lets a commitment replace";
            case ALSO_HANDED_IN -> r.code() + " was handed in: it cannot also be promised";
            case ALSO_CERTIFIED -> r.code() + " is served by an e-certificate: it cannot also be promised";
        };
    }

    /** The promised codes that are materials of {@code item} (a bundle's items each keep their own). */
    public static List<String> forItem(ItemDefinition item, List<String> codes) {
        return codes.stream().filter(c -> item.materials().stream().anyMatch(m -> m.code().equals(c))).toList();
    }

    /**
     * The hall's commitment (证明事项告知承诺书) for one material, in the standard wording: what the authority told the
     * applicant, what the applicant promises in place of the proof, the verification after the decision, and what a
     * false commitment leads to — 把告知承诺事项纳入信用监管，对申请人承诺不实的，依法依规作出处理 (the hall's reform plan):
     * the result revoked and the applicant on the dishonesty list (失信名单), "失信者寸步难行".
     *
     * @param checkDays the item version's verification limit in working days after the decision (null: not stated)
     */
    public static List<String> text(String applicantName, ItemDefinition item, int version,
                                    ItemDefinition.Material material, Integer checkDays) {
        String within = checkDays == null ? "办结后" : "作出决定后" + checkDays + "个工作日内";
        return List.of(
                "承诺人（申请人）：" + applicantName,
                "申请事项：" + item.name() + "（" + item.code() + "，清单第" + version + "版）",
                "承诺替代的证明材料：" + material.name() + "（" + material.code() + "）",
                "一、审批部门已告知本人（本单位）：上述证明材料所证明的事项和应当符合的条件，以及以承诺代替证明的法律效力。",
                "二、本人（本单位）承诺：已经符合上述证明材料所证明的条件，以本承诺书代替该证明材料；所承诺内容真实、准确、完整。",
                "三、本人（本单位）同意审批部门在" + within + "对承诺内容进行核查，并如实提供核查所需的情况。",
                "四、本人（本单位）知晓：告知承诺事项纳入信用监管。承诺不实的，审批部门依法依规作出处理，撤销已作出的办理结果"
                        + "（含电子证照），并将承诺不实的信息记入信用记录、列入失信名单，依法实施联合惩戒；由此产生的法律责任由本人（本单位）承担。",
                "五、本承诺书经承诺人签字（单位盖章）后生效，随办件存档，可打印。",
                "承诺人签字（盖章）：____________");
    }
}
