package cn.onewindow.intake.queue.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A booked appointment (预约) for a time slot; checking in gives the applicant a ticket. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {
    public static final String BOOKED = "BOOKED";
    @Id
    public UUID id;
    public LocalDate day;
    @Column(name = "slot_start")
    public LocalTime slotStart;
    @Column(name = "applicant_name")
    public String applicantName;
    public String phone;
    @Column(name = "item_code")
    public String itemCode;
    public String status;
    @Column(name = "booked_by")
    public String bookedBy;
    @Column(name = "booked_at")
    public Instant bookedAt;
    @Column(name = "ticket_number")
    public String ticketNumber;
}
