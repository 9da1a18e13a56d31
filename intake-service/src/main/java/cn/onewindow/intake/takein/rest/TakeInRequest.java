package cn.onewindow.intake.takein.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.onewindow.intake.takein.service.TakeIn;

/**
 * What the window clerk enters to take a file in: the item — or several items, or a "一件事" bundle —
 * the applicant, the materials checklist (one list for all items: a material shared by several items
 * is handed in once) and the answer on every review point of every chosen item.
 */
public record TakeInRequest(
        @Size(max = 40) @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode,
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String> itemCodes,
        @Size(max = 40) @Pattern(regexp = "BUNDLE-[A-Z0-9-]{1,30}", message = "must look like BUNDLE-RESTAURANT") String bundleCode,
        @Valid Applicant applicant,
        @Valid Agent agent,
        @Size(max = 60) List<@Valid MaterialStatus> materials,
        @NotNull @Pattern(regexp = "PICKUP|EXPRESS_MAIL", message = "must be PICKUP or EXPRESS_MAIL") String deliveryMethod,
        @Size(max = 200) String deliveryAddress,
        @Valid Deferral deferral,
        @Size(max = 2000) String outOfScopeReason,
        @Size(max = 600) List<@Valid ReviewPointAnswer> reviewPoints,
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "must be a pre-review id") String preReviewId,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> commitments,
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "must be a parcel id") String parcelId,
        @Size(max = 20) java.util.Map<@NotBlank @Size(max = 20) String, @NotBlank @Size(max = 80) String> certificates,
        @Pattern(regexp = "[A-Z0-9_]{1,20}", message = "must be a situation code such as NEW") String situationCode,
        @Pattern(regexp = "[A-Z]{2,8}", message = "must be a hall code such as DX") String pickupHallCode,
        // 帮办代办: the helper's ASSISTED help request this take-in is made for (helpdesk.service.AssistedTakeIn)
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "must be a help request id") String helpRequestId,
        // 窗口无否决权: the sign-off whose return or refusal was overruled; the same file is taken in (signoff.service.Overrules)
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "must be a sign-off id") String overruledSignOffId) {

    /** The applicant and the checklist: given, unless a passed pre-review's record supplies them (网上预审). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "applicant and materials are required unless a preReviewId is given")
    public boolean isApplicantAndMaterialsGiven() {
        return preReviewId != null || applicant != null && materials != null;
    }

    /**
     * The take-in this request asks for. A null line of a list stays null: the service meets it as it met the
     * request's, so the answer to such a request does not change.
     */
    public TakeIn command() {
        return new TakeIn(itemCode, itemCodes, bundleCode,
                applicant == null ? null
                        : new TakeIn.Applicant(applicant.kind(), applicant.name(), applicant.idNumber(), applicant.phone(), applicant.email()),
                agent == null ? null : new TakeIn.Agent(agent.name(), agent.idNumber()),
                materials == null ? null : materials.stream().map(m -> m == null ? null : new TakeIn.MaterialStatus(m.code(), m.status())).toList(),
                deliveryMethod, deliveryAddress,
                deferral == null ? null : new TakeIn.Deferral(deferral.commitmentSigned(), deferral.dueWorkingDays()),
                outOfScopeReason,
                reviewPoints == null ? null : reviewPoints.stream().map(a -> a == null ? null
                        : new TakeIn.ReviewPointAnswer(a.itemCode(), a.point(), a.outcome(), a.note())).toList(),
                preReviewId, commitments, parcelId, certificates).withSituation(situationCode).withPickupHall(pickupHallCode)
                .withHelpRequest(helpRequestId).withOverruledSignOff(overruledSignOffId);
    }

    /**
     * 容缺受理 asked for: the applicant signed the commitment (容缺受理承诺书) and will supply the missing
     * secondary materials within {@code dueWorkingDays} (at most the item's promised limit; default it).
     */
    public record Deferral(boolean commitmentSigned, @Min(0) @Max(365) Integer dueWorkingDays) {
    }

    public record Applicant(
            @NotNull @Pattern(regexp = "PERSON|ORGANISATION", message = "must be PERSON or ORGANISATION") String kind,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(min = 15, max = 18) String idNumber,
            @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mobile number") String phone,
            @jakarta.validation.constraints.Email @Size(max = 100) String email) {
    }

    /** 代办人: acts for the applicant; the power of attorney (material POA) is then required. */
    public record Agent(@NotBlank @Size(max = 100) String name, @NotBlank @Size(min = 18, max = 18) String idNumber) {
    }

    /**
     * The clerk's answer on one review point (审查要点) of one chosen item, the point in the words of the item's
     * version in force: CONFIRMED (checked and met) or FAILED (not met: it goes into the one-time notice, with the
     * note saying what is wrong). Every point of every chosen item must be answered before a file is taken in.
     */
    public record ReviewPointAnswer(
            @NotBlank @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode,
            @NotBlank @Size(max = 500) String point,
            @NotNull @Pattern(regexp = "CONFIRMED|FAILED", message = "must be CONFIRMED or FAILED") String outcome,
            @Size(max = 500) String note) {
    }

    /** One line of the checklist: PROVIDED, ORIGINAL_VERIFIED, MISSING, WRONG_FORM or NOT_APPLICABLE. */
    public record MaterialStatus(
            @NotBlank @Size(max = 20) String code,
            @NotNull @Pattern(regexp = "PROVIDED|ORIGINAL_VERIFIED|MISSING|WRONG_FORM|NOT_APPLICABLE") String status) {
    }
}
