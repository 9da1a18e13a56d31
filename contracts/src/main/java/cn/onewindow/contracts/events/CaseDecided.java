package cn.onewindow.contracts.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.DecisionOutcome;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;

/**
 * {@code cn.onewindow.case.decided.v1} on {@code onewindow.approval.case.v1}: the department approved
 * (with the result to issue) or denied, not accepted or terminated (with written reasons and, in
 * {@code remedies}, the applicant's rights: reconsideration and litigation, with the competent bodies).
 * {@code settledAtWindow}: 当场办结 — the window decided under its approve-on-the-spot delegation and made the
 * result itself, so it is at the issuance window already and no department hands it over (absent in events
 * written before it existed: false).
 * For the applicant's written decision (#22 item 10; each absent — null — in events written before it):
 * {@code departmentName} the deciding authority as printed on the letter, {@code legalBasis} the provisions the
 * decision rests on, {@code denialDueAt} for a terminated 容缺 case the instant its written denial is due (2 working days).
 * {@code pickupHallCode}: the hall whose issuance window hands the result out (区域通办: the applicant's choice, copied
 * from {@link CaseRouted}); null in events recorded before halls — the home hall.
 */
public record CaseDecided(String caseId, String itemCode, String itemName, String departmentCode,
                          @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) DecisionOutcome outcome,
                          String resultKind, String resultTitle, String reasons, String applicantName,
                          DeliveryMethod deliveryMethod, Instant decidedAt, Actor actor, BundleRef bundle,
                          String remedies, boolean settledAtWindow, String departmentName, String legalBasis,
                          Instant denialDueAt, String pickupHallCode) implements CaseEvent {
    /**
     * The fields every consumer relies on; a record without them is malformed (dead-lettered). Not {@code outcome}: a
     * decision a newer approval service sends that this vocabulary does not know yet is read as null, and each consumer
     * decides — the window follows the case on from its next stage; issuance, and routing for a bundle, refuse it (dead
     * letter, replayed once they know the outcome).
     */
    public CaseDecided {
        Contract.require("caseId", caseId);
        Contract.require("itemCode", itemCode);
        Contract.require("departmentCode", departmentCode);
        Contract.require("applicantName", applicantName);
        Contract.require("deliveryMethod", deliveryMethod);
        Contract.require("decidedAt", decidedAt);
    }

    /** Before halls (events recorded before: handed out at the home hall). */
    public CaseDecided(String caseId, String itemCode, String itemName, String departmentCode, DecisionOutcome outcome,
                       String resultKind, String resultTitle, String reasons, String applicantName,
                       DeliveryMethod deliveryMethod, Instant decidedAt, Actor actor, BundleRef bundle, String remedies,
                       boolean settledAtWindow, String departmentName, String legalBasis, Instant denialDueAt) {
        this(caseId, itemCode, itemName, departmentCode, outcome, resultKind, resultTitle, reasons, applicantName,
                deliveryMethod, decidedAt, actor, bundle, remedies, settledAtWindow, departmentName, legalBasis, denialDueAt,
                null);
    }

    /** The hall whose issuance window hands the result out; {@code home} for events recorded before halls. */
    public String pickupHall(String home) {
        return pickupHallCode != null ? pickupHallCode : home;
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CASE_DECIDED;
    }
}
