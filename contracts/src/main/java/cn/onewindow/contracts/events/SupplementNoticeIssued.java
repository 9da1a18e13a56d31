package cn.onewindow.contracts.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#NOTICE_ISSUED} on {@link Topics#INTAKE_CASE}. 补正告知书: the written notice of a back office's
 * supplement request, on the case ({@code content}: the materials asked for; {@code round} and {@code reason}
 * only from the second round on).
 */
public record SupplementNoticeIssued(String noticeNumber, String kind, String caseId, String itemCode, List<SupplementRequested.RequestedMaterial>
        content, Instant issuedAt, Actor actor, @JsonInclude(JsonInclude.Include.NON_NULL) Integer round,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) implements CaseEvent {
    @Override
    public String topic() {
        return Topics.INTAKE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.NOTICE_ISSUED;
    }
}
