package cn.onewindow.intake.delegation.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.onewindow.intake.delegation.rules.DelegationTerm;
import cn.onewindow.intake.delegation.rules.Power;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A department's delegation of powers for one item to the hall's windows. */
@Entity
@Table(name = "delegation")
public class Delegation extends PanacheEntityBase {
    @Id
    public UUID id;
    public String hall;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "item_code")
    public String itemCode;
    public String powers;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "term_years")
    public int termYears;
    @Column(name = "auto_renew")
    public boolean autoRenew;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ended_by")
    public String endedBy;
    @Column(name = "end_reason")
    public String endReason;

    public Set<Power> powerSet() {
        Set<Power> set = EnumSet.noneOf(Power.class);
        Arrays.stream(powers.split(",")).filter(p -> !p.isBlank()).map(Power::valueOf).forEach(set::add);
        return set;
    }

    public DelegationTerm term() {
        return new DelegationTerm(startsAt, termYears, autoRenew, endedAt);
    }
}
