package cn.onewindow.platform.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;

class TrailChainTest {

    static List<TrailChain.Entry> chain(int n) {
        List<TrailChain.Entry> out = new ArrayList<>();
        String prev = TrailChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            var e = new TrailChain.Entry(i, "e" + i, "case", "DX-20261129-00000" + i, EventTypes.CASE_DECIDED,
                    "u" + i, "李静", "department-reviewer", "AMR", i % 2 == 0 ? "d-1" : null, "AMR-0001@v1",
                    Instant.parse("2026-11-29T08:00:00.123456Z").plusSeconds(i), "{\"n\":" + i + "}", prev, null);
            String hash = TrailChain.hash(prev, e);
            out.add(new TrailChain.Entry(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.eventType(),
                    e.actorId(), e.actorName(), e.actorPost(), e.actorDepartment(), e.delegation(), e.catalogueVersion(),
                    e.occurredAt(), e.what(), prev, hash));
            prev = hash;
        }
        return out;
    }

    @Test
    void aWholeChainVerifies() {
        assertThat(TrailChain.verify(chain(5))).isEmpty();
        assertThat(TrailChain.verify(List.of())).isEmpty();
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        var e = chain(1).get(0);
        var otherActor = new TrailChain.Entry(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.eventType(),
                e.actorId(), e.actorName(), "window-clerk", e.actorDepartment(), e.delegation(), e.catalogueVersion(),
                e.occurredAt(), e.what(), e.prevHash(), e.hash());
        var otherTime = new TrailChain.Entry(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.eventType(),
                e.actorId(), e.actorName(), e.actorPost(), e.actorDepartment(), e.delegation(), e.catalogueVersion(),
                e.occurredAt().plusNanos(1000), e.what(), e.prevHash(), e.hash());
        assertThat(TrailChain.verify(List.of(otherActor))).singleElement().asString().contains("entry 1").contains("changed");
        assertThat(TrailChain.verify(List.of(otherTime))).singleElement().asString().contains("changed");
    }

    @Test
    void anEditedEntryIsFound() {
        var entries = chain(4);
        var e = entries.get(2);
        entries.set(2, new TrailChain.Entry(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.eventType(),
                e.actorId(), e.actorName(), e.actorPost(), e.actorDepartment(), e.delegation(), e.catalogueVersion(),
                e.occurredAt(), "{\"n\":99}", e.prevHash(), e.hash()));
        assertThat(TrailChain.verify(entries)).containsExactly(
                "entry 3 (DX-20261129-000003, cn.onewindow.case.decided.v1) was changed after it was recorded");
    }

    @Test
    void aDeletedEntryIsFound() {
        var entries = chain(4);
        entries.remove(1);
        assertThat(TrailChain.verify(entries)).containsExactly(
                "entries 2…2 are missing (deleted?) before entry 3 (DX-20261129-000003, cn.onewindow.case.decided.v1)",
                "entry 3 (DX-20261129-000003, cn.onewindow.case.decided.v1) does not link to the entry before it");
    }

    @Test
    void anEntryRehashedToHideAnEditStillBreaksTheNextLink() {
        var entries = chain(3);
        var e = entries.get(1);
        var forged = new TrailChain.Entry(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.eventType(),
                e.actorId(), "王五", e.actorPost(), e.actorDepartment(), e.delegation(), e.catalogueVersion(),
                e.occurredAt(), e.what(), e.prevHash(), null);
        entries.set(1, new TrailChain.Entry(e.position(), e.eventId(), e.aggregateType(), e.aggregateId(), e.eventType(),
                e.actorId(), "王五", e.actorPost(), e.actorDepartment(), e.delegation(), e.catalogueVersion(),
                e.occurredAt(), e.what(), e.prevHash(), TrailChain.hash(e.prevHash(), forged)));
        assertThat(TrailChain.verify(entries)).containsExactly(
                "entry 3 (DX-20261129-000003, cn.onewindow.case.decided.v1) does not link to the entry before it");
    }
}
