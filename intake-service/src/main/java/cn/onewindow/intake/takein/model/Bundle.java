package cn.onewindow.intake.takein.model;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A "一件事" bundle: several items taken in with one form and issued once. */
@Entity
@Table(name = "bundle")
public class Bundle extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "item_codes")
    public String itemCodes;

    public List<String> items() {
        return Arrays.asList(itemCodes.split(","));
    }
}
