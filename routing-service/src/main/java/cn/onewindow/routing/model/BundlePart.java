package cn.onewindow.routing.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One department's decision on its case of a bundle. */
@Entity
@Table(name = "bundle_part")
@IdClass(BundlePart.Key.class)
public class BundlePart extends PanacheEntityBase {
    @Id
    @Column(name = "bundle_id")
    public String bundleId;
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "bundle_size")
    public int bundleSize;
    @Column(name = "department_code")
    public String departmentCode;
    public String outcome;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public record Key(String bundleId, String caseId) implements Serializable {
    }
}
