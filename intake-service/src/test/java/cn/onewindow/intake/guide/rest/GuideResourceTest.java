package cn.onewindow.intake.guide.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Faq;
import cn.onewindow.contracts.catalogue.ItemDefinition.Limit;
import cn.onewindow.contracts.catalogue.ItemDefinition.Material;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The public service guide on real PostgreSQL, without any token: an item of its own (a fresh code per run) published
 * in two versions, so {@code ?at=} shows each, its FAQ found by search, its place on the published lists and in their
 * CSV, and every bad input a problem answer in both languages. The demo catalogue's #23 fields show through too.
 */
@QuarkusTest
class GuideResourceTest {
    /** Version 1 takes effect here: far enough ahead that no other test's "now" meets it. */
    static final Instant V1 = Instant.parse("2031-03-03T00:00:00Z");
    /** Version 2 (window only, collected in person: on no list) from here. */
    static final Instant V2 = V1.plus(Duration.ofDays(30));
    static final Instant DURING_V1 = V1.plus(Duration.ofDays(1));
    static final Instant DURING_V2 = V2.plus(Duration.ofDays(1));
    static String code;
    static String token;

    @Inject
    CatalogueService catalogue;

    @BeforeEach
    void publishTheTestItemOnce() throws Throwable {
        if (code != null) {
            return;
        }
        String candidate;
        do { // a code no earlier run published: versions are never deleted
            candidate = "CA-" + ThreadLocalRandom.current().nextInt(7000, 10000);
            String c = candidate;
            if (VertxContextSupport.subscribeAndAwait(() -> catalogue.versions(c)).isEmpty()) {
                break;
            }
        } while (true);
        String c = candidate;
        String t = "指南口令" + c.substring(3);
        var form = new Material("APP", "养犬登记申请表", true, false, 1, true, false, "养犬登记申请表（样表）");
        var v1 = new ItemDefinition(c, "犬只登记" + t, "CA", "PROMISED", "区县级", 20, 5, "《测试条例》第一条", "材料齐全",
                "不收费", List.of("PERSON"), List.of(form), List.of(), false, false, List.of("PICKUP", "EXPRESS_MAIL"),
                List.of(), List.of(new Faq("需要本人到场吗？", "不需要，" + t + "全程网上办理。")),
                List.of("WINDOW", "ONLINE_PRE_REVIEW"), new Limit(1, "WORKING_DAYS"), null, 5);
        var v2 = new ItemDefinition(c, "犬只登记" + t, "CA", "PROMISED", "区县级", 20, 3, "《测试条例》第一条", "材料齐全",
                "不收费", List.of("PERSON"), List.of(form), List.of(), false, false, List.of("PICKUP"),
                List.of(), List.of(new Faq("需要本人到场吗？", "需要本人到窗口办理并领取（" + t + "）。")),
                List.of("WINDOW"), null, null, 5);
        Actor loader = Actor.system("guide-test");
        VertxContextSupport.subscribeAndAwait(() -> catalogue.load(v1, V1, loader));
        VertxContextSupport.subscribeAndAwait(() -> catalogue.load(v2, V2, loader));
        token = t;
        code = c;
    }

