package cn.onewindow.intake.hall.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.hall.HallDefinition;

/** A county hall (DX) and a town station (JZ) as the rules' tests use them. */
final class HallFixtures {
    static final HallDefinition DX = new HallDefinition("DX", "临空政务服务中心", "131000", "廊坊市", "HALL", LocalTime.of(9, 0),
            LocalTime.of(17, 0), List.of(new HallDefinition.ExtendedHours(DayOfWeek.TUESDAY, LocalTime.of(19, 0))), List.of(),
            List.of("AMR", "TAX"), List.of(), 60, "临空服务中心");
    static final HallDefinition JZ = new HallDefinition("JZ", "九州镇便民服务站", "131003", "广阳区", "STATION",
            LocalTime.of(8, 30), LocalTime.of(17, 30), List.of(), List.of(), List.of(), List.of("AMR-0004"), 60, "九州镇");

    private HallFixtures() {
    }

    /** An item of the home hall (hallCode null) opened to {@code regions}. */
    static ItemDefinition item(String code, String hallCode, List<String> regions) {
        return new ItemDefinition(code, "企业变更登记", "AMR", "PROMISED", "县级", 20, 3, "依据", "条件", "不收费",
                List.of("ORGANISATION"), List.of(), List.of(), false, false, List.of("PICKUP"), List.of(), List.of(),
                List.of("WINDOW"), null, null, null, hallCode, regions, null, null, null, null);
    }

    static HallDefinition withHours(HallDefinition h, LocalTime opens, LocalTime closes,
                                    List<HallDefinition.ExtendedHours> extended, List<String> receives) {
        return new HallDefinition(h.code(), h.name(), h.region(), h.regionName(), h.kind(), opens, closes, extended,
                h.appointmentDays(), h.departments(), receives, h.helpAnswerSeconds(), h.address());
    }
}
