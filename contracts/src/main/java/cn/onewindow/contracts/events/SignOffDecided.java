package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#SIGN_OFF_DECIDED} on {@link Topics#INTAKE_CASE}. The mid desk or the chief representative
 * {@code CONFIRMED} the window's refusal (the notice {@code noticeNumber} is issued then, not before) or
 * {@code OVERRULED} it (the file is to be taken in); {@code late} when after the sign-off's limit.
 */
public record SignOffDecided(String signOffId, String kind, String decision, String noticeNumber, String reasons,
                             Instant decidedAt, boolean late, Actor actor) implements Event {
    public SignOffDecided {
        Contract.require("signOffId", signOffId);
        Contract.require("decision", decision);
    }

    @Override
    public String topic() {
        return Topics.INTAKE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.SIGN_OFF_DECIDED;
    }

    @Override
    public String aggregateType() {
        return "sign-off";
    }

    @Override
    public String key() {
        return signOffId;
    }
}
