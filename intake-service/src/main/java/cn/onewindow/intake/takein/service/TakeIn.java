package cn.onewindow.intake.takein.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A take-in as the service reads it: the item — or several items, or a "一件事" bundle — the applicant, the materials
 * checklist (one list for all items) and the answer on every review point of every chosen item. The resource makes it
 * from the window's request once that is valid. Its JSON is the request's, field for field: a submission's
 * idempotency hash is taken from it ({@link IdempotentTakeIn}), and a repeat sent across a deployment must still
 * find the first answer: a field added later is left out of the JSON while it is null ({@code preReviewId}).
 * <p>
 * {@code preReviewId}: a passed online pre-review (网上预审) taken in from its record (prereview.service.PreReviewTakeIn):
 * the applicant and the materials come from it where the request leaves them out.
 * <p>
 * {@code commitments}: the codes of proofs the applicant replaces by signing the hall's commitment (证明事项告知承诺制,
 * commitment.service.CommitmentTakeIn); each counts as received.
 * <p>
 * {@code parcelId}: the registered parcel (快递寄送材料) the materials came in, the applicant not present
 * (post.service.PostalTakeIn): the case's limits count from the parcel's registration.
 * <p>
 * {@code certificates}: material code → e-certificate id, for materials the applicant's certificates serve (证照自动引用,
 * certificate.service.CertificateTakeIn); each counts as received, provided by the certificate.
 * <p>
 * {@code situationCode}: the situation (情形) of the chosen item the window's questions found
 * (situation.rules.SituationChoice): its materials alone are checked, its limits are the case's.
 * <p>
 * {@code pickupHallCode}: where the applicant collects the result (区域通办: the taking or the item's owning hall; null:
 * the taking hall), checked by hall.service.HallTakeIn.
 * <p>
 * {@code helpRequestId}: the help desk's ASSISTED request (帮办代办) for which the helper takes the file in on the
 * applicant's behalf (helpdesk.service.AssistedTakeIn): required of the helper post, refused of every other.
 * <p>
 * {@code overruledSignOffId}: the sign-off whose return or refusal the mid desk or the chief representative overruled
 * (窗口无否决权, signoff.service.Overrules): the same file may then be taken in, once.
 */
