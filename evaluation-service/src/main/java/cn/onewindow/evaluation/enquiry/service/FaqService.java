package cn.onewindow.evaluation.enquiry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.FaqEntryApproved;
import cn.onewindow.evaluation.enquiry.model.Enquiry;
import cn.onewindow.evaluation.enquiry.model.FaqProposal;
import cn.onewindow.evaluation.enquiry.rules.FaqWording;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The FAQ grows from answered enquiries (常见问题): the enquiry desk proposes an answered enquiry in edited wording
 * ({@link FaqWording}), the hall admin approves it once (the wording may be the admin's own) — then
 * {@link FaqEntryApproved} takes it to intake, whose public service guide shows it with the item — or rejects it with
 * a note. One proposal per enquiry.
 */
@ApplicationScoped
public class FaqService {
    private final Outbox outbox;
    private final Clock clock;

    public FaqService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A proposal with what it was made from, so the admin compares the wording with the enquiry and its answer. */
    public record Proposed(FaqProposal proposal, Enquiry enquiry) {
    }

    @WithTransaction
    public Uni<Proposed> propose(String number, String question, String answer, Actor actor) {
        return EnquiryService.locked(number).flatMap(e -> {
            if (e.answeredAt == null) {
                throw ProblemException.conflict("not-answered", "该咨询尚未书面答复，不能提议为常见问题",
                        "The enquiry is not answered yet: it cannot become an FAQ entry");
            }
            FaqWording.requireEdited(e.question, e.answer, question, answer);
            return FaqProposal.count("enquiryNumber", number).flatMap(n -> {
                if (n > 0) {
                    throw ProblemException.conflict("faq-already-proposed", "该咨询已提议为常见问题",
                            "This enquiry was proposed as an FAQ entry already");
                }
                var p = new FaqProposal();
                p.enquiryNumber = number;
                p.itemCode = e.itemCode;
                p.question = question.strip();
                p.answer = answer.strip();
                p.proposedBy = actor.name();
                p.proposedById = actor.userId();
                p.proposedAt = clock.instant();
                p.status = "PENDING";
                return p.<FaqProposal>persist().map(saved -> new Proposed(saved, e));
            });
        });
    }

    /** The proposals of one status (PENDING, APPROVED, REJECTED), the oldest first. */
    @WithSession
    public Uni<List<Proposed>> list(String status) {
        return FaqProposal.<FaqProposal>find("status = ?1 order by proposedAt", status).page(0, 200).list()
                .flatMap(proposals -> {
                    var numbers = proposals.stream().map(p -> p.enquiryNumber).toList();
                    Uni<List<Enquiry>> enquiries = numbers.isEmpty() ? Uni.createFrom().item(List.of())
                            : Enquiry.list("number in ?1", numbers);
                    return enquiries.map(l -> {
                        Map<String, Enquiry> byNumber = l.stream().collect(Collectors.toMap(e -> e.number, Function.identity()));
                        return proposals.stream().map(p -> new Proposed(p, byNumber.get(p.enquiryNumber))).toList();
                    });
                });
    }

    /**
     * The hall admin's decision, once: APPROVE publishes the entry (in the admin's wording where given, else the
     * proposal's) in the same transaction; REJECT needs a note.
     */
    @WithTransaction
    public Uni<Proposed> decide(long id, boolean approve, String question, String answer, String note, Actor actor) {
        if (!approve && (note == null || note.isBlank())) {
            throw ProblemException.invalid("note-required", "不采纳须写明理由", "A rejection says why (note)");
        }
        return FaqProposal.<FaqProposal>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("常见问题提议 FAQ proposal", String.valueOf(id)))
                .flatMap(p -> Enquiry.<Enquiry>findById(p.enquiryNumber).flatMap(e -> {
                    if (!"PENDING".equals(p.status)) {
                        throw ProblemException.conflict("faq-already-decided", "该常见问题提议已审核",
                                "This FAQ proposal was decided already");
                    }
                    String q = question == null || question.isBlank() ? p.question : question.strip();
                    String a = answer == null || answer.isBlank() ? p.answer : answer.strip();
                    if (approve) {
                        // the admin's own wording is held to the same rule as the desk's: never the raw texts
                        FaqWording.requireEdited(e.question, e.answer, q, a);
                    }
                    Instant now = clock.instant();
                    p.status = approve ? "APPROVED" : "REJECTED";
                    p.decidedBy = actor.name();
                    p.decidedById = actor.userId();
                    p.decidedAt = now;
                    p.decisionNote = note == null || note.isBlank() ? null : note.strip();
                    if (!approve) {
                        return Uni.createFrom().item(new Proposed(p, e));
                    }
                    p.question = q;
                    p.answer = a;
                    return outbox.publish(new FaqEntryApproved(p.itemCode, q, a, p.enquiryNumber, now, actor))
                            .replaceWith(new Proposed(p, e));
                }));
    }
}
