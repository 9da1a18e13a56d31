package cn.onewindow.platform.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import cn.onewindow.platform.problem.ProblemException;

/**
 * The suite's CSV files coming in (the credit list a hall admin keeps in a spreadsheet): text in, rows of cells
 * out, split by jackson-dataformat-csv — the reading side of {@link CsvExport}, never split on commas by hand.
 * <ul>
 * <li>A quoted cell keeps its commas, doubled quotes and line breaks: {@code "廊坊""临空"",分公司"} is one cell.</li>
 * <li>The byte order mark Excel puts in front of "CSV UTF-8" (and {@link CsvExport} writes) is set aside.</li>
 * <li>Rows are numbered as a spreadsheet shows them (the header is row 1), so a cell with a line break in it
 * does not shift the numbers of the rows after it, and a blank row keeps its number though it is left out.</li>
 * <li>Text that is not CSV (a quote never closed) is a 400 {@code invalid-csv} naming the row it starts in.</li>
 * </ul>
 */
public final class CsvImport {
    /** Without a schema each record is read as an array of its cells, however many it has. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvImport() {
    }

    /** One record of the file: its row number (the header's is 1) and its cells as written, unquoted, not trimmed. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** A row with no text in any cell: a spreadsheet's empty row, or a stray blank line. */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Every row of {@code text}, blank ones left out; the first one kept is the header. */
    public static List<Row> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        int number = 0;
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class).readValues(csv)) {
            while (records.hasNextValue()) {
                String[] cells = records.nextValue();
                number++;
                Row row = new Row(number, List.of(cells));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            // the record being read when the parser gave up: where the quote was opened, not where the file ended
            int at = number + 1;
            throw new ProblemException(400, "invalid-csv",
                    "CSV自第" + at + "行起格式有误（引号未闭合？）", "The CSV is malformed from row " + at + " on (a quote left open?)");
        }
        return rows;
    }
}
