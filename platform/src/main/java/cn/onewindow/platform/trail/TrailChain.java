package cn.onewindow.platform.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the trail (全程留痕). Entry n's hash is SHA-256 over entry n-1's hash and every
 * field of entry n; so changing any field of a past entry breaks its hash, and deleting one leaves a
 * gap in the positions and a broken link. Plain Java: the services chain with it and the operator's
 * {@code ow trail verify} checks with it, straight from the database.
 */
public final class TrailChain {
    /** The link before the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private TrailChain() {
    }

    /** One act: who (actor, post, department), under which delegation and catalogue version, when, what. */
    public record Entry(long position, String eventId, String aggregateType, String aggregateId, String eventType,
                        String actorId, String actorName, String actorPost, String actorDepartment,
                        String delegation, String catalogueVersion, Instant occurredAt, String what,
                        String prevHash, String hash) {
    }

    public static String hash(String prevHash, Entry e) {
        StringBuilder s = new StringBuilder(prevHash).append(SEPARATOR).append(e.position());
        for (Object field : new Object[] {e.eventId(), e.aggregateType(), e.aggregateId(), e.eventType(), e.actorId(),
                e.actorName(), e.actorPost(), e.actorDepartment(), e.delegation(), e.catalogueVersion(),
                e.occurredAt(), e.what()}) {
            s.append(SEPARATOR).append(field == null ? "" : field.toString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JVM", ex);
        }
    }

    /**
     * Checks entries read in position order: positions 1, 2, 3… without a gap, each linked to the one
     * before, each hash matching its fields. Returns one line per break found (empty: the trail is whole).
     */
    public static List<String> verify(Iterable<Entry> inPositionOrder) {
        List<String> problems = new ArrayList<>();
        long expected = 1;
        String prev = GENESIS;
        for (Entry e : inPositionOrder) {
            if (e.position() != expected) {
                problems.add("entries " + expected + "…" + (e.position() - 1) + " are missing (deleted?) before entry "
                        + e.position() + " (" + e.aggregateId() + ", " + e.eventType() + ")");
            }
            if (!prev.equals(e.prevHash())) {
                problems.add("entry " + e.position() + " (" + e.aggregateId() + ", " + e.eventType()
                        + ") does not link to the entry before it");
            }
            if (!hash(e.prevHash() == null ? "" : e.prevHash(), e).equals(e.hash())) {
                problems.add("entry " + e.position() + " (" + e.aggregateId() + ", " + e.eventType()
                        + ") was changed after it was recorded");
            }
            prev = e.hash();
            expected = e.position() + 1;
        }
        return problems;
    }
}
