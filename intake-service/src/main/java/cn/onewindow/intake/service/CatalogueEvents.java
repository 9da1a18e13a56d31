package cn.onewindow.intake.service;

import java.time.Instant;

import cn.onewindow.common.events.Actor;
import cn.onewindow.intake.domain.ItemDefinition;

/** The catalogue's and delegations' event contracts (topics are compacted; see docs/glossary.md). */
public final class CatalogueEvents {
    public static final String TOPIC = "onewindow.catalogue.item.v1";
    public static final String ITEM_VERSION_PUBLISHED = "cn.onewindow.catalogue.item-version-published.v1";
    public static final String DELEGATION_TOPIC = "onewindow.delegation.v1";
    public static final String DELEGATION_GRANTED = "cn.onewindow.delegation.granted.v1";
    public static final String DELEGATION_ENDED = "cn.onewindow.delegation.ended.v1";

    private CatalogueEvents() {
    }

    /** Value of {@code CODE@vN} on {@value #TOPIC}: one immutable version, ACTIVE or CANCELLED. */
    public record ItemVersionPublished(String code, int version, String status, Instant announcedAt,
                                       Instant effectiveFrom, String departmentName, ItemDefinition definition,
                                       Actor announcedBy) {
    }

    /** Value of {@code HALL:ITEM} on {@value #DELEGATION_TOPIC}: the delegation now in force, or its end. */
    public record DelegationChanged(String id, String hall, String departmentCode, String itemCode,
                                    java.util.List<String> powers, Instant startsAt, int termYears, boolean autoRenew,
                                    Instant endedAt, String endReason, Actor actor) {
    }
}
