package cn.onewindow.intake.guide.rules;

import static cn.onewindow.intake.guide.rules.PublishedList.FULLY_ONLINE;
import static cn.onewindow.intake.guide.rules.PublishedList.ONLY_ONCE;
import static cn.onewindow.intake.guide.rules.PublishedList.ON_THE_SPOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Limit;
import cn.onewindow.contracts.catalogue.ItemDefinition.Material;

/** The membership of 只跑一次 / 立等可取 / 全程网办, row by row: what an item offers → the lists it is on. */
class PublishedListsTest {
    static final Material FORM = new Material("APP", "申请书", true, false, 1, true, false, null);
    static final Material ID_ORIGINAL = new Material("ID", "身份证件", true, true, 1, true, false, null);
    static final Material PAPER_ONLY = new Material("PLAN", "图纸", true, false, 1, false, false, null);
    static final Material LICENCE_BY_CERT = new Material("BL", "营业执照", false, true, 1, true, false, null, "AMR-0001", false);
    static final List<String> WINDOW = List.of("WINDOW");
    static final List<String> PRE_REVIEW = List.of("WINDOW", "ONLINE_PRE_REVIEW");
    static final List<String> POST = List.of("WINDOW", "POST");
    static final List<String> PICKUP = List.of("PICKUP");
    static final List<String> MAIL = List.of("PICKUP", "EXPRESS_MAIL");

    record Row(String why, String type, List<String> channels, List<String> delivery, List<Material> materials,
               int visits, Set<PublishedList> lists) {
    }

    static final List<Row> TABLE = List.of(
            new Row("window only, collect in person: hand in, come back", "PROMISED", WINDOW, PICKUP, List.of(FORM), 2,
                    EnumSet.noneOf(PublishedList.class)),
            new Row("window, result posted: one visit", "PROMISED", WINDOW, MAIL, List.of(FORM), 1, EnumSet.of(ONLY_ONCE)),
            new Row("即办 at the window, collected at once", "IMMEDIATE", WINDOW, PICKUP, List.of(FORM, ID_ORIGINAL), 1,
                    EnumSet.of(ONLY_ONCE, ON_THE_SPOT)),
            new Row("pre-review, all electronic, posted: never in the hall", "PROMISED", PRE_REVIEW, MAIL, List.of(FORM), 0,
                    EnumSet.of(ONLY_ONCE, FULLY_ONLINE)),
            new Row("pre-review but an original to verify: one visit", "PROMISED", PRE_REVIEW, MAIL, List.of(FORM, ID_ORIGINAL),
                    1, EnumSet.of(ONLY_ONCE)),
            new Row("pre-review but a paper-only material", "PROMISED", PRE_REVIEW, MAIL, List.of(FORM, PAPER_ONLY), 1,
                    EnumSet.of(ONLY_ONCE)),
            new Row("pre-review, collected in person: hand in and collect", "PROMISED", PRE_REVIEW, PICKUP, List.of(FORM), 2,
                    EnumSet.noneOf(PublishedList.class)),
            new Row("an original served by an e-certificate needs no desk", "IMMEDIATE", PRE_REVIEW, MAIL,
                    List.of(FORM, LICENCE_BY_CERT), 0, EnumSet.of(ONLY_ONCE, ON_THE_SPOT, FULLY_ONLINE)),
            new Row("by post, collected in person: one visit", "PROMISED", POST, PICKUP, List.of(FORM, ID_ORIGINAL), 1,
                    EnumSet.of(ONLY_ONCE)),
            new Row("by post, posted back: none, yet not online", "PROMISED", POST, MAIL, List.of(FORM), 0, EnumSet.of(ONLY_ONCE)),
            new Row("即办 by post, collected in person", "IMMEDIATE", POST, PICKUP, List.of(FORM), 1,
                    EnumSet.of(ONLY_ONCE, ON_THE_SPOT)),
            new Row("no channels named (before #23): the window", "PROMISED", null, PICKUP, List.of(FORM), 2,
                    EnumSet.noneOf(PublishedList.class)));

    static ItemDefinition item(Row r) {
        boolean preReview = r.channels() != null && r.channels().contains("ONLINE_PRE_REVIEW");
        return new ItemDefinition("CA-0100", "测试事项", "CA", r.type(), "区县级", 10, r.type().equals("IMMEDIATE") ? 0 : 5, "依据",
                null, null, List.of("PERSON"), r.materials(), List.of(), false, false, r.delivery(), List.of(), List.of(),
                r.channels(), preReview ? new Limit(1, "WORKING_DAYS") : null, null, null);
    }

    @Test
    void eachRowIsOnExactlyItsLists() {
        for (Row r : TABLE) {
            assertThat(PublishedLists.visits(item(r))).as("visits: " + r.why()).isEqualTo(r.visits());
            assertThat(PublishedLists.of(item(r))).as("lists: " + r.why()).isEqualTo(r.lists());
            for (PublishedList l : PublishedList.values()) {
                assertThat(PublishedLists.belongs(l, item(r))).as(l + ": " + r.why()).isEqualTo(r.lists().contains(l));
            }
        }
    }

    @Test
    void aListIsNamedByItsSlug() {
        assertThat(PublishedList.bySlug("only-once")).contains(ONLY_ONCE);
        assertThat(PublishedList.bySlug("on-the-spot")).contains(ON_THE_SPOT);
        assertThat(PublishedList.bySlug("fully-online")).contains(FULLY_ONLINE);
        assertThat(PublishedList.bySlug("ONLY_ONCE")).isEmpty();
        assertThat(FULLY_ONLINE.zh()).isEqualTo("全程网办");
    }
}
