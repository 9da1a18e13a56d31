package cn.onewindow.approval.model;

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
 * approval's copy of one catalogue item version: what a written decision prints about it — the deciding
 * authority's name and the item's legal basis (设定依据).
 */
@Entity
@Table(name = "catalogue_copy")
@IdClass(CatalogueCopy.Key.class)
public class CatalogueCopy extends PanacheEntityBase {
    @Id
    public String code;
    @Id
    public int version;
    @Column(name = "department_name")
    public String departmentName;
    @Column(name = "legal_basis")
    public String legalBasis;
    public String status;
    @Column(name = "effective_from")
    public Instant effectiveFrom;
    /**
     * Whether this copy keeps the item's 联审联办 / 上报件 details (below): false for copies written before they were
     * kept, whose JOINT or FORWARDED cases wait for a copy that has them (joint.service.JointReview).
     */
    @Column(name = "details_known")
    public boolean detailsKnown;
    @Column(name = "item_type")
    public String itemType;
    /** JOINT: the co-departments, comma-separated. */
    @Column(name = "co_departments")
    public String coDepartments;
    /** FORWARDED: the higher authority and the two parts' limits in working days. */
    @Column(name = "authority_code")
    public String authorityCode;
    @Column(name = "authority_name")
    public String authorityName;
    @Column(name = "first_instance_days")
    public Integer firstInstanceDays;
    @Column(name = "authority_days")
    public Integer authorityDays;

    /**
     * The version in force at {@code at} (the case's acceptance: the routed case does not carry its version), or
     * null when the catalogue has not reached this service.
     */
    public static Uni<CatalogueCopy> inForce(String code, Instant at) {
        return CatalogueCopy.<CatalogueCopy>find("code = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, version desc",
                code, at).firstResult();
    }

    public static Key key(String code, int version) {
        return new Key(code, version);
    }

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String code, int version) implements Serializable {
    }
}
