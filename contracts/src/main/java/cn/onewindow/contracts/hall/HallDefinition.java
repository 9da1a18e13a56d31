package cn.onewindow.contracts.hall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One hall of the network (区域通办): a 政务服务中心 that takes in and decides, or a 便民服务站 (STATION) that takes files in
 * for the halls that own the items and hands results out. Published by intake on {@code onewindow.catalogue.hall.v1}.
 *
 * <p>{@code opens}/{@code closes}: the regular office hours of a working day — the only minutes the minute-level limits
 * count (routing within minutes, acceptance while the applicant waits, the sign-off of a window's refusal).
 * {@code extendedHours} (延时服务) and {@code appointmentDays} (预约办: weekend or holiday days the hall opens by
 * appointment) are service the hall offers beyond its legal working time: the window takes applicants in then, but no
 * limit counts those minutes (a case taken in at 18:30 starts its minute clocks at the next regular opening), so the
 * longer service never shortens a department's limit. {@code receives}: the item codes of other halls this hall takes
 * in (its side of the 通办 list; the item's {@code crossRegion} is the owning side). {@code helpAnswerSeconds}: the
 * help desk's answer limit (帮办代办: "1 分钟内响应").
 */
public record HallDefinition(
        @NotBlank @Pattern(regexp = "[A-Z]{2,8}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String region,
        @NotBlank @Size(max = 100) String regionName,
        @NotNull @Pattern(regexp = "HALL|STATION") String kind,
        @NotNull LocalTime opens,
        @NotNull LocalTime closes,
        @Size(max = 7) List<@Valid ExtendedHours> extendedHours,
        @Size(max = 120) List<@NotNull LocalDate> appointmentDays,
        @Size(max = 60) List<@Pattern(regexp = "[A-Z]{2,8}") String> departments,
        @Size(max = 500) List<@Pattern(regexp = "[A-Z]{2,8}-\\d{4}") String> receives,
        @Min(10) @Max(3600) int helpAnswerSeconds,
        @Size(max = 200) String address) {

    /** A hall that decides items (政务服务中心). */
    public static final String HALL = "HALL";
    /** A 便民服务站 that takes in and hands out only. */
    public static final String STATION = "STATION";

    /** 延时服务: on this weekday the window stays open until {@code until} (after {@code closes}). */
    public record ExtendedHours(@NotNull DayOfWeek day, @NotNull LocalTime until) {
    }

    public List<ExtendedHours> safeExtendedHours() {
        return extendedHours == null ? List.of() : extendedHours;
    }

    public List<LocalDate> safeAppointmentDays() {
        return appointmentDays == null ? List.of() : appointmentDays;
    }

    public List<String> safeDepartments() {
        return departments == null ? List.of() : departments;
    }

    public List<String> safeReceives() {
        return receives == null ? List.of() : receives;
    }

    /** Whether this hall takes in files of another hall's item {@code itemCode} (its side of the 通办 list). */
    public boolean receives(String itemCode) {
        return safeReceives().contains(itemCode);
    }
}
