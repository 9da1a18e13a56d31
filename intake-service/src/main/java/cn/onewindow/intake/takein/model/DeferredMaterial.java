package cn.onewindow.intake.takein.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A material a 容缺 case still owes, and by when. */
@Entity
@Table(name = "deferred_material")
@IdClass(DeferredMaterial.Key.class)
public class DeferredMaterial extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Id
    @Column(name = "material_code")
    public String materialCode;
    @Column(name = "material_name")
    public String materialName;
    @Column(name = "due_at")
    public Instant dueAt;
    /** The working days {@link #dueAt} was counted with from the case's acceptance, so it can be counted again (null: not kept). */
    @Column(name = "due_working_days")
    public Integer dueWorkingDays;
    /** DEFERRAL (容缺 at intake, with a deadline) or REQUEST (asked for by the back office). */
    public String reason = "DEFERRAL";
    @Column(name = "supplied_at")
    public Instant suppliedAt;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String caseId, String materialCode) implements Serializable {
    }
}
