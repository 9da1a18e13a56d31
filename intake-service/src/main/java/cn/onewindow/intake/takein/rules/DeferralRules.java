package cn.onewindow.intake.takein.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.credit.rules.CreditPrompts;
import cn.onewindow.intake.delegation.rules.Power;

/**
 * 容缺受理: a file with secondary materials missing may be accepted on the applicant's written
 * commitment to supply them by a deadline — only when every rule holds. Returns every reason it
 * does not, so the clerk can tell the applicant at once.
 */
public final class DeferralRules {
    /** Credit levels that allow 容缺 (A 守信, B 一般); C and D do not. */
    static final Set<String> LEVELS_ALLOWED = Set.of("A", "B");

    public record Credit(boolean blacklisted, String level) {
    }

    public record Verdict(List<String> reasonsZh, List<String> reasonsEn) {
        public boolean allowed() {
            return reasonsZh.isEmpty();
        }
    }

    private DeferralRules() {
    }

    /**
     * The applicant's side of 容缺: not on the dishonesty blacklist and of credit level A or B. An applicant the
     * credit list does not know ({@code credit} null) has nothing against them. The window's prompt when the
     * applicant is entered ({@link CreditPrompts}) reads the same rule, so it never promises what intake refuses.
     */
    public static boolean creditAllows(Credit credit) {
        return credit == null || (!credit.blacklisted() && LEVELS_ALLOWED.contains(credit.level()));
    }

    /**
     * @param credit the applicant's credit record, or null when the hall's credit list has none
     */
    public static Verdict check(ItemDefinition item, List<MaterialCheck.Problem> problems, Credit credit,
                                boolean commitmentSigned, Set<Power> powers) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!item.deferralAllowed()) {
            zh.add("该事项不适用容缺受理");
            en.add("this item does not allow deferred materials");
        }
        if (item.highRisk()) {
            zh.add("涉及安全、金融、生态环境、公众健康、生命财产等高风险事项不适用容缺受理");
            en.add("a high-risk item never allows deferred materials");
        }
        for (var p : problems) {
            switch (p.kind()) {
                case MISSING -> {
                    if (p.key()) {
                        zh.add("缺少关键材料，不能容缺：" + p.name());
                        en.add("a key material is missing: " + p.code());
                    } else if (!p.deferrable()) {
                        zh.add("该材料不在可容缺清单内：" + p.name());
                        en.add("this material may not be deferred: " + p.code());
                    }
                }
                case REVIEW_POINT_FAILED -> {
                    zh.add("不符合审查要点，须当场补正，不能容缺：" + p.name());
                    en.add("a review point is not met, to be corrected now: " + p.code() + " " + p.name());
                }
                default -> {
                    zh.add("材料" + p.problemZh() + "，须当场补正，不能容缺：" + p.name());
                    en.add(p.problemEn() + ", to be corrected now: " + p.code());
                }
            }
        }
        if (credit != null && credit.blacklisted()) {
            zh.add("申请人在失信名单中，不能容缺受理");
            en.add("the applicant is on the dishonesty blacklist");
        } else if (!creditAllows(credit)) {
            zh.add("申请人信用等级（" + credit.level() + "）不足，不能容缺受理");
            en.add("the applicant's credit level (" + credit.level() + ") does not allow it");
        }
        if (!commitmentSigned) {
            zh.add("申请人未签署容缺受理承诺书");
            en.add("the applicant has not signed the commitment");
        }
        if (!powers.contains(Power.ACCEPT)) {
            zh.add("窗口未获受理授权，容缺受理须由部门决定");
            en.add("the window holds no accept power for this item");
        }
        return new Verdict(List.copyOf(zh), List.copyOf(en));
    }
}
