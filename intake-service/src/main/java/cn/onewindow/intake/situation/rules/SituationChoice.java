package cn.onewindow.intake.situation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Situation;
import cn.onewindow.platform.problem.ProblemException;

/**
 * 多情形受理: the answers to an item's questions choose its situation (情形), and the situation is the item as the window
 * takes it in — only its materials on the checklist, its own limits where it sets them. Pure: the catalogue version in
 * force is read by the caller. SituationRules guarantees at publication that no two situations of a version can be chosen
 * by the same answers, so a match is the one match.
 */
public final class SituationChoice {
    /** The most answers a request can carry: an item has at most 10 questions (ItemDefinition). */
    static final int MAX_ANSWERS = 10;

    private SituationChoice() {
    }

    /**
     * {@code Q1:OPT,Q2:OPT} (the query's form) as question → option, in the order given; empty for nothing. A pair
     * without both codes, a question answered twice or more than {@value #MAX_ANSWERS} answers → 400
     * {@code invalid-answers}.
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return answers;
        }
        String[] pairs = text.split(",", -1);
        if (pairs.length > MAX_ANSWERS) {
            throw invalid("最多回答" + MAX_ANSWERS + "个问题", "At most " + MAX_ANSWERS + " answers");
        }
        for (String pair : pairs) {
            String[] qo = pair.strip().split(":", -1);
            if (qo.length != 2 || !qo[0].strip().matches(CODE) || !qo[1].strip().matches(CODE)) {
                throw invalid("答案格式应为 问题编码:选项编码，多个以逗号分隔（如 TYPE:NEW）",
                        "Answers are question:option pairs separated by commas (e.g. TYPE:NEW)");
            }
            if (answers.put(qo[0].strip(), qo[1].strip()) != null) {
                throw invalid("问题" + qo[0].strip() + "回答了两次", "Question " + qo[0].strip() + " is answered twice");
            }
        }
        return answers;
    }

    private static final String CODE = "[A-Z0-9_]{1,20}";

    /**
     * The situation the answers choose: each answer must name a question of the item and one of its options (else 422
     * {@code unknown-situation}, naming them); no situation met by the answers → 422 {@code no-situation}.
     */
    public static Situation match(ItemDefinition item, Map<String, String> answers) {
        List<String> strays = strays(item, answers);
        if (!strays.isEmpty()) {
            throw new ProblemException(422, "unknown-situation",
                    "以下答案不属于事项" + item.code() + "的问题：" + String.join("、", strays),
                    "Not answers to questions of " + item.code() + ": " + String.join(", ", strays));
        }
        return item.safeSituations().stream().filter(s -> meets(s, answers)).findFirst()
                .orElseThrow(() -> new ProblemException(422, "no-situation",
                        "所答情况不对应事项" + item.code() + "的任何情形，请回答全部问题或咨询窗口",
                        "The answers choose no situation of " + item.code() + ": answer every question, or ask at the window"));
    }

    /** The answers naming no question of the item, or an option its question does not have ({@code Q:OPT} each). */
    static List<String> strays(ItemDefinition item, Map<String, String> answers) {
        List<String> out = new ArrayList<>();
        answers.forEach((q, o) -> {
            var question = item.safeQuestions().stream().filter(x -> x.code().equals(q)).findFirst();
            if (question.isEmpty() || question.get().options().stream().noneMatch(x -> x.code().equals(o))) {
                out.add(q + ":" + o);
            }
        });
        return out;
    }

    /** The situation's condition holds: every question it names is answered as it says. */
    static boolean meets(Situation s, Map<String, String> answers) {
        return s.when().entrySet().stream().allMatch(e -> e.getValue().equals(answers.get(e.getKey())));
    }

    /** The item's situation {@code code}; empty when the item has none of that code. */
    public static Optional<Situation> find(ItemDefinition item, String code) {
        return item.safeSituations().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * The item as taken in for situation {@code s}: the situation's materials alone (in the item's order), its limits
     * where it sets them (the item's otherwise), and that one situation left — what {@link #chosen} reads back.
     */
    public static ItemDefinition narrow(ItemDefinition item, Situation s) {
        var materials = item.materials().stream().filter(m -> s.materials().contains(m.code())).toList();
        return new ItemDefinition(item.code(), item.name(), item.departmentCode(), item.itemType(), item.level(),
                s.statutoryDays() != null ? s.statutoryDays() : item.statutoryDays(),
                s.promisedDays() != null ? s.promisedDays() : item.promisedDays(), item.legalBasis(),
                item.acceptanceConditions(), item.fees(), item.serves(), materials, item.reviewPoints(), item.deferralAllowed(),
                item.highRisk(), item.deliveryModes(), item.relatedItems(), item.faq(), item.channels(), item.preReviewLimit(),
                item.commitmentCheckDays(), item.resultValidYears(), item.hallCode(), item.crossRegion(), item.joint(),
                item.forwarding(), item.questions(), List.of(s));
    }

    /**
     * The take-in's items, each with situations narrowed to the one {@code situationCode} names (an item without
     * situations as it is). The request carries one situation code, so at most one chosen item may have situations —
     * several are taken in one at a time. Nothing is written before this: a refusal leaves nothing behind.
     * <ul>
     * <li>an item with situations and no code → 422 {@code situation-required};</li>
     * <li>a code that is no situation of that item, or a code where no chosen item has situations → 422
     * {@code unknown-situation}.</li>
     * </ul>
     */
    public static List<ItemDefinition> apply(List<ItemDefinition> items, String situationCode) {
        var withSituations = items.stream().filter(i -> !i.safeSituations().isEmpty()).toList();
        if (withSituations.isEmpty()) {
            if (situationCode != null) {
                throw new ProblemException(422, "unknown-situation",
                        "所选事项没有情形" + situationCode + "（所选事项均不分情形办理）",
                        "None of the chosen items has situations, so no situation " + situationCode);
            }
            return items;
        }
        if (withSituations.size() > 1) {
            String codes = String.join("、", withSituations.stream().map(ItemDefinition::code).toList());
            throw new ProblemException(422, "situation-required",
                    "以下事项均须选择情形，请逐项分别受理：" + codes,
                    "Each of these items needs its own situation: take them in one at a time: " + codes.replace("、", ", "));
        }
        var item = withSituations.get(0);
        if (situationCode == null) {
            throw new ProblemException(422, "situation-required",
                    "事项" + item.code() + "须先回答情形问题、选择办理情形（situationCode）",
                    "Item " + item.code() + " is taken in for one of its situations: answer its questions (situationCode)");
        }
        var situation = find(item, situationCode).orElseThrow(() -> new ProblemException(422, "unknown-situation",
                "情形" + situationCode + "不属于事项" + item.code() + "（现行版本的情形："
                        + String.join("、", item.safeSituations().stream().map(s -> s.code() + " " + s.name()).toList()) + "）",
                "Situation " + situationCode + " is not one of " + item.code() + "'s (in force: "
                        + String.join(", ", item.safeSituations().stream().map(Situation::code).toList()) + ")"));
        return items.stream().map(i -> i == item ? narrow(i, situation) : i).toList();
    }

    /** The situation an item was narrowed to by {@link #apply} (then its only one); null for an item without situations. */
    public static Situation chosen(ItemDefinition narrowed) {
        var s = narrowed.safeSituations();
        return s.size() == 1 ? s.get(0) : null;
    }

    private static ProblemException invalid(String zh, String en) {
        return ProblemException.invalid("invalid-answers", zh, en);
    }
}
