package cn.onewindow.intake.situation.service;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.situation.rules.SituationChoice;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The checklist of an item's situation (情形), read from the catalogue version in force at an instant — the same version
 * the take-in then checks the materials against (TakeInService reads it through SituationChoice too), for the window and
 * for the applicant's guide alike. Reads only.
 */
@ApplicationScoped
public class ChecklistService {
    private final CatalogueService catalogue;

    public ChecklistService(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * By {@code situation} code when given (the window chose it already), else by the {@code answers}: 404 for an item
     * not in force; 422 {@code unknown-situation} for a situation or an answer not of the item, {@code no-situation}
     * for answers that choose none; without either, an item with situations gives its questions alone.
     */
    public Uni<Checklist> checklist(String code, Instant at, Map<String, String> answers, String situation) {
        if (situation != null && !answers.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("answers-or-situation",
                    "请给出情形问题的答案（answers）或情形编码（situation），二者择一",
                    "Give the answers (answers) or the situation (situation), not both"));
        }
        return catalogue.inForce(code, at).map(v -> {
            if (v == null || v.cancelled()) {
                throw ProblemException.notFound("事项 item", code);
            }
            var item = catalogue.read(v);
            if (situation != null) {
                return Checklist.of(code, v.version, at, item, SituationChoice.apply(java.util.List.of(item), situation).get(0),
                        answers);
            }
            if (item.safeSituations().isEmpty()) {
                if (!answers.isEmpty()) {
                    SituationChoice.match(item, answers); // the item has no questions: every answer is a stray (422)
                }
                return Checklist.of(code, v.version, at, item, item, answers);
            }
            if (answers.isEmpty()) {
                return Checklist.questions(code, v.version, at, item, answers);
            }
            return Checklist.of(code, v.version, at, item, SituationChoice.narrow(item, SituationChoice.match(item, answers)),
                    answers);
        });
    }
}
