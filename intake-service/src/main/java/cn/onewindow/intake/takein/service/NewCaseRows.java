package cn.onewindow.intake.takein.service;

import java.util.List;

import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.intake.takein.model.DeferredMaterial;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.rules.ReviewPoints;

/**
 * A new case's rows as plain inserts for the take-in's {@link Pipeline}: the case, what it owes (容缺) and the clerk's
 * answers on its review points. They are written while the take-in holds the hall's gap-free case number, which every
 * other take-in waits for; sent together they cost one round trip, where the session's flush sent one insert after
 * another (docs/performance.md, session 14). The columns are the entities' ({@link IntakeCase},
 * {@link DeferredMaterial}); the case's progress columns keep their defaults, as there. The review points have no entity:
 * the table is only ever written, here (the case's event carries the answers to the services that read them). The
 * case's three halls (区域通办) are its own columns, in the same insert.
 */
final class NewCaseRows {
    private static final String CASE = "insert into intake_case (case_id, item_code, catalogue_version, department_code, "
            + "applicant_kind, applicant_name, applicant_id, agent_name, agent_id, delivery_method, delivery_address, "
            + "intake_path, document_kind, delegation_id, status, first_handler_id, first_handler_name, first_handler_post, "
            + "bundle_id, bundle_code, bundle_size, status_before_request, contact_phone, contact_email, accepted_at, "
            + "hall_code, owning_hall_code, pickup_hall_code) "
            + "values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, "
            + "$23, $24, $25, $26, $27, $28)";
    private static final String OWED = "insert into deferred_material (case_id, material_code, material_name, due_at, "
            + "due_working_days, reason, supplied_at) values ($1, $2, $3, $4, $5, $6, $7)";
    private static final String REVIEWED = "insert into reviewed_point (case_id, position, point, outcome, note) "
            + "values ($1, $2, $3, $4, $5)";

    private NewCaseRows() {
    }

    static void add(Pipeline writes, IntakeCase c, List<DeferredMaterial> owed, List<ReviewPoints.Recorded> reviewed) {
        writes.add(CASE, c.caseId, c.itemCode, c.catalogueVersion, c.departmentCode, c.applicantKind, c.applicantName,
                c.applicantId, c.agentName, c.agentId, c.deliveryMethod, c.deliveryAddress, c.intakePath, c.documentKind,
                c.delegationId, c.status, c.firstHandlerId, c.firstHandlerName, c.firstHandlerPost, c.bundleId, c.bundleCode,
                c.bundleSize, c.statusBeforeRequest, c.contactPhone, c.contactEmail, c.acceptedAt, c.hallCode, c.owningHallCode,
                c.pickupHallCode);
        for (var m : owed) {
            writes.add(OWED, m.caseId, m.materialCode, m.materialName, m.dueAt, m.dueWorkingDays, m.reason, m.suppliedAt);
        }
        for (var r : reviewed) {
            writes.add(REVIEWED, c.caseId, r.position(), r.point(), r.outcome().name(), r.note());
        }
    }
}
