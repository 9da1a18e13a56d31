package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public service guide (办事指南) at the hall's public address, without any login: the gateway lets
 * {@code /api/intake/guide/…} through to intake (its public paths), where the staff catalogue next to it needs a login;
 * the published list comes as the CSV the hall exports; a bad instant is a problem answer in both languages.
 */
class GuideIT {
    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void anyoneReadsTheGuideAndItsListsThroughTheGateway() {
        String gw = Suite.gateway();
        assertThat(Http.get(gw + "/api/intake/catalogue/items/AMR-0001", null).status()).isEqualTo(401);

        var item = Http.get(gw + "/api/intake/guide/items/AMR-0001", null);
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        assertThat(item.json().get("name").asText()).isEqualTo("企业设立登记");
        assertThat(item.json().get("channels").toString()).contains("ONLINE_PRE_REVIEW", "POST");

        var csv = Http.get(gw + "/api/intake/guide/lists/on-the-spot?format=csv", null, "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF").contains("AMR-0003,个体工商户注册登记");

        var bad = Http.get(gw + "/api/intake/guide/items?at=tomorrow", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("code").asText()).isEqualTo("invalid-instant");
        assertThat(bad.json().get("detailZh").asText()).contains("时间格式不正确");
    }
}
