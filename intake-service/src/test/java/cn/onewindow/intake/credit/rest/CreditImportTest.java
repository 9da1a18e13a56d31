package cn.onewindow.intake.credit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The credit list imported from a spreadsheet's CSV (#25): a quoted name with a comma, quotes and a line break is
 * stored as one name, Excel's byte order mark and CRLF come through, and a quote left open refuses the file with
 * nothing written.
 */
@QuarkusTest
@TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
class CreditImportTest {
    static final String PERSON = CreditLookupTest.person("13100119800101091");
    static final String OTHER = CreditLookupTest.person("13100119800101092");
    static final String HEADER = "id_number,name,kind,blacklisted,red_listed,credit_level";

    @Test
    void aQuotedNameComesInWhole() {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + PERSON + ",\"王小明,\"\"小王\"\"\r\n（代表）\",PERSON,FALSE,TRUE,A\r\n"
                + OTHER + ",李四,PERSON,false,false,B\r\n";
        given().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/credit/import").then().statusCode(200).body("imported", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("idNumber", PERSON)).when().post("/api/credit/lookup").then()
                .statusCode(200).body("name", equalTo("王小明,\"小王\"\r\n（代表）")).body("redListed", equalTo(true));
    }

    @Test
    void aQuoteLeftOpenImportsNothing() {
        String third = CreditLookupTest.person("13100119800101093");
        String csv = HEADER + "\n" + third + ",守信个人,PERSON,false,true,A\n" + OTHER + ",\"未闭合,PERSON,false,false,B\n";
        given().contentType("text/csv").body(csv).when().post("/api/credit/import").then().statusCode(400)
                .body("code", equalTo("invalid-csv")).body("detail", org.hamcrest.Matchers.containsString("row 3"));
        assertThat(Sql.count("select count(*) from applicant_credit where id_number = '" + third + "'")).isZero();
        // a bad field is named by its row and field
        given().contentType("text/csv").body(HEADER + "\n" + third + ",守信个人,PERSON,yes,true,A\n")
                .when().post("/api/credit/import").then().statusCode(400).body("errors", hasKey("row 2.blacklisted"));
    }
}
