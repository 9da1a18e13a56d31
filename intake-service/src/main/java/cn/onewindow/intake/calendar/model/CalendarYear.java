package cn.onewindow.intake.calendar.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import cn.onewindow.contracts.calendar.HolidayYear;

/** One year of the working-day calendar as the hall keeps it (JSON of HolidayYear). */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {
    @Id
    public int year;
    public String data;
    @Column(name = "edited_by")
    public String editedBy;
    @Column(name = "edited_at")
    public Instant editedAt;
}
