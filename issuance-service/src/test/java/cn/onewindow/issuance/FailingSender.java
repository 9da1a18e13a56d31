package cn.onewindow.issuance;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.issuance.notify.NotificationSender;

/** A channel whose gateway is down: every send fails (tests only). */
@ApplicationScoped
public class FailingSender implements NotificationSender {
    @Override
    public String channel() {
        return "DOWN";
    }

    @Override
    public void send(cn.onewindow.issuance.notify.Recipient recipient, String subject, String body) throws Exception {
        throw new java.io.IOException("SMS gateway unreachable");
    }
}
