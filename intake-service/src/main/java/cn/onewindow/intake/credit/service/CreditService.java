package cn.onewindow.intake.credit.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.intake.credit.model.ApplicantCredit;
import cn.onewindow.intake.takein.rules.IdentityMessages;
import cn.onewindow.intake.takein.rules.IdentityNumbers;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The hall's credit list: single edits and CSV import (all lines valid, or nothing written). */
@ApplicationScoped
public class CreditService {
    public static final String CSV_HEADER = CreditCsv.HEADER;
    private final Clock clock;

    public CreditService(Clock clock) {
        this.clock = clock;
    }

    public record Entry(String idNumber, String name, String kind, boolean blacklisted, boolean redListed, String creditLevel) {
    }

    @WithSession
    public Uni<ApplicantCredit> find(String idNumber) {
        return ApplicantCredit.findById(idNumber);
    }

    @WithTransaction
    public Uni<ApplicantCredit> put(Entry e, Actor actor) {
        Map<String, String> errors = validate(e, "entry");
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(400, "invalid-credit-entry",
                    "信用名单条目有误：" + String.join("；", errors.values()), "Invalid credit list entry", errors));
        }
        return upsert(e, actor);
    }

    /** Imports a CSV with the header {@value #CSV_HEADER} ({@link CreditCsv}); any bad row refuses the whole file. */
    @WithTransaction
    public Uni<Integer> importCsv(String csv, Actor actor) {
        // the whole file is checked before the first entry is written; its refusal is the Uni's failure
        return Uni.createFrom().item(() -> CreditCsv.entries(csv))
                .flatMap(entries -> Multi.createFrom().iterable(entries).onItem().transformToUniAndConcatenate(e -> upsert(e, actor))
                        .collect().asList())
                .map(List::size);
    }

    private Uni<ApplicantCredit> upsert(Entry e, Actor actor) {
        return ApplicantCredit.<ApplicantCredit>findById(e.idNumber()).flatMap(existing -> {
            ApplicantCredit c = existing == null ? new ApplicantCredit() : existing;
            c.idNumber = e.idNumber();
            c.name = e.name();
            c.kind = e.kind();
            c.blacklisted = e.blacklisted();
            c.redListed = e.redListed();
            c.creditLevel = e.creditLevel();
            if (!e.blacklisted()) { // the reason and source say why the applicant is blacklisted: taken off, they go too
                c.reason = null;
                c.sourceCaseId = null;
                c.sourceMaterialCode = null;
            }
            c.updatedBy = actor.username() == null ? actor.userId() : actor.username();
            c.updatedAt = clock.instant();
            return existing == null ? c.persist() : Uni.createFrom().item(c);
        });
    }

    /** A commitment found false: whose, why, and what put them on the list (the case and the material). */
    public record FalseCommitment(String idNumber, String name, String kind, String reason, String caseId,
                                  String materialCode, String actor, java.time.Instant at) {
    }

    /**
     * 失信: a commitment found false puts the applicant on the list as blacklisted, with the finding as the reason and
     * the case and material as the source — 黑名单信息主动拦截 from then on (no 容缺; the window is told). In the
     * caller's transaction (the inbox's). An applicant the list did not know enters at level D, the lowest; one it
     * knew keeps the level the hall gave, and is no longer red-listed.
     */
    public Uni<ApplicantCredit> blacklist(FalseCommitment f) {
        return ApplicantCredit.<ApplicantCredit>findById(f.idNumber()).flatMap(existing -> {
            ApplicantCredit c = existing == null ? new ApplicantCredit() : existing;
            if (existing == null) {
                c.idNumber = f.idNumber();
                c.name = f.name();
                c.kind = f.kind();
                c.creditLevel = "D";
            }
            c.blacklisted = true;
            c.redListed = false;
            c.reason = f.reason();
            c.sourceCaseId = f.caseId();
            c.sourceMaterialCode = f.materialCode();
            c.updatedBy = f.actor();
            c.updatedAt = f.at();
            return existing == null ? c.persist() : Uni.createFrom().item(c);
        });
    }

    static Map<String, String> validate(Entry e, String where) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean person = "PERSON".equals(e.kind());
        if (!person && !"ORGANISATION".equals(e.kind())) {
            errors.put(where + ".kind", "类型应为PERSON或ORGANISATION / kind must be PERSON or ORGANISATION");
        } else {
            // what is wrong, not only that something is: a short number is no check-digit failure
            var fault = person ? IdentityNumbers.residentIdFault(e.idNumber()) : IdentityNumbers.creditCodeFault(e.idNumber());
            if (fault != null) {
                var m = person ? IdentityMessages.residentId(fault, e.idNumber(), "居民身份证号码", "The resident ID number")
                        : IdentityMessages.creditCode(fault, e.idNumber());
                errors.put(where + ".idNumber", m.zh() + " / " + m.en());
            }
        }
        if (e.name() == null || e.name().isBlank() || e.name().length() > 100) {
            errors.put(where + ".name", "名称不能为空且不超过100字 / name required, at most 100 characters");
        }
        if (e.creditLevel() == null || !e.creditLevel().matches("[ABCD]")) {
            errors.put(where + ".creditLevel", "信用等级应为A、B、C或D / credit level must be A, B, C or D");
        }
        return errors;
    }
}
