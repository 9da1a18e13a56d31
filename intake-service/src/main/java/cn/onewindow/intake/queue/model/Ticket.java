package cn.onewindow.intake.queue.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A queue ticket (排队号) for the comprehensive windows. */
@Entity
@Table(name = "ticket")
@IdClass(Ticket.Key.class)
public class Ticket extends PanacheEntityBase {
    @Id
    @Column(name = "ticket_number")
    public String ticketNumber;
    @Id
    public LocalDate day;
    public String kind;
    public String status;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "called_at")
    public Instant calledAt;
    @Column(name = "window_no")
    public String windowNo;
    @Column(name = "called_by")
    public String calledBy;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String ticketNumber, LocalDate day) implements Serializable {
    }
}
