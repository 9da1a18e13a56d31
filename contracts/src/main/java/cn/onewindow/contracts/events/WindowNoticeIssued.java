package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#NOTICE_ISSUED} on {@link Topics#INTAKE_CASE}. 一次性告知 / 不予受理退回: the window issued a notice and
 * took nothing in. Keyed by the notice number (no case exists). {@code content}: what the notice says, by {@code
 * kind} (the reasons of a return, the materials missing).
 */
public record WindowNoticeIssued(String noticeNumber, String kind, String itemCode, int catalogueVersion, String items, String applicantName,
        Object content, Instant issuedAt, Actor actor) implements Event {
    @Override
    public String topic() {
        return Topics.INTAKE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.NOTICE_ISSUED;
    }

    @Override
    public String aggregateType() {
        return "notice";
    }

    @Override
    public String key() {
        return noticeNumber;
    }
}
