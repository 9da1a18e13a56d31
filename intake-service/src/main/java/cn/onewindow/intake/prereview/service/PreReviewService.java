package cn.onewindow.intake.prereview.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.prereview.model.PreReview;
import cn.onewindow.intake.prereview.model.PreReview.Status;
import cn.onewindow.intake.prereview.model.PreReviewFile;
import cn.onewindow.intake.prereview.rules.FileCheck;
import cn.onewindow.intake.prereview.rules.PreReviewRules;
import cn.onewindow.intake.prereview.rules.PreReviewRules.NoticeLine;
import cn.onewindow.intake.queue.service.AppointmentService;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Applicant;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.quarkus.hibernate.reactive.panache.Panache;

/**
 * 网上预审: the applicant's side (start, one file per material, submit) and the pre-review post's (the queue, the
 * answer). An applicant reaches only their own pre-reviews: another's id is answered as one that does not exist.
 */
@ApplicationScoped
public class PreReviewService {
    private final Clock clock;
    private final CatalogueService catalogue;
    private final CalendarHolder calendars;
    private final AppointmentService appointments;
    private final ObjectMapper json;
    private final long maxFileBytes;
    private final int maxOpen;
    private final Vertx vertx;

    public PreReviewService(Clock clock, CatalogueService catalogue, CalendarHolder calendars, AppointmentService appointments,
                            ObjectMapper json, PreReviewSettings settings, Vertx vertx) {
        this.vertx = vertx;
        this.clock = clock;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.appointments = appointments;
        this.json = json;
        this.maxFileBytes = settings.maxFileBytes();
        this.maxOpen = settings.maxOpenPerApplicant();
    }

    /** The statuses in which a pre-review is open: the applicant's to finish, or the post's to answer. */
    static final List<String> OPEN = List.of(Status.DRAFT.name(), Status.SUBMITTED.name(), Status.NOTICE.name());

    /** A pre-review with its item's version and its files (no bytes). */
    public record Detail(PreReview preReview, ItemDefinition item, List<PreReviewFile.Info> files) {
    }

    /** An upload's answer: the file as stored, and whether this upload stored it (false: the same bytes were there). */
    public record Uploaded(PreReviewFile.Info file, boolean stored) {
    }

    /** Now, as the database keeps it (microseconds): an answer read back is the answer given. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * A new draft for the applicant. For an organisation the applicant named is the organisation as the token has it
     * (its code and its name, set by the realm's administrators), never a name the agent types. At most
     * {@code max-open-per-applicant} open at once (a count, not a lock: two starts at the same instant may both pass
     * it, so the excess is bounded by the requests in flight, not by nothing).
     */
    @WithTransaction
    public Uni<PreReview> start(Applicant applicant, PreReviewCommands.Start start) {
        var now = now();
        return PreReview.count("ownerNumber = ?1 and applicantKind = ?2 and status in ?3", applicant.caseNumber(),
                        applicant.kind().name(), OPEN)
                .flatMap(open -> open >= maxOpen
                        ? Uni.createFrom().<CatalogueItem>failure(ProblemException.conflict("too-many-open-pre-reviews",
                                "未办结的网上预审已达 " + maxOpen + " 件，请先完成或等待已有预审的答复",
                                "You have " + maxOpen + " open pre-reviews already: finish one or wait for its answer first"))
                        : CatalogueItem.inForce(start.itemCode(), now))
                .onItem().ifNull().failWith(() -> noPreReview(start.itemCode()))
                .flatMap(item -> {
                    var def = catalogue.read(item);
                    if (item.cancelled() || !PreReviewRules.offersPreReview(def)) {
                        return Uni.createFrom().failure(noPreReview(start.itemCode()));
                    }
                    boolean organisation = applicant.kind() == Applicant.Kind.ORGANISATION;
                    if (!def.serves().contains(applicant.kind().name())) {
                        return Uni.createFrom().failure(new ProblemException(422, "applicant-not-served",
                                "该事项不面向" + (organisation ? "法人和其他组织" : "自然人") + "办理：" + item.code,
                                "This item does not serve a " + applicant.kind().name().toLowerCase() + ": " + item.code));
                    }
                    var p = new PreReview();
                    p.id = UUID.randomUUID();
                    p.ownerNumber = applicant.caseNumber();
                    p.applicantKind = applicant.kind().name();
                    p.applicantName = organisation ? applicant.orgName() : applicant.name();
                    p.applicantId = applicant.caseNumber();
                    if (organisation) { // the person logged in acts for the organisation: its agent (代办人)
                        p.agentName = applicant.name();
                        p.agentId = applicant.idNumber();
                    }
                    p.contactPhone = start.phone();
                    p.contactEmail = start.email();
                    p.itemCode = item.code;
                    p.catalogueVersion = item.version;
                    p.status = Status.DRAFT.name();
                    p.createdAt = now;
                    return p.<PreReview>persist();
                });
    }

