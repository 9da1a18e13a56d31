package cn.onewindow.issuance.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IssuanceStatus;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.issuance.model.ArchiveRecord;
import cn.onewindow.issuance.model.DelegationCopy;
import cn.onewindow.issuance.model.ECertificate;
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.model.Notification;
import cn.onewindow.issuance.notify.NotificationSettings;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Express mail (邮寄送达) with its waybill and tracking, returned mail back at the window; the
 * delivery register; and the archive, where a delivered case file is packaged with its digest and
 * the paper originals' place is recorded.
 */
@ApplicationScoped
public class MailAndArchiveService {
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final String channel;
    private final PickupHalls halls;

    public MailAndArchiveService(Outbox outbox, Clock clock, ObjectMapper json, NotificationSettings notifications,
                                 PickupHalls halls) {
        this.halls = halls;
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
        this.channel = notifications.channel();
    }

    /**
     * Hands the result to the carrier: only for a result the applicant asked to be mailed, under the deliver power, by
     * the issuance window of its pickup hall (区域通办; every act below too: 403 other-hall).
     */
    @WithTransaction
    public Uni<IssuanceRecord> mail(String caseId, String carrier, String waybill, Actor clerk, String clerkHall) {
        Instant now = clock.instant();
        return record(caseId, clerkHall).flatMap(r -> {
            if (r.status() != IssuanceStatus.READY) {
                return Uni.createFrom().failure(ProblemException.conflict("not-ready", "该结果不在待出件状态（" + r.status + "）",
                        "The result is not ready to go out (" + r.status + ")"));
            }
            if (!DeliveryMethod.EXPRESS_MAIL.name().equals(r.deliveryMethod)) {
                return Uni.createFrom().failure(ProblemException.conflict("pickup-chosen", "申请人选择窗口领取，不能邮寄",
                        "The applicant chose to pick the result up"));
            }
            return DelegationCopy.windowHolds(r.itemCode, DelegationCopy.DELIVER, now).flatMap(holds -> {
                if (!holds) {
                    return Uni.createFrom().failure(ProblemException.forbidden("not-delegated",
                            "窗口未获得该事项的审批结果送达授权", "The window holds no deliver power for item " + r.itemCode));
                }
                r.becomes(IssuanceStatus.MAILED);
                r.carrier = carrier;
                r.waybill = waybill;
                r.mailedAt = now;
                r.mailStatus = "IN_TRANSIT";
                r.handedById = clerk.userId();
                r.handedByName = clerk.name();
                return track(r, "IN_TRANSIT", "交寄" + carrier, now, clerk).replaceWith(r);
            });
        });
    }

    /**
     * A tracking update from the carrier: DELIVERED registers the delivery (the applicant may now rate);
     * RETURNED brings the result back to the window and tells the applicant.
     */
    @WithTransaction
    public Uni<IssuanceRecord> tracking(String caseId, String status, String note, Actor clerk, String clerkHall) {
        Instant now = clock.instant();
        return record(caseId, clerkHall).flatMap(r -> {
            if (r.status() != IssuanceStatus.MAILED) {
                return Uni.createFrom().failure(ProblemException.conflict("not-in-the-mail", "该结果不在邮寄途中（" + r.status + "）",
                        "The result is not in the mail (" + r.status + ")"));
            }
            r.mailStatus = status;
            Uni<?> effect = switch (status) {
                case "DELIVERED" -> {
                    r.becomes(IssuanceStatus.DELIVERED);
                    r.deliveredAt = now;
                    r.receivedBy = note == null || note.isBlank() ? "签收人见快递面单" : note;
                    yield outbox.publish(new ResultDelivered(r.caseId, r.departmentCode, DeliveryMethod.EXPRESS_MAIL, r.receivedBy, r.waybill, now, clerk));
                }
                case "RETURNED" -> {
                    r.becomes(IssuanceStatus.READY);
                    r.mailReturnedAt = now;
                    r.mailReturns++;
                    var n = new Notification();
                    n.id = UUID.randomUUID();
                    n.caseId = r.caseId;
                    n.kind = "MAIL_RETURNED_" + r.mailReturns;
                    n.channel = channel;
                    n.recipient = "applicant-" + r.caseId;
                    n.body = r.applicantName + "：您的办理结果（" + r.resultTitle + "）邮寄被退回（" + (note == null ? "无法投递" : note)
                            + "），请到统一出件窗口领取或提供新的邮寄地址。";
                    n.status = Notification.PENDING;
                    n.nextAttemptAt = now;
                    n.createdAt = now;
                    yield n.persist();
                }
                default -> Uni.createFrom().item(r);
            };
            return effect.call(() -> track(r, status, note, now, clerk)).replaceWith(r);
        });
    }

