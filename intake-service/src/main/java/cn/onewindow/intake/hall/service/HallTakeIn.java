package cn.onewindow.intake.hall.service;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.intake.delegation.rules.Power;
import cn.onewindow.intake.hall.rules.CaseHalls;
import cn.onewindow.intake.hall.rules.CrossHallRules;
import cn.onewindow.intake.hall.rules.TakeInHalls;
import cn.onewindow.intake.takein.rules.IntakePathDecider;
import io.smallrye.mutiny.Uni;

/**
 * The take-in's halls (区域通办), called from takein.service.TakeInService: the taking hall is the clerk's (token claim
 * {@code hall}) and must be a hall of the network; each item's owning hall and the pickup hall follow from the item and
 * the request ({@link CrossHallRules}); the three are columns of the case's own insert (takein.service.NewCaseRows).
 */
@ApplicationScoped
public class HallTakeIn {
    /**
     * What a window may do with another hall's item: receive it (收件凭证; the owning department accepts) and tell the
     * applicant at once what is missing (一次性告知, by the owning hall's list) — the 通办 agreement delegates no more; the
     * owning hall's delegations are to its own windows.
     */
    public static final Set<Power> CROSS_HALL_POWERS = EnumSet.of(Power.RECEIVE, Power.NOTIFY_ONCE);

    /** The path of every take-in for another hall (区域通办): a receipt (收件凭证); the owning department accepts or not. */
    public static final IntakePathDecider.Decision RECEIVED_FOR_OWNING_HALL = new IntakePathDecider.Decision(
            IntakePathDecider.Path.RECEIVED_ONLY, IntakePathDecider.Document.RECEIPT,
            "区域通办：本窗口代所属大厅收件，出具收件凭证，由事项所属部门决定是否受理",
            "Cross-region take-in: this window receives for the owning hall (a receipt); the owning department decides "
                    + "acceptance");

    private final CurrentActor actor;
    private final HallService halls;

    public HallTakeIn(CurrentActor actor, HallService halls) {
        this.actor = actor;
        this.halls = halls;
    }

    /** The clerk's hall as it is now (inside the take-in's session): 403 {@code no-hall}, 422 {@code unknown-hall}. */
    public Uni<HallDefinition> takingHall() {
        String code = actor.hall();
        return halls.known(code).onItem().ifNull().failWith(() -> new ProblemException(422, "unknown-hall",
                "您所在的大厅（" + code + "）不在大厅名录中，不能收件", "Your hall (" + code + ") is not a hall of the network"));
    }

    /** The case's halls for {@code item}, or 422 {@code not-cross-region-item} / {@code pickup-hall-not-allowed}. */
    public CaseHalls halls(HallDefinition taking, ItemDefinition item, String pickupHallCode) {
        return CrossHallRules.halls(taking, item, halls.home(), pickupHallCode);
    }

    /** The halls of a take-in of {@code items}: each item's as {@link #halls(HallDefinition, ItemDefinition, String)}. */
    public TakeInHalls halls(HallDefinition taking, List<ItemDefinition> items, String pickupHallCode) {
        Map<String, CaseHalls> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.code(), halls(taking, i, pickupHallCode)));
        return new TakeInHalls(taking, out);
    }
}
