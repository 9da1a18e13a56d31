package cn.onewindow.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * The one CSV writer: a byte order mark, quoting that keeps each cell one cell, Chinese intact, and no cell
 * a spreadsheet would run as a formula. Each file is read back with jackson's CSV parser, as Excel would
 * split it.
 */
class CsvExportTest {
    static final List<String> HEADER = List.of("办件编号 case", "申请人 applicant");

    @Test
    void theFileStartsWithOneByteOrderMarkAndKeepsTheChinese() throws IOException {
        byte[] csv = CsvExport.write(HEADER, List.of(List.of("DX-20261213-000001", "廊坊临空科技有限公司")));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).doesNotStartWith("\uFEFF");
        assertThat(read(csv)).containsExactly(HEADER, List.of("DX-20261213-000001", "廊坊临空科技有限公司"));
    }

    @Test
    void aCellThatStartsAFormulaGetsAQuoteInFront() throws IOException {
        List<String> attacks = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "+86 138 1234 5678", "-2+3",
                "@SUM(A1:A9)", "\tTAB", "=1+1");
        byte[] csv = CsvExport.write(List.of("value"), attacks.stream().map(List::of).toList());
        List<List<String>> cells = read(csv);
        assertThat(cells.subList(1, cells.size())).extracting(row -> row.get(0)).containsExactly(
                "'=HYPERLINK(\"http://evil.example\",\"点击\")", "'+86 138 1234 5678", "'-2+3",
                "'@SUM(A1:A9)", "'\tTAB", "'=1+1");
        // a carriage return starts a formula, and so does what follows it (checked on the text: parsers differ on CR)
        assertThat(CsvExport.neutralise("\r=1+1")).isEqualTo("'\r'=1+1");
        assertThat(new String(CsvExport.write(List.of("v"), List.of(List.of("\r=1+1"))), StandardCharsets.UTF_8))
                .endsWith("\"'\r'=1+1\"\n");
        assertThat(CsvExport.neutralise("王小明")).isEqualTo("王小明");
        assertThat(CsvExport.neutralise("a=b-c")).as("only at a line's start").isEqualTo("a=b-c");
        assertThat(CsvExport.neutralise("")).isEmpty();
    }

    @Test
    void aFormulaRightAfterALineBreakInsideACellIsNeutralisedToo() throws IOException {
        byte[] csv = CsvExport.write(List.of("value"), List.of(List.of("第一行\n=cmd|' /C calc'!A0"), List.of("x\n\n+y")));
        List<List<String>> cells = read(csv);
        assertThat(cells).hasSize(3);
        assertThat(cells.get(1)).containsExactly("第一行\n'=cmd|' /C calc'!A0");
        assertThat(cells.get(2)).containsExactly("x\n\n'+y");
        assertThat(CsvExport.neutralise("x\r\n@y")).isEqualTo("x\r\n'@y");
        assertThat(CsvExport.neutralise("a\n-b\nc\n=d")).isEqualTo("a\n'-b\nc\n'=d");
    }

    @Test
    void quotesCommasAndLineBreaksStayInsideTheirCell() throws IOException {
        List<Object> row = Arrays.asList("他说\"好\",再见", "a,b", "两\n行", null, "end");
        byte[] csv = CsvExport.write(List.of("q", "c", "n", "empty", "last"), List.of(row));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"他说\"\"好\"\",再见\"");
        assertThat(read(csv).get(1)).containsExactly("他说\"好\",再见", "a,b", "两\n行", "", "end");
    }

    @Test
    void numbersAreWrittenAsTheyAreAndOtherValuesByTheirText() throws IOException {
        List<Object> row = Arrays.asList(1, -2L, 66.67, 4.0, true, Instant.parse("2026-12-13T01:00:00Z"), "-2");
        List<List<String>> cells = read(CsvExport.write(List.of("a", "b", "c", "d", "e", "f", "g"), List.of(row)));
        assertThat(cells.get(1)).containsExactly("1", "-2", "66.67", "4.0", "true", "2026-12-13T01:00:00Z", "'-2");
    }

    @Test
    void noRowsIsTheHeaderAlone() throws IOException {
        assertThat(read(CsvExport.write(HEADER, List.of()))).containsExactly(HEADER);
    }

    @Test
    void theDownloadIsAnAttachmentWithATameFileName() {
        var response = CsvDownload.of("ledger-2026-12-13.csv", CsvExport.write(HEADER, List.of()));
        assertThat(response.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"ledger-2026-12-13.csv\"");
        assertThat(response.getMediaType().toString()).startsWith("text/csv").contains("UTF-8");
        assertThat(CsvDownload.safe("a\"b\r\n;c.csv")).isEqualTo("a_b___c.csv");
    }

    /** The file as a spreadsheet splits it: rows of cells, the byte order mark set aside. */
    static List<List<String>> read(byte[] csv) throws IOException {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        var mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (var it = mapper.readerFor(String[].class).<String[]>readValues(text)) {
            while (it.hasNext()) {
                rows.add(List.of(it.next()));
            }
        }
        return rows;
    }
}
