package cn.onewindow.issuance.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Routing announced that every department of the bundle has decided. */
@Entity
@Table(name = "bundle_joined")
public class BundleJoined extends PanacheEntityBase {
    @Id
    @Column(name = "bundle_id")
    public String bundleId;
    public int size;
    @Column(name = "joined_at")
    public Instant joinedAt;
}
