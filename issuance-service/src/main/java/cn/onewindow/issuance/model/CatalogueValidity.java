package cn.onewindow.issuance.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * issuance's copy of one catalogue item version's result validity (有效期, {@code resultValidYears}): how long an
 * e-certificate of the item stands. The decision issuance receives does not carry it; the catalogue topic does.
 */
@Entity
@Table(name = "catalogue_validity")
@IdClass(CatalogueValidity.Key.class)
public class CatalogueValidity extends PanacheEntityBase {
    @Id
    public String code;
    @Id
    public int version;
    @Column(name = "effective_from")
    public Instant effectiveFrom;
    /** Null: the item's results do not expire. */
    @Column(name = "result_valid_years")
    public Integer resultValidYears;

    /** The version in force at {@code at}, or null when the catalogue has not reached this service. */
    public static Uni<CatalogueValidity> inForce(String code, Instant at) {
        return CatalogueValidity.<CatalogueValidity>find(
                "code = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, version desc", code, at).firstResult();
    }

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String code, int version) implements Serializable {
    }
}
