package cn.onewindow.issuance.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A case file packaged for the archive (归档), with its digest and where the paper originals are kept. */
@Entity
@Table(name = "archive_record")
public class ArchiveRecord extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "package")
    public String casePackage;
    public String sha256;
    @Column(name = "paper_location")
    public String paperLocation;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Column(name = "archived_by")
    public String archivedBy;
}
