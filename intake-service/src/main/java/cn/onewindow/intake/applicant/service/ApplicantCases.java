package cn.onewindow.intake.applicant.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.post.service.PostalLimits;
import cn.onewindow.intake.takein.model.DeferredMaterial;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.model.IntakeNotice;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Applicant;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * An applicant's own cases (申请人办件查询): the cases the window filed under the applicant's number — a person's
 * resident ID number, or the organisation's unified social credit code for its agent. Nothing else: a case filed
 * under another number is not there for them, exactly as a case that does not exist (the same 404), so a guessed
 * case number tells nothing.
 */
@ApplicationScoped
public class ApplicantCases {
    /** The most cases one list holds, newest first: more than any applicant has, few enough to send at once. */
    static final int LIMIT = 200;

    /** One case with what the applicant may read of it. */
    public record Found(IntakeCase c, CatalogueItem item, List<IntakeNotice> notices, List<DeferredMaterial> owed,
                        Instant limitsFrom) {
    }

    @WithSession
    public Uni<List<Found>> list(Applicant applicant) {
        return IntakeCase.<IntakeCase>find("applicantKind = ?1 and applicantId = ?2 order by acceptedAt desc",
                        applicant.kind().name(), applicant.caseNumber()).page(0, LIMIT).list()
                .flatMap(cases -> cases.isEmpty() ? Uni.createFrom().item(List.<Found>of()) : withDetails(cases, false));
    }

    @WithSession
    public Uni<Found> one(Applicant applicant, String caseId) {
        return IntakeCase.<IntakeCase>findById(caseId).flatMap(c -> {
            if (c == null || !ownedBy(c, applicant)) {
                return Uni.createFrom().failure(ProblemException.notFound("办件 case", caseId));
            }
            return withDetails(List.of(c), true).map(l -> l.get(0));
        });
    }

    /** Whether the window filed the case under this applicant (the kind too: a person is never an organisation). */
    static boolean ownedBy(IntakeCase c, Applicant applicant) {
        return applicant.kind().name().equals(c.applicantKind) && applicant.caseNumber().equals(c.applicantId);
    }

    private Uni<List<Found>> withDetails(List<IntakeCase> cases, boolean owed) {
        List<String> ids = cases.stream().map(c -> c.caseId).toList();
        Uni<List<IntakeNotice>> notices = IntakeNotice.<IntakeNotice>find("caseId in ?1 order by issuedAt", ids).list();
        Uni<List<DeferredMaterial>> materials = owed
                ? DeferredMaterial.<DeferredMaterial>find("caseId in ?1 order by materialCode", ids).list()
                : Uni.createFrom().item(List.of());
        // the items' versions (a handful per code), the ones the cases were taken in under picked below
        List<String> codes = cases.stream().map(c -> c.itemCode).distinct().toList();
        Uni<List<CatalogueItem>> items = CatalogueItem.<CatalogueItem>find("code in ?1", codes).list();
        // a postal case's promised limit counts from its parcel's registration, not the take-in
        Uni<Map<String, Instant>> registered = PostalLimits.registrations(cases);
        return notices.flatMap(n -> materials.flatMap(m -> registered.flatMap(r -> items.map(i -> {
            Map<String, CatalogueItem> byVersion = i.stream().collect(Collectors.toMap(x -> x.code + "@" + x.version,
                    Function.identity()));
            Map<String, List<IntakeNotice>> noticesByCase = n.stream().collect(Collectors.groupingBy(x -> x.caseId));
            Map<String, List<DeferredMaterial>> owedByCase = m.stream().collect(Collectors.groupingBy(x -> x.caseId));
            return cases.stream().map(c -> new Found(c, byVersion.get(c.itemCode + "@" + c.catalogueVersion),
                    noticesByCase.getOrDefault(c.caseId, List.of()), owedByCase.getOrDefault(c.caseId, List.of()),
                    r.getOrDefault(c.caseId, c.acceptedAt))).toList();
        }))));
    }

    /**
     * For the view: the instant the case's promised limit ends, counted in working days from the take-in (a postal case's
     * from its parcel's registration: {@code limitsFrom}).
     */
    public static Instant promisedBy(Found f, cn.onewindow.calendar.WorkingCalendar calendar) {
        if (f.item() == null || f.limitsFrom() == null) {
            return null;
        }
        var c = f.c(); // 情形: a situation's own promised limit is the case's
        return calendar.deadline(f.limitsFrom(), c.promisedDays != null ? c.promisedDays : f.item().promisedDays);
    }
}
