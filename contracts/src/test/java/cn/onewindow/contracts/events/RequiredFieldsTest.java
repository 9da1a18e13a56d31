package cn.onewindow.contracts.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A consumer reads an event as its record; a record that lacks what every consumer relies on must not be read at all
 * (the inbox then treats it as malformed: dead-lettered, its batch-mates applied). These are the checks consumers
 * made by hand on JSON before the contracts held them.
 */
class RequiredFieldsTest {
    @Test
    void aSupplementWithoutItsAnswerToCompleteIsRefused() {
        // read as false, it would keep the department's clock stopped for materials that all arrived
        assertThatThrownBy(() -> EventCatalogueTest.JSON.readValue("{\"caseId\":\"C-1\",\"supplied\":[\"M1\"]}",
                DeferredMaterialsSupplied.class)).hasMessageContaining("complete");
        assertThatCode(() -> EventCatalogueTest.JSON.readValue("{\"caseId\":\"C-1\",\"supplied\":[],\"complete\":false}",
                DeferredMaterialsSupplied.class)).doesNotThrowAnyException();
    }

    @Test
    void anOverdueNamesTheCaseTheDepartmentAndTheClock() {
        assertThatThrownBy(() -> EventCatalogueTest.JSON.readValue("{\"caseId\":\"C-1\",\"clock\":\"DECISION\"}",
                ApprovalOverdue.class)).hasMessageContaining("departmentCode");
    }

    @Test
    void aCatalogueVersionHasItsCodeNumberAndStart() {
        assertThatThrownBy(() -> EventCatalogueTest.JSON.readValue(
                "{\"code\":\"AMR-0001\",\"effectiveFrom\":\"2026-01-01T00:00:00Z\"}", ItemVersionPublished.class))
                .hasMessageContaining("start at 1");
        assertThatThrownBy(() -> EventCatalogueTest.JSON.readValue("{\"code\":\"AMR-0001\",\"version\":1}",
                ItemVersionPublished.class)).hasMessageContaining("effectiveFrom");
    }

    @Test
    void aBundleJoinsTwoCasesOrMore() {
        assertThatThrownBy(() -> EventCatalogueTest.JSON.readValue(
                "{\"bundleId\":\"B-1\",\"size\":1,\"joinedAt\":\"2026-01-01T00:00:00Z\"}", BundleJoined.class))
                .hasMessageContaining("two cases or more");
    }

    @Test
    void aDecisionANewerApprovalServiceSendsIsReadWithoutItsOutcome() throws Exception {
        // the window follows such a case on from its next stage instead of dead-lettering it; issuance refuses it itself
        var decided = EventCatalogueTest.JSON.readValue("""
                {"caseId":"C-1","itemCode":"AMR-0001","departmentCode":"AMR","outcome":"WITHDRAWN","applicantName":"张三",
                 "deliveryMethod":"PICKUP","decidedAt":"2026-12-01T02:00:00Z"}""", CaseDecided.class);
        org.assertj.core.api.Assertions.assertThat(decided.outcome()).isNull();
        org.assertj.core.api.Assertions.assertThat(decided.deliveryMethod()).isEqualTo(
                cn.onewindow.contracts.vocabulary.DeliveryMethod.PICKUP);
        // every other term is the vocabulary's or the event is malformed
        assertThatThrownBy(() -> EventCatalogueTest.JSON.readValue("""
                {"caseId":"C-1","itemCode":"AMR-0001","departmentCode":"AMR","outcome":"APPROVED","applicantName":"张三",
                 "deliveryMethod":"BY_PIGEON","decidedAt":"2026-12-01T02:00:00Z"}""", CaseDecided.class))
                .hasMessageContaining("BY_PIGEON");
    }
}
