package cn.onewindow.intake.post.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * Where a case's working-day limits count from: a postal case's from its parcel's registration (签收登记: the hall had
 * the materials then), every other case's from its take-in ({@code acceptedAt}, which stays the take-in for a postal
 * case too: the ledger, the transfer limit and the 容缺 dates count from it). Read from the parcel, which keeps the
 * case it became (or the bundle, for a "一件事" taken in from one parcel); for the promised deadline the case's views
 * and documents print. Reads in the caller's session.
 */
public final class PostalLimits {
    private PostalLimits() {
    }

    /** Case id → its parcel's registration, for the postal ones among {@code cases} (the others are absent). */
    public static Uni<Map<String, Instant>> registrations(List<IntakeCase> cases) {
        String[] keys = cases.stream().flatMap(c -> Stream.of(c.caseId, c.bundleId)).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        if (keys.length == 0) {
            return Uni.createFrom().item(Map.of());
        }
        return SessionSql.select("select case_id, registered_at from parcel where case_id = any($1)", (Object) keys)
                .map(rows -> {
                    Map<String, Instant> byKey = new HashMap<>();
                    rows.forEach(r -> byKey.put((String) r[0], ((OffsetDateTime) r[1]).toInstant()));
                    Map<String, Instant> byCase = new HashMap<>();
                    for (var c : cases) {
                        Instant at = byKey.getOrDefault(c.caseId, c.bundleId == null ? null : byKey.get(c.bundleId));
                        if (at != null) {
                            byCase.put(c.caseId, at);
                        }
                    }
                    return byCase;
                });
    }

    /** The instant {@code c}'s working-day limits count from: its parcel's registration, or its take-in. */
    public static Uni<Instant> of(IntakeCase c) {
        return registrations(List.of(c)).map(m -> m.getOrDefault(c.caseId, c.acceptedAt));
    }
}
