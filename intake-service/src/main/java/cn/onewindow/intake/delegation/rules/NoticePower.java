package cn.onewindow.intake.delegation.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.onewindow.intake.takein.rules.MaterialCheck;

/**
 * 一次性告知权 ({@link Power#NOTIFY_ONCE}): the delegation lets the window tell the applicant, in the department's name
 * and in one notice, everything missing or wrong that it can judge on the spot (Langfang's 委托授权书, §2). An item
 * whose department kept that power to itself is not the window's to notify on: its incomplete file goes to the
 * department, which tells the applicant. A return as out of scope is not this power's — it is part of receiving
 * (收件权: "不在办理范围的当场予以退回，并书面告知理由").
 *
 * <p>The same paragraph also has the window relay the department's own later request for supplements. That relay is
 * not checked here on purpose: the department chose to send its request through the window (approval's clock waits
 * for the window's supplement-received), and refusing it would leave the applicant with no notice at all.
 */
public final class NoticePower {
    private NoticePower() {
    }

    /**
     * The items a one-time notice would speak for without the power: every item with something to correct whose
     * delegation lacks {@link Power#NOTIFY_ONCE}, in the order of the problems. Empty when the window may notify.
     *
     * @param powers the powers in force for each chosen item, by item code
     */
    public static List<String> undelegated(Map<String, Set<Power>> powers, Collection<MaterialCheck.Problem> problems) {
        Set<String> out = new LinkedHashSet<>();
        for (var p : problems) {
            if (!powers.getOrDefault(p.itemCode(), Set.of()).contains(Power.NOTIFY_ONCE)) {
                out.add(p.itemCode());
            }
        }
        return List.copyOf(out);
    }
}
