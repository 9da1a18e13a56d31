package cn.onewindow.approval.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which receiver addresses a department may register, as written (where they lead is {@link EgressRule}'s to judge),
 * how they are called and how they are shown.
 */
class WebhookAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://amr.example.gov.cn/onewindow/events", "http://10.1.2.3:8080/hook",
            "HTTPS://Amr.Example.gov.cn/hook?channel=onewindow", "http://[::1]:9000/", "http://localhost/"})
    void anHttpOrHttpsUrlWithAHostIsTaken(String url) {
        assertThat(WebhookAddress.check(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "ftp://amr.example.gov.cn/hook | http:// or https://",
            "amr.example.gov.cn/hook | http:// or https://",
            "mailto:ops@example.gov.cn | http:// or https://",
            "javascript:alert(1) | http:// or https://",
            "http:///hook | names no host",
            "http://user:pass@amr.example.gov.cn/hook | user name or password",
            "https://amr.example.gov.cn/hook#part | fragment",
            "http://amr example.gov.cn/ | not a valid URL",
            "http://amr.example.gov.cn:0/ | port",
            "http://amr.example.gov.cn:65536/ | port",
            "' ' | required"})
    void anythingElseIsRefusedWithItsReason(String url, String reason) {
        var refusal = WebhookAddress.check(url);
        assertThat(refusal).isPresent();
        assertThat(refusal.get().en()).contains(reason);
        assertThat(refusal.get().zh()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2001})
    void theLengthIsLimited(int length) {
        String url = "https://amr.example.gov.cn/" + "a".repeat(length - "https://amr.example.gov.cn/".length());
        assertThat(WebhookAddress.check(url).isPresent()).isEqualTo(length > WebhookAddress.MAX_LENGTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://amr.example.gov.cn/onewindow/events | true | amr.example.gov.cn | amr.example.gov.cn | 443 | /onewindow/events",
            "http://amr.example.gov.cn | false | amr.example.gov.cn | amr.example.gov.cn | 80 | /",
            "HTTPS://Amr.Example.gov.cn:8443/hook?channel=onewindow&token=a%2Fb | true | Amr.Example.gov.cn | Amr.Example.gov.cn | 8443 | /hook?channel=onewindow&token=a%2Fb",
            "http://[2400:3200::1]:9000/h%20ook | false | [2400:3200::1] | 2400:3200::1 | 9000 | /h%20ook"})
    void anAddressIsCalledAtItsHostAndPortWithItsPathAndQueryAsWritten(String url, boolean https, String host, String lookup,
                                                                        int port, String target) {
        var endpoint = WebhookAddress.endpoint(url);
        assertThat(endpoint).isEqualTo(new WebhookAddress.Endpoint(https, host, port, target));
        assertThat(endpoint.lookupHost()).isEqualTo(lookup);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "https://amr.example.gov.cn/hook?token=s3cret | https://amr.example.gov.cn/hook?…",
            "https://amr.example.gov.cn/?a=1&b=2 | https://amr.example.gov.cn/?…",
            "https://amr.example.gov.cn/hook | https://amr.example.gov.cn/hook"})
    void theQueryIsNotShown(String url, String shown) {
        assertThat(WebhookAddress.shown(url)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://169.254.169.254/latest/meta-data/ | non-public network address",
            "http://[::1]:8080/ | non-public network address",
            "https://keycloak.onewindow.svc.cluster.local/ | only to public network addresses"})
    void anAddressThatIsNotPublicIsRefusedAsALiteralOrAsAName(String url, String reason) {
        assertThat(WebhookAddress.notPublic(url).en()).contains(reason);
        assertThat(WebhookAddress.notPublic(url).zh()).isNotBlank();
    }
}
