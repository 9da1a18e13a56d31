package cn.onewindow.contracts.events;

import java.time.Instant;
import java.util.List;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#DELEGATION_ENDED} on {@link Topics#DELEGATION}. 授权终止: the delegation ended ({@code endedAt},
 * {@code endReason}), keyed {@code HALL:ITEM}.
 */
public record DelegationEnded(String id, String hall, String departmentCode, String itemCode, List<String> powers, Instant startsAt, int
        termYears, boolean autoRenew, Instant endedAt, String endReason, Actor actor) implements Event {
    @Override
    public String topic() {
        return Topics.DELEGATION;
    }

    @Override
    public String eventType() {
        return EventTypes.DELEGATION_ENDED;
    }

    @Override
    public String aggregateType() {
        return "delegation";
    }

    @Override
    public String key() {
        return hall + ":" + itemCode;
    }
}
