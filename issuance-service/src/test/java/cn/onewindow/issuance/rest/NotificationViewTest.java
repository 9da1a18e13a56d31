package cn.onewindow.issuance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.issuance.model.Notification;

/** The notice list never shows the rating link's tokens, nor the applicant's whole number. */
class NotificationViewTest {

    @Test
    void theRatingTokensAndTheMobileNumberAreMasked() {
        var n = new Notification();
        n.id = UUID.randomUUID();
        n.caseId = "DX-20261130-000001";
        n.kind = "RATING_INVITED";
        n.channel = "SMS";
        n.recipient = "13812345678";
        n.body = "请对办件DX-20261130-000001的办理服务作出评价（好差评）：http://h/rate.html?case=DX-20261130-000001"
                + "&front=SMS.k20261130.AbC-_9&back=SMS.k20261130.dEf_1";
        n.status = Notification.SENT;
        n.createdAt = Instant.parse("2026-11-30T02:00:00Z");

        var view = NotificationView.of(n);

        assertThat(view.body()).doesNotContain("AbC-_9").doesNotContain("dEf_1")
                .contains("rate.html?case=DX-20261130-000001&front=***&back=***");
        assertThat(view.recipient()).isEqualTo("138****5678");
        assertThat(view.caseId()).isEqualTo(n.caseId);
    }

    @Test
    void aNoticeWithoutALinkIsShownAsItIs() {
        assertThat(NotificationView.withoutTokens("您的办件已办结，请携带身份证领取。")).isEqualTo("您的办件已办结，请携带身份证领取。");
        assertThat(NotificationView.withoutTokens(null)).isNull();
    }
}