    /**
     * One material's file. The pre-review must be the applicant's own before its bytes are checked (another's id, or a
     * made-up one, costs no inflating and hashing); then the bytes are checked, and the record is locked for the store.
     * The same bytes for the same material again are answered as the first time and store nothing; other bytes replace
     * the file while the pre-review can still change (a draft, or after a one-time notice).
     */
    public Uni<Uploaded> upload(Applicant applicant, UUID id, String materialCode, byte[] bytes, String fileName) {
        // up to 10 MiB read, inflated and hashed: on a worker thread, not the event loop; the result comes back on the
        // request's context, where the transaction then runs (and checks ownership again, under the row lock)
        return Panache.withSession(() -> own(applicant, id))
                .flatMap(owned -> vertx.executeBlocking(Uni.createFrom().item(() -> new Checked(FileCheck.check(bytes, maxFileBytes), sha256(bytes)))))
                .flatMap(checked -> Panache.withTransaction(() -> store(applicant, id, materialCode, bytes, fileName, checked)));
    }

    /** A file's type by its bytes and its hash. */
    private record Checked(FileCheck.Type type, String sha256) {
    }

    private Uni<Uploaded> store(Applicant applicant, UUID id, String materialCode, byte[] bytes, String fileName, Checked checked) {
        var type = checked.type();
        var sha256 = checked.sha256();
        var now = now();
        return ownLocked(applicant, id).flatMap(p -> definition(p).flatMap(def -> {
            PreReviewRules.material(def, materialCode);
            return PreReviewFile.<PreReviewFile>find("preReviewId = ?1 and materialCode = ?2", id, materialCode).firstResult()
                    .flatMap(existing -> {
                        if (existing != null && existing.sha256.equals(sha256)) {
                            return Uni.createFrom().item(new Uploaded(existing.info(), false));
                        }
                        if (p.status() != Status.DRAFT && p.status() != Status.NOTICE) {
                            return Uni.createFrom().<Uploaded>failure(ProblemException.conflict("pre-review-not-editable",
                                    "预审已提交，材料不能再更改（收到一次性告知后可更换）",
                                    "The pre-review is submitted; its files change only after a one-time notice"));
                        }
                        var f = existing != null ? existing : new PreReviewFile();
                        if (existing == null) {
                            f.id = UUID.randomUUID();
                            f.preReviewId = id;
                            f.materialCode = materialCode;
                        }
                        f.contentType = type.contentType;
                        f.fileName = fileName;
                        f.sizeBytes = bytes.length;
                        f.sha256 = sha256;
                        f.content = bytes;
                        f.uploadedAt = now;
                        return f.<PreReviewFile>persist().map(x -> new Uploaded(f.info(), true));
                    });
        }));
    }

    /** Submitted for the pre-review post: every key material must have its file; the answer is due by the item's limit. */
    @WithTransaction
    public Uni<PreReview> submit(Applicant applicant, UUID id) {
        var now = now();
        return ownLocked(applicant, id).flatMap(p -> {
            if (p.status() != Status.DRAFT && p.status() != Status.NOTICE) {
                return Uni.createFrom().failure(ProblemException.conflict("pre-review-not-editable",
                        "该预审已提交或已办结（当前：" + p.status + "）", "The pre-review is already submitted or done (" + p.status + ")"));
            }
            return definition(p).flatMap(def -> uploadedCodes(id).map(uploaded -> {
                var missing = PreReviewRules.missingKeyMaterials(def, uploaded);
                if (!missing.isEmpty()) {
                    throw PreReviewRules.keyMaterialsMissing(missing);
                }
                p.status = Status.SUBMITTED.name();
                p.submission++;
                p.submittedAt = now;
                p.dueAt = PreReviewRules.dueAt(def.preReviewLimit(), now, calendars.calendar());
                p.answeredAt = null;
                p.answeredLate = null;
                return p;
            }));
        });
    }

