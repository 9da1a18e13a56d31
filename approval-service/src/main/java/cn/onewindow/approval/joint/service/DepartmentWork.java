package cn.onewindow.approval.joint.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.joint.domain.JointRules;
import cn.onewindow.approval.joint.model.CaseForwarding;
import cn.onewindow.approval.joint.model.JointOpinion;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.service.ApprovalService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * A department's work in the department API's queue and feed: its own cases, and besides them the opinion tasks of
 * JOINT cases it is a co-department of ({@code JOINT_OPINION}) and the cases forwarded to it as the higher authority
 * ({@code AUTHORITY_DECISION}). Each entry has its part and its cursor: a task and a forwarding take their feed numbers
 * from the same sequence, under the same lock, as a case arriving, so "after N" skips nothing.
 */
@ApplicationScoped
public class DepartmentWork {
    private final ApprovalService approval;

    public DepartmentWork(ApprovalService approval) {
        this.approval = approval;
    }

    /** One entry: the case, the department's part in it, and its cursor in the department's feed. */
    public record Entry(ApprovalCase c, String part, long cursor) {
    }

    /** The feed: everything after {@code cursor}, in cursor order, at most {@code limit}. */
    @WithSession
    public Uni<List<Entry>> feed(String department, long cursor, int limit) {
        return approval.feed(department, cursor, limit).flatMap(own -> JointOpinion.<JointOpinion>find(
                "departmentCode = ?1 and feedSeq > ?2 order by feedSeq", department, cursor).page(0, limit).list()
                .flatMap(tasks -> CaseForwarding.<CaseForwarding>find(
                        "authorityCode = ?1 and authorityFeedSeq > ?2 order by authorityFeedSeq", department, cursor)
                        .page(0, limit).list()
                        .flatMap(forwarded -> casesOf(tasks.stream().map(t -> t.caseId).toList(),
                                forwarded.stream().map(f -> f.caseId).toList()).map(byId -> {
                            List<Entry> all = new ArrayList<>();
                            own.forEach(c -> all.add(new Entry(c, JointRules.part(c.itemType, c.departmentCode, c.forwardedTo,
                                    department), c.feedSeq)));
                            tasks.forEach(t -> all.add(new Entry(byId.get(t.caseId), JointRules.JOINT_OPINION, t.feedSeq)));
                            forwarded.forEach(f -> all.add(new Entry(byId.get(f.caseId), JointRules.AUTHORITY_DECISION,
                                    f.authorityFeedSeq)));
                            all.sort(Comparator.comparingLong(Entry::cursor));
                            return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
                        }))));
    }

    /**
     * The queue in one state, nearest deadline first: the department's own cases, those forwarded to it, and (unless
     * only mine are asked for) the JOINT cases in that state whose opinion it still owes — or, for a decided state,
     * has given.
     */
    @WithSession
    public Uni<List<Entry>> queue(String department, String status, String assigneeId) {
        boolean open = "QUEUED".equals(status) || "AWAITING_ACCEPTANCE".equals(status);
        String forwardedQuery = "forwardedTo = ?1 and departmentCode <> ?1 and status = ?2" + (assigneeId == null ? "" : " and assigneeId = ?3");
        Uni<List<ApprovalCase>> forwarded = assigneeId == null ? ApprovalCase.list(forwardedQuery, department, status)
                : ApprovalCase.list(forwardedQuery, department, status, assigneeId);
        Uni<List<ApprovalCase>> opinionCases = assigneeId != null ? Uni.createFrom().item(List.of())
                : ApprovalCase.list("status = ?2 and caseId in (select o.caseId from JointOpinion o where o.departmentCode = ?1"
                        + (open ? " and o.opinion is null" : "") + ")", department, status);
        return approval.queue(department, status, assigneeId).flatMap(own -> forwarded.flatMap(fw -> opinionCases.map(tasks -> {
            List<Entry> all = new ArrayList<>();
            own.forEach(c -> all.add(new Entry(c, JointRules.part(c.itemType, c.departmentCode, c.forwardedTo, department), c.feedSeq)));
            fw.forEach(c -> all.add(new Entry(c, JointRules.AUTHORITY_DECISION, c.feedSeq)));
            tasks.forEach(c -> all.add(new Entry(c, JointRules.JOINT_OPINION, c.feedSeq)));
            all.sort(Comparator.comparing((Entry e) -> e.c().deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(e -> e.c().caseId));
            return all;
        })));
    }

    private static Uni<Map<String, ApprovalCase>> casesOf(List<String> a, List<String> b) {
        var ids = new HashSet<String>(a);
        ids.addAll(b);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return ApprovalCase.<ApprovalCase>list("caseId in ?1", List.copyOf(ids))
                .map(l -> l.stream().collect(Collectors.toMap(c -> c.caseId, Function.identity())));
    }
}
