package cn.onewindow.issuance.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.issuance.model.ECertificate;
import cn.onewindow.issuance.model.Notification;
import cn.onewindow.platform.security.Applicant;
import cn.onewindow.platform.security.ApplicantRef;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What issuance holds for one applicant (申请人): the notices sent about their cases and the e-certificates issued for
 * them, found through the cases filed under their pseudonym ({@code case_applicant}, from CaseTakenIn) — the login's
 * real-name identity turned into the same pseudonym intake computed ({@link ApplicantRef}), never a number stored here.
 */
@ApplicationScoped
public class ApplicantRecords {
    /** The most rows one answer holds, newest first. */
    static final int LIMIT = 200;
    private static final String MINE = "caseId in (select a.caseId from CaseApplicant a where a.applicantRef = ?1)";

    private final ApplicantRef refs;

    public ApplicantRecords(ApplicantRef refs) {
        this.refs = refs;
    }

    @WithSession
    public Uni<List<Notification>> notices(Applicant applicant) {
        return Notification.<Notification>find(MINE + " order by createdAt desc", refs.of(applicant)).page(0, LIMIT).list();
    }

    @WithSession
    public Uni<List<ECertificate>> certificates(Applicant applicant) {
        return ECertificate.<ECertificate>find(MINE + " order by issuedAt desc", refs.of(applicant)).page(0, LIMIT).list();
    }
}