    @Test
    void anyoneReadsTheGuideWithoutLoggingInWhereTheStaffCatalogueNeedsALogin() {
        given().when().get("/api/catalogue/items/AMR-0001").then().statusCode(401);
        given().when().get("/api/guide/items/AMR-0001").then().statusCode(200)
                .body("name", equalTo("企业设立登记")).body("itemTypeZh", equalTo("承诺件"))
                .body("promisedZh", equalTo("1个工作日")).body("statutoryZh", equalTo("15个工作日"))
                .body("channels", contains("WINDOW", "ONLINE_PRE_REVIEW", "POST"))
                .body("channelsZh", contains("窗口办理", "网上预审", "快递寄送材料"))
                .body("preReviewLimitZh", equalTo("1个工作日")).body("commitmentCheckDays", equalTo(20))
                .body("resultValidZh", equalTo("长期有效")).body("legalBasis", containsString("市场主体登记管理条例"))
                .body("materials.find { it.code == 'ADDR' }.commitmentAllowed", equalTo(true))
                .body("materials.find { it.code == 'ADDR' }.marksZh", hasItem("可签署告知承诺书替代"))
                .body("materials.find { it.code == 'APP' }.template", equalTo("公司登记（备案）申请书（样表）"))
                .body("faq.q", hasItem("可以委托他人办理吗？"));
        // the 营业执照 a later item takes from the certificate issued by 企业设立登记, named as the catalogue names it
        given().when().get("/api/guide/items/TAX-0001").then().statusCode(200)
                .body("materials.find { it.code == 'BL' }.certificateOf", equalTo("AMR-0001"))
                .body("materials.find { it.code == 'BL' }.certificateOfName", equalTo("企业设立登记"))
                .body("materials.find { it.code == 'BL' }.marksZh", hasItem("已有企业设立登记电子证照的，免于提交（证照自动引用）"))
                .body("lists", hasItem("on-the-spot"));
        given().when().get("/api/guide/items?q=企业设立").then().statusCode(200).body("code", hasItem("AMR-0001"));
    }

    @Test
    void atShowsTheVersionInForceBeforeAndAfterANewerOne() {
        given().when().get("/api/guide/items/" + code + "?at=" + DURING_V1).then().statusCode(200)
                .body("version", equalTo(1)).body("promisedDays", equalTo(5))
                .body("preReviewLimit.amount", equalTo(1)).body("preReviewLimit.unit", equalTo("WORKING_DAYS"))
                .body("resultValidYears", equalTo(5)).body("resultValidZh", equalTo("5年"))
                .body("lists", contains("only-once", "fully-online")).body("listsZh", contains("只跑一次", "全程网办"));
        given().when().get("/api/guide/items/" + code + "?at=" + DURING_V2).then().statusCode(200)
                .body("version", equalTo(2)).body("promisedDays", equalTo(3)).body("channels", contains("WINDOW"))
                .body("preReviewLimit", equalTo(null)).body("lists", empty());
        // an offset instant names the same moment; a day, its start in the hall (V2 is 08:00 on 2 April there)
        given().queryParam("at", "2031-03-04T08:00:00+08:00").when().get("/api/guide/items/" + code).then().statusCode(200)
                .body("version", equalTo(1));
        given().when().get("/api/guide/items/" + code + "?at=2031-04-02").then().statusCode(200).body("version", equalTo(1));
        given().when().get("/api/guide/items/" + code + "?at=2031-04-03").then().statusCode(200).body("version", equalTo(2));
        // before its first version the item is not in the guide; nor in the list of items
        given().when().get("/api/guide/items/" + code + "?at=" + V1.minusSeconds(1)).then().statusCode(404)
                .body("code", equalTo("not-found")).body("detailZh", containsString(code));
        given().when().get("/api/guide/items?q=" + code + "&at=" + V1.minusSeconds(1)).then().statusCode(200).body("$", empty());
        given().when().get("/api/guide/items?q=" + token + "&at=" + DURING_V2).then().statusCode(200)
                .body("code", contains(code)).body("version", contains(2));
    }

    @Test
    void itemsAreFilteredByDepartmentAndChannel() {
        String base = "/api/guide/items?q=" + code + "&at=" + DURING_V1;
        given().when().get(base + "&department=CA&channel=ONLINE_PRE_REVIEW").then().statusCode(200).body("code", contains(code));
        given().when().get(base + "&channel=POST").then().statusCode(200).body("$", empty());
        given().when().get(base + "&department=AMR").then().statusCode(200).body("$", empty());
        given().when().get("/api/guide/items?channel=POST").then().statusCode(200)
                .body("code", hasItem("AMR-0001")).body("code", not(hasItem("AMR-0002")));
    }

