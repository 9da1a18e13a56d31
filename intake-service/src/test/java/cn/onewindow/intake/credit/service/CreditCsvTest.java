package cn.onewindow.intake.credit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.intake.takein.rules.IdentityNumbers;
import cn.onewindow.platform.csv.CsvExport;
import cn.onewindow.platform.problem.ProblemException;

/**
 * The credit list's CSV as a spreadsheet saves it: a quoted name keeps its comma, quotes and line break (the old
 * import split each line on commas and refused such a name as "needs 6 fields"), the Chinese and Excel's byte order
 * mark come through, and a bad row is named by the row the spreadsheet shows.
 */
class CreditCsvTest {
    static final String PERSON = person("13100119800101081");
    static final String ORGANISATION = organisation("91350100M000100Y4");

    @Test
    void aQuotedNameWithCommasQuotesAndALineBreakIsOneName() {
        String csv = CreditCsv.HEADER + "\n"
                + PERSON + ",\"王小明,\"\"小王\"\"\",PERSON,false,true,A\n"
                + ORGANISATION + ",\"廊坊临空科技有限公司\n（分公司）\",ORGANISATION,TRUE,false,D\n";
        assertThat(CreditCsv.entries(csv)).containsExactly(
                new CreditService.Entry(PERSON, "王小明,\"小王\"", "PERSON", false, true, "A"),
                new CreditService.Entry(ORGANISATION, "廊坊临空科技有限公司\n（分公司）", "ORGANISATION", true, false, "D"));
    }

    @Test
    void aFileSavedFromASpreadsheetComesBackAsItsEntries() {
        // what Excel's "CSV UTF-8" gives: byte order mark, CRLF, every cell quoted where it needs it
        byte[] saved = CsvExport.write(List.of(CreditCsv.HEADER.split(",")), List.of(
                List.of(PERSON, "张三, 李四 \"合伙\"", "PERSON", "FALSE", "FALSE", "B"),
                List.of(ORGANISATION, "示范企业", "ORGANISATION", "false", "true", "A")));
        String csv = new String(saved, StandardCharsets.UTF_8).replace("\n", "\r\n");
        assertThat(CreditCsv.entries(csv)).containsExactly(
                new CreditService.Entry(PERSON, "张三, 李四 \"合伙\"", "PERSON", false, false, "B"),
                new CreditService.Entry(ORGANISATION, "示范企业", "ORGANISATION", false, true, "A"));
    }

    @Test
    void cellsAreTrimmedAndBlankRowsSkipped() {
        String csv = "\n" + CreditCsv.HEADER.toUpperCase() + "\n\n " + PERSON + " , 守信个人 ,PERSON, false ,true, A \n\n";
        assertThat(CreditCsv.entries(csv)).containsExactly(new CreditService.Entry(PERSON, "守信个人", "PERSON", false, true, "A"));
    }

    @Test
    void aWrongHeaderIsRefused() {
        assertThat(refused("id,name\n" + PERSON + ",张三\n").getMessage()).contains(CreditCsv.HEADER);
        refused("");
    }

    @Test
    void everyBadRowIsNamedByItsSpreadsheetRowAndNothingIsReturned() {
        String csv = CreditCsv.HEADER + "\n"
                + PERSON + ",\"两行\n的名字\",PERSON,false,false,A\n"   // row 2, two lines of text: fine
                + PERSON + ",张三,PERSON,false,false\n"                 // row 3: five fields
                + "110105194912310029,校验码错误,PERSON,false,false,B\n"  // row 4: check digit
                + ORGANISATION + ",示范企业,ORGANISATION,是,1,A\n";       // row 5: yes/no not true/false
        ProblemException e = refused(csv);
        assertThat(e.errors()).containsOnlyKeys("row 3", "row 4.idNumber", "row 5.blacklisted", "row 5.redListed");
        assertThat(e.errors().get("row 3")).contains("第3行").contains("has 5");
        assertThat(e.messageZh()).contains("未导入");
    }

    @Test
    void aQuoteLeftOpenIsRefusedNotGuessed() {
        String csv = CreditCsv.HEADER + "\n" + PERSON + ",\"没有闭合,PERSON,false,false,A\n";
        assertThat(refused(csv).getMessage()).contains("row 2");
    }

    /** The refusal {@code csv} meets: a 400 invalid-csv, or the test fails. */
    private static ProblemException refused(String csv) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> CreditCsv.entries(csv));
        assertThat(e).as("the CSV was taken: " + csv).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid-csv");
        return e;
    }

    static String person(String first17) {
        return first17 + IdentityNumbers.residentIdCheck(first17);
    }

    static String organisation(String first17) {
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }
}
