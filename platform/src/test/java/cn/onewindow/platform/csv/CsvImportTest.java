package cn.onewindow.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.problem.ProblemException;

/**
 * The one CSV reader: what a spreadsheet saves comes back as the cells it showed — quoted commas, doubled quotes and
 * line breaks inside one cell, Chinese, the byte order mark set aside — and rows keep the numbers the spreadsheet gave
 * them.
 */
class CsvImportTest {
    @Test
    void aQuotedCellKeepsItsCommasQuotesAndLineBreaks() {
        String text = """
                id_number,name,note
                1,"廊坊""临空""科技有限公司,分公司","第一行
                第二行"
                2,王小明,"a,b"
                """;
        List<CsvImport.Row> rows = CsvImport.read(text);
        assertThat(rows).extracting(CsvImport.Row::cells).containsExactly(
                List.of("id_number", "name", "note"),
                List.of("1", "廊坊\"临空\"科技有限公司,分公司", "第一行\n第二行"),
                List.of("2", "王小明", "a,b"));
        // the cell with a line break is one row: the next is row 3, as a spreadsheet numbers it
        assertThat(rows).extracting(CsvImport.Row::number).containsExactly(1, 2, 3);
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<String> header = List.of("办件编号 case", "申请人 applicant", "备注 note");
        List<List<String>> rows = List.of(
                List.of("DX-20261213-000001", "他说\"好\",再见", "两\n行"),
                List.of("DX-20261213-000002", "廊坊临空科技有限公司", "windows\r\nline"),
                List.of("DX-20261213-000003", "", " spaces kept "));
        String file = new String(CsvExport.write(header, rows), StandardCharsets.UTF_8);
        assertThat(file).startsWith("\uFEFF");
        assertThat(CsvImport.read(file)).extracting(CsvImport.Row::cells)
                .containsExactly(header, rows.get(0), rows.get(1), rows.get(2));
    }

    @Test
    void theByteOrderMarkIsSetAsideAndWindowsLineEndsAreLineEnds() {
        List<CsvImport.Row> rows = CsvImport.read("\uFEFFid_number,name\r\n1,张三\r\n");
        assertThat(rows.get(0).cells()).containsExactly("id_number", "name");
        assertThat(rows.get(1).cells()).containsExactly("1", "张三");
    }

    @Test
    void blankRowsAreLeftOutButKeepTheirNumbers() {
        List<CsvImport.Row> rows = CsvImport.read("h1,h2\n\n1,2\n  \n,\n3,4\n");
        assertThat(rows).extracting(CsvImport.Row::number).containsExactly(1, 3, 6);
        assertThat(rows.get(2).cells()).containsExactly("3", "4");
        assertThat(CsvImport.read("")).isEmpty();
    }

    @Test
    void aRowKeepsAsManyCellsAsItHasForTheCallerToJudge() {
        List<CsvImport.Row> rows = CsvImport.read("a,b,c\n1,2\n1,2,3,4\n1,,\n");
        assertThat(rows).extracting(r -> r.cells().size()).containsExactly(3, 2, 4, 3);
        assertThat(rows.get(3).cells()).containsExactly("1", "", "");
    }

    @Test
    void aQuoteLeftOpenIsAProblemNamingTheRowItStartsIn() {
        assertThatThrownBy(() -> CsvImport.read("a,b\n1,2\n3,\"未闭合\n4,5\n6,7\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid-csv");
                    assertThat(e.messageZh()).contains("第3行");
                    assertThat(e.getMessage()).contains("row 3");
                });
        // text after a closing quote is no CSV either (a spreadsheet never writes it)
        assertThatThrownBy(() -> CsvImport.read("a,b\n\"x\"y,2\n")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).contains("row 2"));
    }
}
