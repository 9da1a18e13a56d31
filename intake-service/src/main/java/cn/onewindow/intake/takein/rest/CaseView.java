package cn.onewindow.intake.takein.rest;

import java.time.Instant;
import java.util.List;

import cn.onewindow.intake.certificate.service.CertificateCopies;
import cn.onewindow.platform.observability.PersonalNumbers;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.rules.CaseProgress;

/**
 * A case as the window sees it; the ID number is masked (personal data). {@code status} is what the window did and
 * what the applicant still owes it; {@code progress} (with {@code progressAt}) how far the case has gone since, and
 * {@code decision} the department's; {@code state} is the one the window shows, read from the three (CaseProgress).
 * {@code situationCode}/{@code situationName}: the situation (情形) it was taken in for, with the promised limit the case
 * got from it; null for an item without situations. {@code hallCode}, {@code owningHallCode}, {@code pickupHallCode}:
 * the taking hall, the item's owning hall and where the result is collected (区域通办).
 */
public record CaseView(String caseId, String itemCode, int catalogueVersion, String departmentCode,
                       String applicantKind, String applicantName, String applicantIdMasked, String deliveryMethod,
                       String intakePath, String document, String status, String delegationId, String firstHandlerName,
                       Instant acceptedAt, String progress, Instant progressAt, String decision, String state,
                       List<CertificateCopies.Served> providedByCertificate, String situationCode, String situationName,
                       Integer promisedDays, String hallCode, String owningHallCode, String pickupHallCode) {

    /** Without the materials e-certificates served, which were not looked up ({@code providedByCertificate} null). */
    public static CaseView of(IntakeCase c) {
        return of(c, null);
    }

    /** With the materials e-certificates served (证照自动引用): "provided by certificate EC-…", the applicant handed nothing in. */
    public static CaseView of(IntakeCase c, List<CertificateCopies.Served> providedByCertificate) {
        return new CaseView(c.caseId, c.itemCode, c.catalogueVersion, c.departmentCode, c.applicantKind,
                c.applicantName, PersonalNumbers.maskIdCard(c.applicantId), c.deliveryMethod, c.intakePath, c.documentKind, c.status,
                c.delegationId == null ? null : c.delegationId.toString(), c.firstHandlerName, c.acceptedAt,
                c.progress, c.progressAt, c.decision, CaseProgress.shown(c.status(), c.progress, c.decision),
                providedByCertificate, c.situationCode, c.situationName, c.promisedDays, c.hallCode, c.owningHallCode,
                c.pickupHallCode);
    }

}