    @Test
    void theFaqIsSearchedAcrossItemsInForce() {
        given().when().get("/api/guide/faq?q=" + token + "&at=" + DURING_V1).then().statusCode(200)
                .body("itemCode", contains(code)).body("a", contains("不需要，" + token + "全程网上办理。"))
                .body("itemName", contains("犬只登记" + token));
        given().when().get("/api/guide/faq?q=" + token + "&at=" + DURING_V2).then().statusCode(200)
                .body("a", contains("需要本人到窗口办理并领取（" + token + "）。"));
        // a question's words typed with a space in them, found in every item that has the question
        given().queryParam("q", "委托 他人").when().get("/api/guide/faq").then().statusCode(200)
                .body("itemCode", hasItem("AMR-0001")).body("itemCode", hasItem("AMR-0004"));
    }

    @Test
    void eachPublishedListAndItsCsv() {
        given().when().get("/api/guide/lists/fully-online?at=" + DURING_V1).then().statusCode(200)
                .body("list", equalTo("fully-online")).body("listZh", equalTo("全程网办")).body("items.code", hasItem(code));
        given().when().get("/api/guide/lists/only-once?at=" + DURING_V1).then().statusCode(200).body("items.code", hasItem(code));
        given().when().get("/api/guide/lists/on-the-spot?at=" + DURING_V1).then().statusCode(200)
                .body("items.code", not(hasItem(code))).body("items.code", hasItem("AMR-0003"))
                .body("items.find { it.code == 'AMR-0003' }.promisedZh", equalTo("即办"));
        for (String list : List.of("only-once", "on-the-spot", "fully-online")) {
            given().when().get("/api/guide/lists/" + list + "?at=" + DURING_V2).then().statusCode(200)
                    .body("items.code", not(hasItem(code)));
        }

        var csv = given().when().get("/api/guide/lists/fully-online?format=csv&at=" + DURING_V1).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"fully-online-2031-03-04.csv\""))
                .extract().asByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        // headers in both languages, each quoted (it holds a space), as the hall's other exports write them
        assertThat(text.lines().findFirst()).contains("\"事项编码 code\",\"事项名称 item\",\"实施部门 department\","
                + "\"事项类型 type\",\"法定时限 statutory limit\",\"承诺时限 promised limit\",\"办理渠道 channels\","
                + "\"送达方式 delivery\",\"收费 fees\"");
        assertThat(text.lines()).contains(code + ",犬只登记" + token + ",民政局,承诺件,20个工作日,5个工作日,窗口办理、网上预审,"
                + "窗口领取、快递送达,不收费");
        String onTheSpot = given().when().get("/api/guide/lists/on-the-spot?format=csv").then().statusCode(200)
                .extract().asString();
        assertThat(onTheSpot).contains("AMR-0003,个体工商户注册登记").doesNotContain("AMR-0001,");
    }

    @Test
    void badInputIsAProblemInBothLanguages() {
        given().when().get("/api/guide/items?at=yesterday").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("invalid-instant"))
                .body("detailZh", containsString("时间格式不正确")).body("detail", containsString("Not an instant"));
        given().when().get("/api/guide/items/AMR-0001?at=2031-13-01").then().statusCode(400).body("code", equalTo("invalid-instant"));
        given().when().get("/api/guide/lists/only-once?at=x").then().statusCode(400).body("code", equalTo("invalid-instant"));
        given().when().get("/api/guide/lists/most-popular").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("unknown-list"))
                .body("detailZh", containsString("only-once")).body("detail", containsString("fully-online"));
        given().when().get("/api/guide/lists/only-once?format=xml").then().statusCode(400).body("code", equalTo("invalid-format"));
        given().when().get("/api/guide/items/ZZ-9999").then().statusCode(404).body("code", equalTo("not-found"))
                .body("detailZh", notNullValue()).body("detail", containsString("ZZ-9999"));
        given().when().get("/api/guide/faq").then().statusCode(400).body("code", equalTo("query-required"))
                .body("detailZh", notNullValue());
        given().queryParam("q", "问".repeat(51)).when().get("/api/guide/faq").then().statusCode(400)
                .body("code", equalTo("query-too-long"));
        given().when().get("/api/guide/items?channel=FAX").then().statusCode(400).body("code", equalTo("invalid-channel"));
        given().when().get("/api/guide/items?department=amr").then().statusCode(400).body("code", equalTo("invalid-department"));
    }
}
