package cn.onewindow.intake.documents.service;

import java.io.File;

import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.documents.DocumentRenderer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.platform.time.ClockProducer;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.hall.service.HallService;
import cn.onewindow.intake.hall.service.PickupPlace;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.takein.model.DeferredMaterial;
import cn.onewindow.intake.certificate.service.CertificateTakeIn;
import cn.onewindow.intake.post.service.PostalLimits;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.model.IntakeNotice;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The window's documents, rebuilt from the stored case or notice whenever they are fetched: the
 * receipt (收件凭证, three copies), the acceptance notice (受理通知书), the 容缺 supplement notice
 * (容缺候补通知书), the one-time notice (一次性告知书) and the return notice (不予受理通知书). Each carries
 * its number and a verification code (an HMAC of number and kind under the hall's key: {@link DocumentCodes}).
 */
@ApplicationScoped
public class DocumentService {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ClockProducer.HALL_ZONE);
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ClockProducer.HALL_ZONE);
    static final List<String> THREE_COPIES = List.of("第一联 申请人留存", "第二联 随卷流转", "第三联 窗口存档");
    static final List<String> ONE_COPY = List.of("申请人留存");

    private final DocumentRenderer renderer;
    private final DocumentCodes codes;
    private final CalendarHolder calendars;
    private final ObjectMapper json;
    private final String hallName;
    private final HallService halls;

    public DocumentService(@ConfigProperty(name = "onewindow.documents.font") String font,
                           DocumentCodes codes,
                           HallSettings hall,
                           CalendarHolder calendars, ObjectMapper json, HallService halls) {
        this.halls = halls;
        this.renderer = new DocumentRenderer(new File(font));
        this.codes = codes;
        this.calendars = calendars;
        this.json = json;
        this.hallName = hall.name();
    }

    /** The case's document as a PDF (read in a session, rendered on a worker thread after it closes). */
    public Uni<byte[]> forCase(String caseId) {
        return readCase(caseId).flatMap(this::render);
    }

    public Uni<byte[]> forNotice(String number) {
        return readNotice(number).flatMap(this::render);
    }

    @WithSession
    Uni<DocumentRenderer.Document> readCase(String caseId) {
        return IntakeCase.<IntakeCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId))
                .flatMap(c -> CatalogueItem.<CatalogueItem>find("code = ?1 and version = ?2", c.itemCode, c.catalogueVersion).firstResult()
                        .flatMap(item -> DeferredMaterial.<DeferredMaterial>list("caseId = ?1 order by materialCode", caseId)
                                .flatMap(owed -> CertificateTakeIn.served(caseId)
                                        .flatMap(served -> PostalLimits.of(c) // a postal case's limit: from its registration
                                                .flatMap(limitsFrom -> PickupPlace.of(c, halls) // 区域通办: 领取地点
                                                        .map(place -> caseDocument(c, item, owed, served, limitsFrom, place)))))));
    }

    @WithSession
    Uni<DocumentRenderer.Document> readNotice(String number) {
        return IntakeNotice.<IntakeNotice>findById(number)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("告知书 notice", number))
                .flatMap(n -> CatalogueItem.<CatalogueItem>find("code = ?1 and version = ?2", n.itemCode, n.catalogueVersion).firstResult()
                        .map(item -> noticeDocument(n, item)));
    }

    /** Rendering is CPU work with a font file: off the event loop. */
    Uni<byte[]> render(DocumentRenderer.Document doc) {
        return Uni.createFrom().item(() -> renderer.render(doc)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    DocumentRenderer.Document caseDocument(IntakeCase c, CatalogueItem item, List<DeferredMaterial> owed) {
        return caseDocument(c, item, owed, java.util.Map.of(), c.acceptedAt);
    }

    /**
     * @param served material code → the e-certificate that served it (证照自动引用): printed, the applicant handed nothing in
     * @param limitsFrom where the promised limit counts from: the take-in, or a postal case's parcel registration (PostalLimits)
     */
    DocumentRenderer.Document caseDocument(IntakeCase c, CatalogueItem item, List<DeferredMaterial> owed,
                                           java.util.Map<String, String> served, Instant limitsFrom) {
        return caseDocument(c, item, owed, served, limitsFrom, null);
    }

    /** @param pickupPlace 领取地点 (区域通办: the pickup hall's name and address, PickupPlace), printed for a result collected */
    DocumentRenderer.Document caseDocument(IntakeCase c, CatalogueItem item, List<DeferredMaterial> owed,
                                           java.util.Map<String, String> served, Instant limitsFrom, String pickupPlace) {
        List<String> lines = new ArrayList<>(List.of(
                "申请人：" + c.applicantName,
                "申请事项：" + item.name + "（" + item.code + "，清单第" + item.version + "版）",
                "承办部门：" + item.departmentName,
                "受理窗口首办负责人：" + c.firstHandlerName,
                "收件时间：" + MINUTE.format(c.acceptedAt),
                "送达方式：" + (DeliveryMethod.PICKUP.name().equals(c.deliveryMethod) ? "窗口领取" : "邮寄送达 " + c.deliveryAddress)));
        if (pickupPlace != null && DeliveryMethod.PICKUP.name().equals(c.deliveryMethod)) {
            lines.add(pickupPlace);
        }
        if (c.situationName != null) { // 情形: the checklist and the limits were the situation's
            lines.add(2, "办理情形：" + c.situationName);
        }
        served.forEach((material, certificate) -> lines.add("材料" + material + "由电子证照" + certificate + "提供（无需提交）"));
        return switch (c.documentKind) {
            case "RECEIPT" -> {
                lines.add(IntakePath.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING.name().equals(c.intakePath)
                        ? "您的申请材料已收取，部门将在20分钟内决定是否受理，请在大厅稍候。"
                        : "您的申请材料已收取，部门将于5个工作日内决定是否受理，并告知结果。");
                yield doc("收件凭证", c.caseId, "RECEIPT", lines, THREE_COPIES);
            }
            case "ACCEPTANCE_NOTICE" -> {
                int promised = c.promisedDays != null ? c.promisedDays : item.promisedDays; // a situation's own limit
                Instant due = calendars.calendar().deadline(limitsFrom, promised);
                lines.add("您的申请材料齐全、符合法定形式，现予受理。");
                if (IntakePath.SETTLED_ON_SPOT.name().equals(c.intakePath)) {
                    lines.add("本事项为即办件，窗口当场审批、当场办结，请到统一出件窗口领取办理结果。");
                } else {
                    lines.add("承诺办结时限：" + promised + "个工作日，最迟于" + DAY.format(due.minusSeconds(1)) + "办结"
                            + provisionalNote(limitsFrom, due) + "。");
                }
                yield doc("受理通知书", c.caseId, "ACCEPTANCE_NOTICE", lines, ONE_COPY);
            }
            case "DEFERRAL_NOTICE" -> {
                lines.add("您的申请按容缺受理方式受理。根据您签署的容缺受理承诺书，请于下列期限前补交：");
                // a date counted into a year not entered says so, as the acceptance notice's does (it is counted again then)
                owed.stream().filter(m -> m.dueAt != null)
                        .forEach(m -> lines.add("  · " + m.materialName + "，补交期限：" + DAY.format(m.dueAt.minusSeconds(1))
                                + provisionalNote(c.acceptedAt, m.dueAt)));
                lines.add("逾期未补交的，将终止办理并书面告知。");
                yield doc("容缺候补通知书", c.caseId, "DEFERRAL_NOTICE", lines, ONE_COPY);
            }
            default -> throw new IllegalStateException("no document of kind " + c.documentKind);
        };
    }

    DocumentRenderer.Document noticeDocument(IntakeNotice n, CatalogueItem item) {
        JsonNode content;
        try {
            content = json.readTree(n.content);
        } catch (Exception e) {
            throw new IllegalStateException("notice " + n.noticeNumber + " content unreadable", e);
        }
        List<String> lines = new ArrayList<>(List.of("申请人：" + n.applicantName,
                "申请事项：" + item.name + "（" + item.code + "，清单第" + item.version + "版）",
                "窗口经办人：" + n.clerkName, "日期：" + MINUTE.format(n.issuedAt)));
        if ("ONE_TIME_NOTICE".equals(n.kind)) {
            JsonNode refused = content.path("deferralRefused").path("reasonsZh");
            if (refused.size() > 0) {
                // 容缺 refused: the applicant reads why, and below it everything to bring, on the same notice
                lines.add("您申请的容缺受理未获准许，原因：");
                refused.forEach(r -> lines.add("  · " + r.asText()));
            }
            lines.add("经核对，您的申请材料尚需补正以下全部内容，补正后可再次提交：");
            content.path("problems").forEach(p -> lines.add("  · " + p.path("name").asText() + "：" + p.path("problemZh").asText()));
            return doc("一次性告知书", n.noticeNumber, n.kind, lines, ONE_COPY);
        }
        if ("SUPPLEMENT_NOTICE".equals(n.kind)) {
            lines.add("办件编号：" + n.caseId);
            if (content.path("round").asInt(1) > 1) {
                // a later round is allowed only for a problem the newly supplied material raised: the applicant is told which
                lines.add("本通知为第" + content.path("round").asInt() + "次补正告知。");
                lines.add("您已按前次告知补交材料，因新补交的材料出现新的问题，需再次补正。");
                lines.add("理由：" + content.path("reason").asText());
            }
            lines.add("经审查，请您一次性补正以下全部材料，补正期间审批时限暂停计算：");
            content.path("materials").forEach(p -> lines.add("  · " + p.path("name").asText()
                    + (p.path("problem").asText("").isBlank() ? "" : "：" + p.path("problem").asText())));
            lines.add("请携带上述材料到综合受理窗口提交，或邮寄至本中心。");
            return doc("补正材料通知书", n.noticeNumber, n.kind, lines, ONE_COPY);
        }
        lines.add("您的申请不属于本事项受理范围，不予受理。理由：" + content.path("reasons").asText());
        lines.add("如不服本决定，可依法申请行政复议或提起行政诉讼。");
        return doc("不予受理通知书", n.noticeNumber, n.kind, lines, ONE_COPY);
    }

    private DocumentRenderer.Document doc(String title, String number, String kind, List<String> lines, List<String> copies) {
        return new DocumentRenderer.Document(hallName + " " + title, number, verificationCode(number, kind), lines, copies);
    }

    /** Twelve hex characters of HMAC-SHA256(number|kind) under the current key: printed on the document, checkable by the hall. */
    public String verificationCode(String number, String kind) {
        return codes.code(number, kind);
    }


    /**
     * A date counted through a year whose holiday notice the hall has not entered is a guess by weekends
     * alone: the notice the applicant keeps says so, rather than promising a day that may be a holiday.
     */
    private String provisionalNote(Instant start, Instant due) {
        var cal = calendars.calendar();
        if (!cal.isProvisional(start, due)) {
            return "";
        }
        int year = due.minusSeconds(1).atZone(cal.zone()).getYear();
        return "（暂定：" + year + "年节假日安排尚未公布，公布后按其重新计算）";
    }
}
