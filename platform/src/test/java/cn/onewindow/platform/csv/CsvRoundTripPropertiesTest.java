package cn.onewindow.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any table {@link CsvExport} writes, {@link CsvImport} reads back cell for cell — the cells as written, that is
 * after {@link CsvExport#neutralise} put its quote before a would-be formula. Cells are drawn from the characters
 * CSV turns on (comma, quote, CR, LF, space, tab, formula starts) mixed with Chinese and letters.
 */
class CsvRoundTripPropertiesTest {

    @Property(tries = 2_000)
    void everyTableComesBackCellForCell(@ForAll("tables") List<List<String>> table) {
        List<String> header = List.of("列一 a", "列二 b", "列三 c");
        String file = new String(CsvExport.write(header, table), StandardCharsets.UTF_8);

        List<CsvImport.Row> read = CsvImport.read(file);

        List<List<String>> expected = table.stream().map(row -> row.stream().map(CsvExport::neutralise).toList())
                .filter(row -> !row.stream().allMatch(String::isBlank)) // an all-blank row is left out, as a blank line
                .toList();
        assertThat(read.getFirst().cells()).isEqualTo(header);
        assertThat(read.subList(1, read.size())).extracting(CsvImport.Row::cells).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars(",\"\r\n \t=+-@'廊坊临空王小明ab1").ofMaxLength(12);
        return cell.list().ofSize(3).list().ofMaxSize(6);
    }
}
