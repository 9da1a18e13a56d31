package cn.onewindow.intake.commitment.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import cn.onewindow.intake.commitment.rules.CommitmentRules;
import cn.onewindow.intake.credit.model.ApplicantCredit;
import cn.onewindow.intake.takein.service.TakeIn;
import cn.onewindow.intake.takein.rules.MaterialCheck;

/**
 * The take-in's part of 证明事项告知承诺制: the proofs the applicant replaces by signing the hall's commitment are checked
 * against the chosen items' lists and count as received ({@link #receive}); the signed words are written with the case
 * ({@link #record}). Both are called only when the request names commitments: the take-in is benchmarked, and a
 * request without them costs nothing here.
 */
public final class CommitmentTakeIn {
    private static final String INSERT = "insert into case_commitment (case_id, material_code, material_name, text, signed_by, "
            + "signed_at) values ($1, $2, $3, $4, $5, $6)";

    private CommitmentTakeIn() {
    }

    /**
     * 国办发〔2020〕42号: an applicant on the credit list as blacklisted (失信, for one a commitment found false) may not use
     * 告知承诺制 until the credit is repaired — refused (422, nothing written). Read only when the request names
     * commitments, inside the take-in's transaction.
     */
    public static Uni<Void> creditAllows(TakeIn request) {
        return ApplicantCredit.<ApplicantCredit>findById(request.applicant().idNumber()).invoke(credit -> {
            if (credit != null && credit.blacklisted) {
                throw new ProblemException(422, "commitment-not-allowed-credit",
                        "申请人已列入失信名单，信用修复前不适用告知承诺制，请提交相应证明材料",
                        "The applicant is blacklisted (失信): until the credit is repaired, proofs are handed in, not promised");
            }
        }).replaceWithVoid();
    }

    /**
     * Marks each promised material received on the checklist, or refuses the whole take-in (422, nothing written) with
     * every reason at once.
     */
    public static void receive(List<ItemDefinition> items, List<String> codes, Map<String, MaterialCheck.Status> checklist) {
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            throw ProblemException.invalid("commitment-named-twice", "同一证明材料只能承诺一次",
                    "A material may be promised only once");
        }
        var refusals = CommitmentRules.refusals(items, codes, checklist);
        if (!refusals.isEmpty()) {
            throw new ProblemException(422, "commitment-not-allowed",
                    "以下材料不能以告知承诺替代：" + refusals.stream().map(CommitmentRules::zh).collect(Collectors.joining("；")),
                    "Not to be replaced by a commitment: " + refusals.stream().map(CommitmentRules::en)
                            .collect(Collectors.joining("; ")));
        }
        codes.forEach(code -> checklist.put(code, MaterialCheck.Status.COMMITTED));
    }

    /**
     * Adds the signed commitments of one case (its item's share of the promised codes) to the take-in's writes.
     *
     * @param caseId the case number (a placeholder until the writes run: {@link Pipeline#defer})
     * @return the codes promised for this case, or null when none (the event's {@code commitments})
     */
    public static List<String> record(Pipeline writes, String caseId, ItemDefinition item, int version, List<String> codes,
                                      String applicantName, Instant now) {
        if (codes == null) {
            return null;
        }
        var mine = CommitmentRules.forItem(item, codes);
        if (mine.isEmpty()) {
            return null;
        }
        for (String code : mine) {
            var material = item.materials().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
            String text = String.join("\n", CommitmentRules.text(applicantName, item, version, material,
                    item.commitmentCheckDays()));
            writes.add(INSERT, caseId, code, material.name(), text, applicantName, now);
        }
        return mine;
    }
}