public record TakeIn(String itemCode, List<String> itemCodes, String bundleCode, Applicant applicant, Agent agent,
                     List<MaterialStatus> materials, String deliveryMethod, String deliveryAddress, Deferral deferral,
                     String outOfScopeReason, List<ReviewPointAnswer> reviewPoints,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String preReviewId,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<String> commitments,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String parcelId,
                     @JsonInclude(JsonInclude.Include.NON_NULL) java.util.Map<String, String> certificates,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String situationCode,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String pickupHallCode,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String helpRequestId,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String overruledSignOffId) {

    /** A take-in resting on no overruled sign-off (窗口无否决权: signoff.service.Overrules). */
    public TakeIn(String itemCode, List<String> itemCodes, String bundleCode, Applicant applicant, Agent agent,
                  List<MaterialStatus> materials, String deliveryMethod, String deliveryAddress, Deferral deferral,
                  String outOfScopeReason, List<ReviewPointAnswer> reviewPoints, String preReviewId, List<String> commitments,
                  String parcelId, java.util.Map<String, String> certificates, String situationCode, String pickupHallCode,
                  String helpRequestId) {
        this(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress, deferral,
                outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, situationCode, pickupHallCode,
                helpRequestId, null);
    }

    /** The same take-in of the file whose return or refusal the sign-off {@code id} overruled (窗口无否决权). */
    public TakeIn withOverruledSignOff(String id) {
        return new TakeIn(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress,
                deferral, outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, situationCode,
                pickupHallCode, helpRequestId, id);
    }

    /** A take-in by the window, not the help desk's assisted one (帮办代办: helpdesk.service.AssistedTakeIn). */
    public TakeIn(String itemCode, List<String> itemCodes, String bundleCode, Applicant applicant, Agent agent,
                  List<MaterialStatus> materials, String deliveryMethod, String deliveryAddress, Deferral deferral,
                  String outOfScopeReason, List<ReviewPointAnswer> reviewPoints, String preReviewId, List<String> commitments,
                  String parcelId, java.util.Map<String, String> certificates, String situationCode, String pickupHallCode) {
        this(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress, deferral,
                outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, situationCode, pickupHallCode,
                null);
    }

    /** The same take-in as the helper's assisted one for the help request {@code id} (帮办代办). */
    public TakeIn withHelpRequest(String id) {
        return new TakeIn(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress,
                deferral, outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, situationCode,
                pickupHallCode, id, overruledSignOffId);
    }

    /** A take-in naming no pickup hall (区域通办: the result is collected at the taking hall; hall.service.HallTakeIn). */
    public TakeIn(String itemCode, List<String> itemCodes, String bundleCode, Applicant applicant, Agent agent,
                  List<MaterialStatus> materials, String deliveryMethod, String deliveryAddress, Deferral deferral,
                  String outOfScopeReason, List<ReviewPointAnswer> reviewPoints, String preReviewId, List<String> commitments,
                  String parcelId, java.util.Map<String, String> certificates, String situationCode) {
        this(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress, deferral,
                outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, situationCode, null);
    }

    /** The same take-in with the result collected at the hall {@code code} (区域通办: the taking or the owning hall). */
    public TakeIn withPickupHall(String code) {
        return new TakeIn(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress,
                deferral, outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, situationCode, code,
                helpRequestId, overruledSignOffId);
    }

    /** A take-in naming no situation (情形: situation.rules.SituationChoice). */
    public TakeIn(String itemCode, List<String> itemCodes, String bundleCode, Applicant applicant, Agent agent,
                  List<MaterialStatus> materials, String deliveryMethod, String deliveryAddress, Deferral deferral,
                  String outOfScopeReason, List<ReviewPointAnswer> reviewPoints, String preReviewId, List<String> commitments,
                  String parcelId, java.util.Map<String, String> certificates) {
        this(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress, deferral,
                outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, null);
    }

    /** The same take-in for the situation (情形) {@code code}. */
    public TakeIn withSituation(String code) {
        return new TakeIn(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress,
                deferral, outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, certificates, code,
                pickupHallCode, helpRequestId, overruledSignOffId);
    }

    /** A take-in naming no certificates (证照自动引用 names them: certificate.service.CertificateTakeIn). */
    public TakeIn(String itemCode, List<String> itemCodes, String bundleCode, Applicant applicant, Agent agent,
                  List<MaterialStatus> materials, String deliveryMethod, String deliveryAddress, Deferral deferral,
                  String outOfScopeReason, List<ReviewPointAnswer> reviewPoints, String preReviewId, List<String> commitments,
                  String parcelId) {
        this(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress, deferral,
                outOfScopeReason, reviewPoints, preReviewId, commitments, parcelId, null);
    }

    /** A take-in without a parcel (快递寄送材料 names one: post.service.PostalTakeIn). */
    public TakeIn(String itemCode, List<String> itemCodes, String bundleCode, Applicant applicant, Agent agent,
                  List<MaterialStatus> materials, String deliveryMethod, String deliveryAddress, Deferral deferral,
                  String outOfScopeReason, List<ReviewPointAnswer> reviewPoints, String preReviewId, List<String> commitments) {
        this(itemCode, itemCodes, bundleCode, applicant, agent, materials, deliveryMethod, deliveryAddress, deferral,
                outOfScopeReason, reviewPoints, preReviewId, commitments, null);
    }

    /** How many ways the items were chosen: exactly one of itemCode, itemCodes and bundleCode must be given. */
    public int selectionsGiven() {
        return (itemCode != null ? 1 : 0) + (itemCodes != null && !itemCodes.isEmpty() ? 1 : 0) + (bundleCode != null ? 1 : 0);
    }

    /**
     * 容缺受理 asked for: the applicant signed the commitment (容缺受理承诺书) and will supply the missing secondary
     * materials within {@code dueWorkingDays} (at most the item's promised limit; null: that limit).
     */
    public record Deferral(boolean commitmentSigned, Integer dueWorkingDays) {
    }

    /** PERSON or ORGANISATION; phone and e-mail are for notices only (they never go on the case topics). */
    public record Applicant(String kind, String name, String idNumber, String phone, String email) {
    }

    /** 代办人: acts for the applicant; the power of attorney (material POA) is then required. */
    public record Agent(String name, String idNumber) {
    }

    /** The clerk's answer on one review point of one chosen item: CONFIRMED or FAILED, with a note. */
    public record ReviewPointAnswer(String itemCode, String point, String outcome, String note) {
    }

    /** One line of the checklist: PROVIDED, ORIGINAL_VERIFIED, MISSING, WRONG_FORM or NOT_APPLICABLE. */
    public record MaterialStatus(String code, String status) {
    }
}
