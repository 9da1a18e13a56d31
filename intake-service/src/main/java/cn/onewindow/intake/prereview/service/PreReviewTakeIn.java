package cn.onewindow.intake.prereview.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.onewindow.intake.prereview.rules.PreReviewRules;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.intake.takein.service.TakeIn;
import cn.onewindow.intake.takein.service.TakeInResult;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * A passed pre-review (网上预审) taken in at the window (the take-in's {@code preReviewId}): nothing typed twice — the
 * applicant (and an organisation's agent) and the contact come from the record where the request leaves them out, and
 * every material with a file counts as received electronically (PROVIDED) unless the clerk's own line for it says
 * otherwise (an original verified at the window: 线下审查以现场核验原件为主); a material the pass marked NOT_APPLICABLE
 * counts as not applicable, and one marked BRING_TO_WINDOW is the clerk's to tick as the applicant hands it over (the
 * pass marked every material without a file, so nothing the pre-review passed is found missing: no second notice
 * unless the applicant fails to bring what they were told to). The pre-review is held (row lock) until
 * the take-in commits, and becomes TAKEN_IN with the case number in the take-in's own writes; a take-in that ends in a
 * notice leaves it PASSED. Only ever called when the request names a pre-review: the take-in's usual path reads nothing
 * more.
 */
@ApplicationScoped
public class PreReviewTakeIn {
    private final ObjectMapper json;
    private final Clock clock;

    public PreReviewTakeIn(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Uni<TakeInResult> takeIn(TakeIn request, Pipeline writes, Function<TakeIn, Uni<TakeInResult>> takeIn) {
        UUID id;
        try {
            id = UUID.fromString(request.preReviewId());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(unknown(request.preReviewId()));
        }
        if (request.bundleCode() != null || request.itemCodes() != null && !request.itemCodes().isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("pre-review-one-item",
                    "网上预审按单个事项受理：请只选择预审的事项（itemCode）", "A pre-review is taken in for its one item (itemCode)"));
        }
        // plain SQL on the take-in's connection, the row locked: two windows taking the same pre-review in wait in turn
        return SessionSql.select("select status, item_code, applicant_kind, applicant_name, applicant_id, agent_name, agent_id, "
                        + "contact_phone, contact_email, case_id, material_marks from pre_review where id = $1 for update", id)
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        throw unknown(request.preReviewId());
                    }
                    var record = new Record(rows.get(0));
                    record.check(request);
                    return SessionSql.select("select material_code from pre_review_file where pre_review_id = $1", id)
                            .map(files -> filled(request, record, files.stream().map(r -> (String) r[0]).toList()));
                })
                .flatMap(filled -> takeIn.apply(filled))
                .invoke(result -> {
                    if (result instanceof TakeInResult.CasesTakenIn taken) {
                        // the case number is the database's until the writes run: its placeholder is filled in there
                        writes.add("update pre_review set status = 'TAKEN_IN', case_id = $1, taken_in_at = $2, version = version + 1 "
                                + "where id = $3 and status = 'PASSED'", taken.intakeCase().caseId, clock.instant(), id);
                    }
                });
    }

    /** The pre-review's row as the take-in reads it. */
    private record Record(String status, String itemCode, String kind, String name, String idNumber, String agentName,
                          String agentId, String phone, String email, String caseId, String marks) {
        Record(Object[] r) {
            this((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9], (String) r[10]);
        }

        void check(TakeIn request) {
            if ("TAKEN_IN".equals(status)) {
                throw ProblemException.conflict("pre-review-taken-in", "该预审已受理，办件编号：" + caseId,
                        "This pre-review was taken in already, as case " + caseId);
            }
            if (!"PASSED".equals(status)) {
                throw ProblemException.conflict("pre-review-not-passed", "该预审尚未通过（当前：" + status + "），不能据此受理",
                        "The pre-review has not passed (" + status + "); it cannot be taken in");
            }
            if (request.itemCode() != null && !request.itemCode().equals(itemCode)) {
                throw new ProblemException(422, "pre-review-other-item", "该预审的事项是 " + itemCode + "，不是 " + request.itemCode(),
                        "The pre-review is for " + itemCode + ", not " + request.itemCode());
            }
            if (request.applicant() != null && !idNumber.equals(request.applicant().idNumber())) {
                throw new ProblemException(422, "pre-review-other-applicant", "申请人证件号码与预审记录不一致",
                        "The applicant's number differs from the pre-review's");
            }
        }
    }

    /** The request with what the record holds in the places it left empty. */
    private TakeIn filled(TakeIn request, Record record, List<String> files) {
        ObjectNode node = json.valueToTree(request);
        node.put("itemCode", record.itemCode());
        if (request.applicant() == null) {
            node.set("applicant", json.valueToTree(new TakeIn.Applicant(record.kind(), record.name(), record.idNumber(),
                    record.phone(), record.email())));
        }
        if (request.agent() == null && record.agentName() != null) {
            node.set("agent", json.valueToTree(new TakeIn.Agent(record.agentName(), record.agentId())));
        }
        Map<String, TakeIn.MaterialStatus> lines = new LinkedHashMap<>();
        files.forEach(code -> lines.put(code, new TakeIn.MaterialStatus(code, MaterialCheck.Status.PROVIDED.name())));
        // BRING_TO_WINDOW: no line of ours; the clerk's line says what the applicant handed over
        PreReviewService.readMarks(json, record.marks()).forEach((code, mark) -> {
            if (mark == PreReviewRules.Mark.NOT_APPLICABLE) {
                lines.put(code, new TakeIn.MaterialStatus(code, MaterialCheck.Status.NOT_APPLICABLE.name()));
            }
        });
        if (request.materials() != null) {
            request.materials().stream().filter(m -> m != null).forEach(m -> lines.put(m.code(), m));
        }
        node.set("materials", json.valueToTree(List.copyOf(lines.values())));
        try {
            return json.treeToValue(node, TakeIn.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException unknown(String id) {
        return new ProblemException(422, "unknown-pre-review", "没有这个网上预审记录：" + id, "No pre-review " + id);
    }
}
