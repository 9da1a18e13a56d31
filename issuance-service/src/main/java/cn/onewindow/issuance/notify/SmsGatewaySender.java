package cn.onewindow.issuance.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Notices by SMS through the hall's SMS gateway: {@code POST <url>} with {@code {"to": phone, "text": …}}
 * and a bearer key; anything but 2xx is a failure to retry. A case without a phone on record fails too —
 * visibly, so the issuance clerk calls the applicant instead.
 */
@ApplicationScoped
public class SmsGatewaySender implements NotificationSender {
    private final Optional<String> url;
    private final Optional<String> apiKey;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SmsGatewaySender(NotificationSettings settings, ObjectMapper json) {
        this.url = settings.sms().url();
        this.apiKey = settings.sms().apiKey();
        this.json = json;
    }

    @Override
    public String channel() {
        return "SMS";
    }

    @Override
    public void send(Recipient recipient, String subject, String body) throws Exception {
        if (url.isEmpty()) {
            throw new IllegalStateException("no SMS gateway configured (onewindow.notifications.sms.url)");
        }
        if (recipient.phone() == null) {
            throw new IllegalStateException("no mobile number on record for " + recipient);
        }
        var request = HttpRequest.newBuilder(URI.create(url.get())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("to", recipient.phone(),
                        "text", "【" + subject + "】" + body))));
        apiKey.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        var response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS gateway answered " + response.statusCode());
        }
    }
}