    private Uni<?> track(IssuanceRecord r, String status, String note, Instant at, Actor clerk) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into mail_tracking (case_id, waybill, status, note, at, recorded_by)"
                        + " values (:c, :w, :s, :n, :t, :b)")
                .setParameter("c", r.caseId).setParameter("w", r.waybill).setParameter("s", status)
                .setParameter("n", note).setParameter("t", at).setParameter("b", clerk.userId()).executeUpdate());
    }

    /**
     * The delivery register (送达登记): every delivery in a period, by pickup or mail; those handed out at {@code hall}
     * only (null: every hall's, for the supervisor).
     */
    @WithSession
    public Uni<List<IssuanceRecord>> register(Instant from, Instant to, String hall) {
        return hall == null ? IssuanceRecord.list("deliveredAt >= ?1 and deliveredAt < ?2 order by deliveredAt", from, to)
                : IssuanceRecord.list("deliveredAt >= :from and deliveredAt < :to and " + halls.atHall(hall) + " order by deliveredAt",
                        io.quarkus.panache.common.Parameters.with("from", from).and("to", to).and("hall", hall));
    }

    /** Packages the delivered case file (result, certificate, tracking) with its SHA-256, and records the paper's place. */
    @WithTransaction
    public Uni<ArchiveRecord> archive(String caseId, String paperLocation, Actor clerk, String clerkHall) {
        Instant now = clock.instant();
        return record(caseId, clerkHall).flatMap(r -> {
            if (r.status() != IssuanceStatus.DELIVERED) {
                return Uni.createFrom().failure(ProblemException.conflict("not-delivered", "结果送达后方可归档（当前：" + r.status + "）",
                        "Only a delivered case is archived (now " + r.status + ")"));
            }
            return ECertificate.<ECertificate>find("caseId", caseId).firstResult().flatMap(cert -> Panache.getSession()
                    .flatMap(s -> s.createNativeQuery("select status || ' ' || at || ' ' || coalesce(note, '') from mail_tracking "
                            + "where case_id = :c order by at", String.class).setParameter("c", caseId).getResultList())
                    .flatMap(tracking -> {
                        Map<String, Object> pkg = new LinkedHashMap<>();
                        pkg.put("caseId", r.caseId);
                        pkg.put("department", r.departmentCode);
                        pkg.put("item", r.itemCode);
                        pkg.put("outcome", r.outcome);
                        pkg.put("result", Map.of("kind", String.valueOf(r.resultKind), "title", r.resultTitle));
                        pkg.put("decidedAt", String.valueOf(r.decidedAt));
                        pkg.put("arrivedAt", String.valueOf(r.arrivedAt));
                        pkg.put("notifiedAt", String.valueOf(r.notifiedAt));
                        pkg.put("delivery", Map.of("method", r.deliveryMethod, "deliveredAt", String.valueOf(r.deliveredAt),
                                "receivedBy", String.valueOf(r.receivedBy), "waybill", String.valueOf(r.waybill),
                                "handedBy", String.valueOf(r.handedByName)));
                        pkg.put("mailTracking", tracking);
                        if (cert != null) {
                            pkg.put("eCertificate", Map.of("id", cert.id, "payload", cert.payload, "signature", cert.signature, "kid", cert.kid));
                        }
                        var a = new ArchiveRecord();
                        a.caseId = caseId;
                        try {
                            a.casePackage = json.writeValueAsString(pkg);
                            a.sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(a.casePackage.getBytes(StandardCharsets.UTF_8)));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        a.paperLocation = paperLocation;
                        a.archivedAt = now;
                        a.archivedBy = clerk.name();
                        r.becomes(IssuanceStatus.ARCHIVED);
                        return a.persist();
                    }));
        });
    }

    @WithSession
    public Uni<ArchiveRecord> archived(String caseId) {
        return ArchiveRecord.<ArchiveRecord>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("档案 archive", caseId));
    }

    /** The result a clerk of {@code clerkHall} acts on: 404 if none, 403 other-hall if handed out at another hall. */
    private Uni<IssuanceRecord> record(String caseId, String clerkHall) {
        return IssuanceRecord.<IssuanceRecord>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("待出件结果 result", caseId))
                .invoke(r -> halls.requireClerkOf(r, clerkHall));
    }
}
