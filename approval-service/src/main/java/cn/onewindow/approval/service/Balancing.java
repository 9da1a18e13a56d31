package cn.onewindow.approval.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseClaimed;
import cn.onewindow.platform.persistence.SessionSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Optional balancing: with it on, a new case of the department goes to the on-duty reviewer of its
 * roster with the fewest open cases (ties: the roster's order by id); with it off, reviewers claim from
 * the department queue themselves.
 */
@ApplicationScoped
public class Balancing {
    private static final Actor BALANCER = Actor.system("approval-service:balancing");
    private final CaseEvents events;

    public Balancing(CaseEvents events) {
        this.events = events;
    }

    public record Member(String id, String name, boolean onDuty) {
    }

    public record Roster(boolean balancing, List<Member> reviewers) {
    }

    @WithTransaction
    public Uni<Roster> replace(String department, Roster roster) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("delete from department_roster where department_code = :d")
                        .setParameter("d", department).executeUpdate()
                        .flatMap(x -> s.createNativeQuery("insert into department_setting (department_code, balancing) values (:d, :b) "
                                        + "on conflict (department_code) do update set balancing = excluded.balancing")
                                .setParameter("d", department).setParameter("b", roster.balancing()).executeUpdate()))
                .flatMap(x -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (var m : roster.reviewers()) {
                        chain = chain.call(() -> Panache.getSession().flatMap(s -> s.createNativeQuery(
                                        "insert into department_roster (department_code, reviewer_id, reviewer_name, on_duty) values (:d, :i, :n, :o)")
                                .setParameter("d", department).setParameter("i", m.id()).setParameter("n", m.name())
                                .setParameter("o", m.onDuty()).executeUpdate()));
                    }
                    return chain;
                }).replaceWith(roster);
    }

    @WithSession
    public Uni<Roster> roster(String department) {
        return load(department);
    }

    private Uni<Roster> load(String department) {
        return SessionSql.select("select balancing from department_setting where department_code = $1", department)
                .flatMap(b -> SessionSql.select("select reviewer_id, reviewer_name, on_duty from department_roster "
                                + "where department_code = $1 order by reviewer_id", department)
                        .map(rows -> new Roster(!b.isEmpty() && (Boolean) b.get(0)[0], rows.stream()
                                .map(r -> new Member((String) r[0], (String) r[1], (Boolean) r[2])).toList())));
    }

    /**
     * In the caller's transaction (the routed case's inbox): assigns the case when the department balances. The
     * caller flushes the session first, so the count sees the cases assigned earlier in the same batch (plain SQL does
     * not flush; Hibernate would plan its native select anew on every call, SessionSql).
     */
    public Uni<Void> assign(ApprovalCase c) {
        return SessionSql.select("select r.reviewer_id, r.reviewer_name from department_roster r "
                        + "join department_setting d on d.department_code = r.department_code and d.balancing "
                        + "where r.department_code = $1 and r.on_duty order by (select count(*) from approval_case a where "
                        + "a.department_code = r.department_code and a.assignee_id = r.reviewer_id and a.status in "
                        + "('AWAITING_ACCEPTANCE', 'QUEUED')), r.reviewer_id limit 1", c.departmentCode)
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    c.assigneeId = (String) rows.get(0)[0];
                    c.assigneeName = (String) rows.get(0)[1];
                    c.claimedAt = c.queuedAt;
                    return events.publish(c.departmentCode, new CaseClaimed(c.caseId, c.assigneeId, c.assigneeName, c.claimedAt, BALANCER))
                            .replaceWithVoid();
                });
    }
}
