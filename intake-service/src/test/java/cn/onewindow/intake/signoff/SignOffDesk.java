package cn.onewindow.intake.signoff;

import java.util.UUID;

import cn.onewindow.contracts.Actor;
import cn.onewindow.intake.signoff.model.SignOff;
import cn.onewindow.intake.signoff.rules.SignOffRules;
import cn.onewindow.intake.signoff.service.SignOffs;
import cn.onewindow.testsupport.Sql;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.VertxContextSupport;

/**
 * 窗口无否决权 for the component tests whose one identity is the window clerk's: the mid desk's decision on a sign-off
 * the take-in answered with 202, made through the service by another person of the sign-off's hall.
 */
public final class SignOffDesk {
    private SignOffDesk() {
    }

    /** The mid desk confirms the return or refusal: the notice number it issued. */
    public static String confirm(String signOffId) {
        return decide(signOffId, SignOffRules.CONFIRM).noticeNumber;
    }

    public static SignOff decide(String signOffId, String decision) {
        String hall = Sql.text("select hall_code from sign_off where id = '" + signOffId + "'");
        var signer = new SignOffRules.Signer(new Actor("mid-desk-test", "mid-desk-test", "中台测试员", "mid-desk", null, null, null),
                hall, null);
        SignOffs signOffs = Arc.container().instance(SignOffs.class).get();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> signOffs.decide(UUID.fromString(signOffId), decision,
                    "中台核实：同意", signer));
        } catch (Throwable e) {
            throw new AssertionError("the mid desk's " + decision + " of " + signOffId + " failed", e);
        }
    }
}
