package cn.onewindow.intake.applicant.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * An applicant sees their own cases and nothing else (#23): the list holds the cases filed under their number (a
 * person's ID number; an organisation's code for its agent), another applicant's case answers exactly as one that
 * does not exist, and staff posts are refused (ApplicantRefOnCaseTakenInTest: the pseudonym on CaseTakenIn).
 */
@QuarkusTest
class ApplicantCasesTest {
    // valid check digits (GB 11643 / GB 32100), used by no other test
    static final String ME = "131025197707070774";
    static final String OTHER = "131025197707070889";
    static final String ORG = "91131025MA0A77777L";

    static String mine;
    static String others;
    static String organisations;

    @BeforeEach
    void cases() {
        if (mine != null) {
            return;
        }
        mine = insertCase("PERSON", "李晓梅", ME);
        others = insertCase("PERSON", "赵六", OTHER);
        organisations = insertCase("ORGANISATION", "廊坊测试科技有限公司", ORG);
        Sql.execute("insert into intake_notice (notice_number, kind, item_code, catalogue_version, applicant_name, content,"
                + " clerk_id, clerk_name, issued_at, case_id) select 'SN-" + mine + "', 'SUPPLEMENT_NOTICE', item_code,"
                + " catalogue_version, applicant_name, '[]', 'reviewer', '李静', now(), case_id from intake_case where case_id = '"
                + mine + "'");
    }

    static String insertCase(String kind, String name, String number) {
        String id = "AP-" + UUID.randomUUID();
        Sql.execute("insert into intake_case (case_id, item_code, catalogue_version, department_code, applicant_kind, applicant_name,"
                + " applicant_id, delivery_method, intake_path, document_kind, status, first_handler_id, first_handler_name,"
                + " first_handler_post, accepted_at) select '" + id + "', code, version, department_code, '" + kind + "', '" + name
                + "', '" + number + "', 'PICKUP', 'ACCEPTED_ON_SPOT', 'ACCEPTANCE_NOTICE', 'ACCEPTED', 'clerk-test', '张敏',"
                + " 'window-clerk', now() from catalogue_item where code = 'AMR-0001' order by version desc limit 1");
        return id;
    }

    @Test
    @TestSecurity(user = "applicant1", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = ME), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void anApplicantListsTheirOwnCasesOnly() {
        given().when().get("/api/applicant/cases").then().statusCode(200)
                .body("caseId", hasItem(mine))
                .body("caseId", not(hasItem(others)))
                .body("caseId", not(hasItem(organisations)))
                .body("find { it.caseId == '" + mine + "' }.itemCode", equalTo("AMR-0001"))
                .body("find { it.caseId == '" + mine + "' }.itemName", notNullValue())
                .body("find { it.caseId == '" + mine + "' }.status", equalTo("ACCEPTED"))
                .body("find { it.caseId == '" + mine + "' }.deadline", notNullValue())
                .body("find { it.caseId == '" + mine + "' }.notices[0].number", equalTo("SN-" + mine))
                .body("find { it.caseId == '" + mine + "' }.notices[0].kind", equalTo("SUPPLEMENT_NOTICE"));
        given().when().get("/api/applicant/cases/" + mine).then().statusCode(200)
                .body("caseId", equalTo(mine)).body("owed", equalTo(List.of()));
    }

    @Test
    @TestSecurity(user = "applicant1", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = ME), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void anotherApplicantsCaseIsNotFoundExactlyAsNoCase() {
        var theirs = given().when().get("/api/applicant/cases/" + others).then().statusCode(404).extract();
        var none = given().when().get("/api/applicant/cases/AP-does-not-exist").then().statusCode(404).extract();
        assertThat(theirs.body().asString().replace(others, "?")).isEqualTo(none.body().asString().replace("AP-does-not-exist", "?"));
        // an organisation's case is not its agent's as a person
        given().when().get("/api/applicant/cases/" + organisations).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    @TestSecurity(user = "applicant2", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = OTHER), @Claim(key = "name", value = "王建国"),
            @Claim(key = "applicant_kind", value = "ORGANISATION"), @Claim(key = "org_code", value = ORG),
            @Claim(key = "org_name", value = "廊坊临空示范科技有限公司") })
    void anOrganisationsAgentSeesTheOrganisationsCasesNotTheirOwnAsAPerson() {
        given().when().get("/api/applicant/cases").then().statusCode(200)
                .body("caseId", hasItem(organisations))
                .body("caseId", not(hasItem(others)));
        given().when().get("/api/applicant/cases/" + others).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "applicant-bad", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = "131025197707070775"), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void aTokenWithAWrongCheckDigitServesNothing() {
        given().when().get("/api/applicant/cases").then().statusCode(403).body("code", equalTo("not-an-applicant"));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = ME), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void staffAreRefusedTheApplicantsOperations() {
        given().when().get("/api/applicant/cases").then().statusCode(403);
        given().when().get("/api/applicant/cases/" + mine).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant1", roles = "applicant")
    @OidcSecurity(claims = { @Claim(key = "id_number", value = ME), @Claim(key = "name", value = "李晓梅"),
            @Claim(key = "applicant_kind", value = "PERSON") })
    void anApplicantIsRefusedTheWindowsOperations() {
        given().when().get("/api/cases/" + mine).then().statusCode(403);
        given().when().get("/api/cases/mine").then().statusCode(403);
    }
}
