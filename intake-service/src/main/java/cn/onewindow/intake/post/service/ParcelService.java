package cn.onewindow.intake.post.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.intake.post.model.Parcel;
import cn.onewindow.intake.post.rules.ParcelRules;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The parcels the hall signed for (签收登记): registered once per waybill, at the instant of the injected clock — the
 * instant a postal case's limits count from. Registering the same parcel again returns the first registration; another
 * sender, contents or item under a registered waybill is refused (409) and nothing is written.
 */
@ApplicationScoped
public class ParcelService {
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    private final Clock clock;
    private final ObjectMapper json;

    public ParcelService(Clock clock, ObjectMapper json) {
        this.clock = clock;
        this.json = json;
    }

    /** A registration's outcome: the parcel, and whether this call registered it (false: the waybill's earlier one). */
    public record Registered(Parcel parcel, boolean created) {
    }

    /**
     * Registers a parcel, or returns the waybill's earlier registration when it is the same parcel; another sender,
     * contents or item under a registered waybill is refused (409) and nothing is written.
     */
    @WithTransaction
    public Uni<Registered> register(ParcelRegistration r, Actor clerk) {
        UUID id = UUID.randomUUID();
        var registeredAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it: one instant, read or answered
        // the waybill's row is claimed by the insert itself: two registrations of one parcel at once make one row, the
        // second waiting for the first and then finding it (plain SQL: an entity's insert would fail on the key instead)
        return SessionSql.select("insert into parcel (id, carrier, waybill_number, sender_name, sender_phone, sender_address, "
                                + "contents, item_code, status, registered_at, registered_by, registered_by_name) "
                                + "values ($1, $2, $3, $4, $5, $6, $7, $8, 'REGISTERED', $9, $10, $11) "
                                + "on conflict (carrier, waybill_number) do nothing returning id",
                        id, r.carrier(), r.waybillNumber(), r.senderName(), r.senderPhone(), r.senderAddress(), write(r.contents()),
                        r.itemCode(), registeredAt, clerk.userId(), clerk.name())
                .flatMap(rows -> rows.isEmpty() ? earlier(r)
                        : Parcel.<Parcel>findById(id).map(p -> new Registered(p, true)));
    }

    /** The waybill's earlier registration, when it is the same parcel; otherwise 409 and nothing written. */
    private Uni<Registered> earlier(ParcelRegistration r) {
        return Parcel.<Parcel>find("carrier = ?1 and waybillNumber = ?2", r.carrier(), r.waybillNumber()).singleResult()
                .map(existing -> {
                    if (!ParcelRules.sameParcel(r.senderName(), r.senderPhone(), r.senderAddress(), r.contents(), r.itemCode(),
                            existing.senderName, existing.senderPhone, existing.senderAddress, contents(existing), existing.itemCode)) {
                        throw ProblemException.conflict("waybill-registered",
                                "运单号 " + r.carrier() + " " + r.waybillNumber() + " 已登记为另一份快递（寄件人、材料或事项不同），未做任何更改",
                                "Waybill " + r.carrier() + " " + r.waybillNumber()
                                        + " is registered with another sender, contents or item; nothing was changed");
                    }
                    return new Registered(existing, false);
                });
    }

    /** Parcels in one status (all when null), the oldest registration first: the window's work list. */
    @WithSession
    public Uni<List<Parcel>> list(String status) {
        return status == null ? Parcel.<Parcel>find("order by registeredAt, id").list()
                : Parcel.<Parcel>find("status = ?1 order by registeredAt, id", status).list();
    }

    @WithSession
    public Uni<Parcel> find(UUID id) {
        return Parcel.<Parcel>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("快递 parcel", id.toString()));
    }

    /** The cover letter's list of materials. */
    public List<String> contents(Parcel p) {
        try {
            return json.readValue(p.contents, NAMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parcel " + p.id + ": contents unreadable", e);
        }
    }

    private String write(List<String> contents) {
        try {
            return json.writeValueAsString(contents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
