package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@link EventTypes#SIGN_OFF_REQUESTED} on {@link Topics#INTAKE_CASE}. 窗口无否决权: a window clerk would return a file
 * ({@code RETURN}), answer that it is not the hall's ({@code OUT_OF_SCOPE}) or refuse a 容缺 ({@code DEFERRAL_REFUSED});
 * nothing is refused until the mid desk or the chief representative signs off, by {@code dueAt} (office minutes of the
 * hall). Keyed by the sign-off's id (no case exists); the applicant is told the file is under review.
 */
public record SignOffRequested(String signOffId, String kind, String hallCode, String itemCode, String applicantName,
                               String reasons, Instant requestedAt, Instant dueAt, Actor actor) implements Event {
    public SignOffRequested {
        Contract.require("signOffId", signOffId);
        Contract.require("kind", kind);
    }

    @Override
    public String topic() {
        return Topics.INTAKE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.SIGN_OFF_REQUESTED;
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