    @WithSession
    public Uni<List<PreReview>> mine(Applicant applicant) {
        return PreReview.list("ownerNumber = ?1 and applicantKind = ?2 order by createdAt desc", applicant.caseNumber(),
                applicant.kind().name());
    }

    @WithSession
    public Uni<Detail> mine(Applicant applicant, UUID id) {
        return own(applicant, id).flatMap(this::detail);
    }

    @WithSession
    public Uni<PreReviewFile> myFile(Applicant applicant, UUID id, String materialCode) {
        return own(applicant, id).flatMap(p -> file(id, materialCode));
    }

    /** The pre-review post's queue: by status, the longest waiting first. */
    @WithSession
    public Uni<List<PreReview>> queue(Status status) {
        return PreReview.list("status = ?1 order by coalesce(submittedAt, createdAt), id", status.name());
    }

    @WithSession
    public Uni<Detail> get(UUID id) {
        return find(id).flatMap(this::detail);
    }

    @WithSession
    public Uni<PreReviewFile> file(UUID id, String materialCode) {
        return PreReviewFile.<PreReviewFile>find("preReviewId = ?1 and materialCode = ?2", id, materialCode).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("预审材料文件 pre-review file", materialCode));
    }

    /**
     * The pre-review post's answer to a submission, once: PASSED (an appointment booked for the applicant, or "come any
     * time"), or the one-time notice (一次性告知) of everything missing or wrong.
     */
    @WithTransaction
    public Uni<PreReview> answer(UUID id, PreReviewCommands.Answer answer, Actor reviewer) {
        var now = now();
        return PreReview.<PreReview>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notFound(id))
                .flatMap(p -> {
                    if (p.status() != Status.SUBMITTED) {
                        return Uni.createFrom().failure(p.status() == Status.NOTICE
                                ? ProblemException.conflict("notice-already-given",
                                        "一次性告知已发出，申请人补正后重新提交前不能再次告知或答复",
                                        "The one-time notice was given; nothing more until the applicant submits again")
                                : ProblemException.conflict("pre-review-not-waiting",
                                        "该预审不在待预审状态（当前：" + p.status + "）",
                                        "The pre-review is not waiting for an answer (" + p.status + ")"));
                    }
                    return definition(p).flatMap(def -> "PASSED".equals(answer.outcome())
                            ? uploadedCodes(p.id).flatMap(uploaded -> passed(p, PreReviewRules.checkMarks(def, uploaded,
                                    answer.marks()), answer, reviewer, now))
                            : notice(p, def, answer, reviewer, now));
                });
    }

    /**
     * A pass: {@code marks} (checked) says of every material without a file whether it does not apply or is brought
     * to the window; the take-in applies them, so the window finds nothing missing the pre-review passed.
     */
    private Uni<PreReview> passed(PreReview p, Map<String, PreReviewRules.Mark> marks, PreReviewCommands.Answer answer,
                                  Actor reviewer, Instant now) {
        boolean slot = answer.appointmentDay() != null && answer.appointmentSlot() != null;
        if (slot && p.contactPhone == null) {
            return Uni.createFrom().failure(ProblemException.invalid("phone-needed-for-appointment",
                    "申请人未留联系电话，不能代为预约；请选择随时到厅办理", "The applicant left no phone to book for: choose \"come any time\""));
        }
        if (slot == answer.comeAnyTime()) {
            return Uni.createFrom().failure(ProblemException.invalid("appointment-or-any-time",
                    "预审通过须二选一：预约到厅时段（日期和时段），或告知随时到厅办理",
                    "A pass gives either an appointment (day and slot) or \"come any time\", one of the two"));
        }
        Uni<UUID> booked = slot
                ? appointments.book(answer.appointmentDay(), answer.appointmentSlot(), p.applicantName, p.contactPhone,
                        p.itemCode, reviewer).map(a -> a.id)
                : Uni.createFrom().nullItem();
        return booked.map(appointment -> {
            answered(p, reviewer, now);
            p.status = Status.PASSED.name();
            p.appointmentId = appointment;
            p.comeAnyTime = !slot;
            p.materialMarks = marks.isEmpty() ? null : writeJson(marks);
            return p;
        });
    }

    private Uni<PreReview> notice(PreReview p, ItemDefinition def, PreReviewCommands.Answer answer, Actor reviewer, Instant now) {
        var lines = answer.notice();
        Set<String> earlier = p.noticedMaterials == null ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(p.noticedMaterials.split(",")));
        Uni<Set<String>> changed = earlier.isEmpty() ? Uni.createFrom().item(Set.of())
                : PreReviewFile.<PreReviewFile>list("preReviewId = ?1 and uploadedAt > ?2", p.id, p.noticedAt)
                        .map(fs -> fs.stream().map(f -> f.materialCode).collect(Collectors.toSet()));
        return changed.map(changedSince -> {
            PreReviewRules.checkNotice(def, lines, earlier, changedSince);
            answered(p, reviewer, now);
            p.status = Status.NOTICE.name();
            p.notice = write(new Notice(lines, answer.note()));
            var all = new LinkedHashSet<>(earlier);
            lines.forEach(l -> all.add(l.materialCode()));
            p.noticedMaterials = String.join(",", all);
            p.noticedAt = now;
            return p;
        });
    }

    private static void answered(PreReview p, Actor reviewer, Instant now) {
        p.answeredAt = now;
        p.answeredLate = p.dueAt != null && !now.isBefore(p.dueAt);
        p.reviewerId = reviewer.userId();
        p.reviewerName = reviewer.name();
    }

    /** A one-time notice as kept: every line, and the reviewer's note to the applicant. */
    public record Notice(List<NoticeLine> problems, String note) {
    }

    public Notice notice(PreReview p) {
        if (p.notice == null) {
            return null;
        }
        try {
            return json.readValue(p.notice, Notice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice unreadable", e);
        }
    }

    private String write(Notice notice) {
        return writeJson(notice);
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pass's marks as kept (material code → mark; empty: none, every material had its file). */
    public Map<String, PreReviewRules.Mark> marks(PreReview p) {
        return readMarks(json, p.materialMarks);
    }

    /** The marks' JSON as kept in {@code pre_review.material_marks}: also read by the take-in. */
    public static Map<String, PreReviewRules.Mark> readMarks(ObjectMapper json, String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, new TypeReference<java.util.LinkedHashMap<String, PreReviewRules.Mark>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored material marks unreadable", e);
        }
    }

    private Uni<Detail> detail(PreReview p) {
        return definition(p).flatMap(def -> PreReviewFile.<PreReviewFile>find("preReviewId = ?1 order by materialCode", p.id)
                .project(PreReviewFile.Info.class).list()
                .map(files -> new Detail(p, def, files)));
    }

    /** The item's version the pre-review was started on: its materials are the checklist the applicant was shown. */
    Uni<ItemDefinition> definition(PreReview p) {
        return CatalogueItem.<CatalogueItem>findById(new CatalogueItem.Key(p.itemCode, p.catalogueVersion))
                .map(catalogue::read);
    }

    private static Uni<Set<String>> uploadedCodes(UUID id) {
        return PreReviewFile.<PreReviewFile>find("preReviewId = ?1", id).project(PreReviewFile.Info.class).list()
                .map(fs -> fs.stream().map(PreReviewFile.Info::materialCode).collect(Collectors.toSet()));
    }

    private static Uni<PreReview> own(Applicant applicant, UUID id) {
        return PreReview.<PreReview>findById(id)
                .map(p -> owns(applicant, p) ? p : null)
                .onItem().ifNull().failWith(() -> notFound(id));
    }

    /** The applicant's own pre-review, locked for a change (two uploads at once wait for each other). */
    private static Uni<PreReview> ownLocked(Applicant applicant, UUID id) {
        return PreReview.<PreReview>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(p -> owns(applicant, p) ? p : null)
                .onItem().ifNull().failWith(() -> notFound(id));
    }

    /**
     * Whether the pre-review is the applicant's: the number and the kind (a person is never an organisation, whatever
     * the number), as ApplicantCases.ownedBy has it for cases.
     */
    static boolean owns(Applicant applicant, PreReview p) {
        return p != null && applicant.kind().name().equals(p.applicantKind) && p.ownerNumber.equals(applicant.caseNumber());
    }

    private static Uni<PreReview> find(UUID id) {
        return PreReview.<PreReview>findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** The same answer for another applicant's pre-review as for one that does not exist. */
    public static ProblemException notFound(Object id) {
        return ProblemException.notFound("预审 pre-review", String.valueOf(id));
    }

    private static ProblemException noPreReview(String code) {
        return new ProblemException(422, "pre-review-not-offered", "该事项不提供网上预审或不是现行有效事项：" + code,
                "No item in force with online pre-review: " + code);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
