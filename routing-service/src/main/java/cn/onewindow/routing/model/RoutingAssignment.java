package cn.onewindow.routing.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The department and back-office queue a case was assigned to. */
@Entity
@Table(name = "routing_assignment")
public class RoutingAssignment extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "department_code")
    public String departmentCode;
    public String queue;
    @Column(name = "item_type")
    public String itemType;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "routed_at")
    public Instant routedAt;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "intake_path")
    public String intakePath;
    @Column(name = "bundle_id")
    public String bundleId;
    @Column(name = "transfer_limit_minutes")
    public Integer transferLimitMinutes;
    @Column(name = "transfer_due_at")
    public Instant transferDueAt;
    @Column(name = "transfer_warn_at")
    public Instant transferWarnAt;
    @Column(name = "picked_up_by")
    public String pickedUpBy;
    @Column(name = "picked_up_by_name")
    public String pickedUpByName;
    @Column(name = "picked_up_at")
    public Instant pickedUpAt;
    /** The materials the runner carries, as listed at pickup (comma-separated codes). */
    public String materials;
    @Column(name = "handed_over_at")
    public Instant handedOverAt;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_by_name")
    public String receivedByName;
    /*
     * The transfer monitor's flags: set by TransferMonitor with its own SQL (MonitorFlags), never through
     * this entity, so that flagging does not bump the version under a runner or a department acting on
     * the transfer at that moment (409 for a machine's act, #22 item 5), nor is undone by their save.
     */
    @Column(name = "transfer_warned_at", insertable = false, updatable = false)
    public Instant transferWarnedAt;
    @Column(name = "escalated_at", insertable = false, updatable = false)
    public Instant escalatedAt;
    /*
     * 区域通办: the hall whose window took the file in, the hall owning the item, where the result is collected
     * (null for cases routed before halls: the home hall). Taking ≠ owning: the paper travels by express.
     */
    @Column(name = "hall_code")
    public String hallCode;
    @Column(name = "owning_hall_code")
    public String owningHallCode;
    @Column(name = "pickup_hall_code")
    public String pickupHallCode;
    /** An express transfer's limit in working days (then {@link #transferLimitMinutes} is null). */
    @Column(name = "transfer_limit_days")
    public Integer transferLimitDays;
    /** The express company and waybill number of a transfer between halls, given at the dispatch. */
    public String carrier;
    public String waybill;
    @jakarta.persistence.Version
    public int version;

    /** Taken in at one hall for another hall's item: the paper file travels by express between the halls. */
    public boolean crossHall() {
        return hallCode != null && owningHallCode != null && !hallCode.equals(owningHallCode);
    }

    /** Whether a paper file still has to travel (a file settled on the spot stays at the window). */
    public boolean transferOpen() {
        return transferDueAt != null && handedOverAt == null;
    }
}
