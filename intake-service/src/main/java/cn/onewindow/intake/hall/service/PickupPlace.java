package cn.onewindow.intake.hall.service;

import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.intake.hall.model.HallVersion;
import cn.onewindow.intake.takein.model.IntakeCase;
import io.smallrye.mutiny.Uni;

/**
 * 领取地点 on the window's documents (区域通办): the hall where the applicant collects the result, by name and address —
 * a case taken in at a station for the county hall's item may be collected at either, and the slip must say which.
 */
public final class PickupPlace {
    private PickupPlace() {
    }

    /** The printed line for the case's pickup hall (inside the caller's session); null when none is recorded or known. */
    public static Uni<String> of(IntakeCase c, HallService halls) {
        if (c.pickupHallCode == null) {
            return Uni.createFrom().nullItem();
        }
        return HallVersion.latest(c.pickupHallCode).map(v -> v == null ? null : line(halls.read(v)));
    }

    public static String line(HallDefinition hall) {
        return "领取地点：" + hall.name() + (hall.address() == null || hall.address().isBlank() ? "" : "（" + hall.address() + "）");
    }
}
