package cn.onewindow.platform.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;

/**
 * The suite's CSV files for download (the hall's ledger, the satisfaction statistics): rows in, bytes out,
 * the one place where they are written (#20, item 7); {@link CsvImport} is the one where they are read.
 * <ul>
 * <li>UTF-8 behind a byte order mark: without it Excel reads the file in the machine's code page and the
 * Chinese comes out garbled.</li>
 * <li>Quoting by jackson-dataformat-csv, never by hand: a cell with a comma, a quote or a line break in it
 * stays one cell.</li>
 * <li>A text cell that a spreadsheet would take for a formula is neutralised (CSV injection, OWASP's
 * advice): when it starts with {@code = + - @}, a tab or a carriage return — or has one of those right after
 * a line break inside it — a single quote goes in front, so {@code =HYPERLINK(…)} typed in as an applicant's
 * name is shown as text and never evaluated. Numbers ({@link Number}) are written as they are: they carry no
 * formula, and a negative figure stays a figure.</li>
 * </ul>
 */
public final class CsvExport {
    /** The Content-Type of what {@link #write} makes. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
    static final String FORMULA_START = "=+-@\t\r";

    // Loose quoting (the default, named here so nobody "optimises" it away): every cell with a character
    // below ',' — space, tab, CR, LF, quote, apostrophe — is quoted. The strict check would leave a bare CR or
    // tab unquoted, and some spreadsheet programs break the row there.
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .disable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private CsvExport() {
    }

    /**
     * The file: byte order mark, the header line, then one line per row. A cell is text ({@link #neutralise}d),
     * a {@link Number} or {@link Boolean} (written as it is), anything else (an instant, a date) by its
     * {@code toString()} and neutralised, or null (an empty cell).
     */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (CsvGenerator csv = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            line(csv, header);
            for (List<?> row : rows) {
                line(csv, row);
            }
        } catch (IOException e) {
            // writing into memory does not fail; a cell the generator refuses is a bug
            throw new UncheckedIOException("the CSV could not be written", e);
        }
        return out.toByteArray();
    }

    /** One line: with no schema, each array written at the top level is one row of the file. */
    private static void line(CsvGenerator csv, List<?> cells) throws IOException {
        csv.writeStartArray();
        for (Object cell : cells) {
            csv.writeString(cell(cell));
        }
        csv.writeEndArray();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

    /**
     * {@code text} with a single quote before each place a spreadsheet would start a formula: its first
     * character and the first one after each line break, when it is one of {@code = + - @}, tab or CR.
     */
    public static String neutralise(String text) {
        StringBuilder out = null;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && FORMULA_START.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 4).append(text, 0, i);
                }
                out.append('\'');
            }
            if (out != null) {
                out.append(c);
            }
            lineStart = c == '\n' || c == '\r';
        }
        return out == null ? text : out.toString();
    }
}
