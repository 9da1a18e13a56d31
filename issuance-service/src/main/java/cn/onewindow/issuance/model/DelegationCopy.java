package cn.onewindow.issuance.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** issuance's copy of one delegation: which powers the window holds for an item, and when. */
@Entity
@Table(name = "delegation_copy")
public class DelegationCopy extends PanacheEntityBase {
    public static final String DELIVER = "DELIVER";

    @Id
    public String id;
    public String hall;
    @Column(name = "item_code")
    public String itemCode;
    public String powers;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ended_at")
    public Instant endedAt;

    public boolean holds(String power, Instant at) {
        return !at.isBefore(startsAt) && (endedAt == null || at.isBefore(endedAt)) && List.of(powers.split(",")).contains(power);
    }

    /** Whether the window holds {@code power} for the item at {@code at}. */
    public static Uni<Boolean> windowHolds(String itemCode, String power, Instant at) {
        return DelegationCopy.<DelegationCopy>list("itemCode = ?1 and startsAt <= ?2", itemCode, at)
                .map(all -> all.stream().anyMatch(d -> d.holds(power, at)));
    }
}
