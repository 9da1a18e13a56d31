package cn.onewindow.intake.catalogue.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
}
