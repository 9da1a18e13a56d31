package cn.onewindow.intake.credit.rules;

import java.util.ArrayList;
import java.util.List;

import cn.onewindow.intake.takein.rules.DeferralRules;

/**
 * What the window is told about an applicant's credit the moment the clerk enters them (Weifang: "红名单信息主动提示、
 * 黑名单信息主动拦截"): a red-listed applicant (守信红名单) gets the trustworthy's incentives (守信激励) — served with
 * priority and, their credit allowing it, eligible for 容缺 — and the clerk is told so before anything is asked of
 * them; a blacklisted or low-level applicant is flagged before a 容缺 is promised that intake would refuse. The
 * interception itself stays where it was, in {@link DeferralRules}; this rule reads the same credit rule
 * ({@link DeferralRules#creditAllows}), so prompt and refusal never disagree.
 */
public final class CreditPrompts {
    /** 守信红名单: 守信激励, priority service. */
    public static final String RED_LIST = "RED_LIST";
    /** A red-listed applicant whose credit lets 容缺 be considered (the materials decide the rest). */
    public static final String DEFERRAL_ELIGIBLE = "DEFERRAL_ELIGIBLE";
    /** 失信名单: no 容缺. */
    public static final String BLACKLISTED = "BLACKLISTED";
    /** Credit level C or D: no 容缺. */
    public static final String LOW_CREDIT_LEVEL = "LOW_CREDIT_LEVEL";

    /** One prompt: a code (the web app says it from its vocabulary) and the same in words, for other clients. */
    public record Prompt(String code, String zh, String en) {
    }

    private CreditPrompts() {
    }

    /**
     * The prompts for an applicant's standing on the credit list, positive first; none for an applicant the list
     * does not know or holds nothing for or against.
     */
    public static List<Prompt> of(boolean blacklisted, boolean redListed, String level) {
        List<Prompt> out = new ArrayList<>();
        var credit = new DeferralRules.Credit(blacklisted, level);
        // a red-listed entry that is also blacklisted is contradictory: the blacklist wins, no incentive is offered
        if (redListed && !blacklisted) {
            out.add(new Prompt(RED_LIST, "守信红名单：守信激励，优先办理",
                    "On the red list of the trustworthy: incentives, priority service"));
            if (DeferralRules.creditAllows(credit)) {
                out.add(new Prompt(DEFERRAL_ELIGIBLE, "信用符合容缺受理条件：仅缺非关键材料时可容缺受理",
                        "Credit allows deferred materials (容缺) when only secondary materials are missing"));
            }
        }
        if (blacklisted) {
            out.add(new Prompt(BLACKLISTED, "失信名单：不适用容缺受理", "On the dishonesty blacklist: no deferred materials"));
        } else if (!DeferralRules.creditAllows(credit)) {
            out.add(new Prompt(LOW_CREDIT_LEVEL, "信用等级" + level + "级：不适用容缺受理",
                    "Credit level " + level + ": no deferred materials"));
        }
        return List.copyOf(out);
    }
}
