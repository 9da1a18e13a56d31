package cn.onewindow.platform.hall;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.contracts.hall.HallDefinition;

/**
 * The halls of the network as this service last read them from {@code onewindow.catalogue.hall.v1}
 * ({@link HallEventsConsumer}): the latest version of each. A limit counted in office minutes asks here for the hours of
 * the hall it belongs to (a department's minutes: the owning hall's; a transfer's: the taking hall's; issuance: the
 * pickup hall's). A hall not (yet) read counts in {@link OfficeHours#DEFAULT}, the home hall's hours every version
 * before halls used — intake refuses a take-in at or for a hall it does not know, so that is a start-up race only.
 */
@Singleton
public class HallDirectory {
    private final Map<String, Versioned> halls = new TreeMap<>();

    private record Versioned(HallDefinition hall, int version) {
    }

    /** Keeps {@code hall} unless a later version of it is already known (a replay of the compacted topic). */
    public synchronized boolean apply(HallDefinition hall, int version) {
        Versioned known = halls.get(hall.code());
        if (known != null && known.version() > version) {
            return false;
        }
        halls.put(hall.code(), new Versioned(hall, version));
        return true;
    }

    public synchronized Optional<HallDefinition> find(String code) {
        return Optional.ofNullable(code == null ? null : halls.get(code)).map(Versioned::hall);
    }

    public synchronized List<HallDefinition> all() {
        return halls.values().stream().map(Versioned::hall).toList();
    }

    /** The office hours the limits of {@code hallCode} count; {@link OfficeHours#DEFAULT} for a hall not known. */
    public OfficeHours hours(String hallCode) {
        return find(hallCode).map(OfficeHours::of).orElse(OfficeHours.DEFAULT);
    }
}
