package cn.onewindow.intake.prereview.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A material's file: its bytes stored with the record, in the same transaction, and only ever served back as an
 * attachment of the type its bytes showed. Lists read {@link Info} (no bytes).
 */
@Entity
@Table(name = "pre_review_file")
public class PreReviewFile extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "pre_review_id")
    public UUID preReviewId;
    @Column(name = "material_code")
    public String materialCode;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "size_bytes")
    public int sizeBytes;
    public String sha256;
    public byte[] content;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** A file without its bytes. */
    public record Info(String materialCode, String contentType, String fileName, int sizeBytes, String sha256,
                       Instant uploadedAt) {
    }

    public Info info() {
        return new Info(materialCode, contentType, fileName, sizeBytes, sha256, uploadedAt);
    }
}
