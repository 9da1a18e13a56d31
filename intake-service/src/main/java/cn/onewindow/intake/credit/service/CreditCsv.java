package cn.onewindow.intake.credit.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.onewindow.platform.csv.CsvImport;
import cn.onewindow.platform.problem.ProblemException;

/**
 * The credit list as a CSV file (信用名单导入): the header {@value #HEADER}, then one applicant a row. Split by
 * {@link CsvImport}, so a name with a comma, a quote or a line break in it (quoted, as a spreadsheet saves it) stays
 * one name. Every row is checked before anything is written: one bad row refuses the file, and the answer lists
 * each fault by the row a spreadsheet shows it in.
 */
final class CreditCsv {
    static final String HEADER = "id_number,name,kind,blacklisted,red_listed,credit_level";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    private CreditCsv() {
    }

    /** The file's entries, in its order; a 400 {@code invalid-csv} when its header or any of its rows is wrong. */
    static List<CreditService.Entry> entries(String csv) {
        List<CsvImport.Row> rows = CsvImport.read(csv);
        if (rows.isEmpty() || !isHeader(rows.getFirst().cells())) {
            throw ProblemException.invalid("invalid-csv", "CSV首行应为：" + HEADER, "The CSV's first line must be: " + HEADER);
        }
        List<CreditService.Entry> entries = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (CsvImport.Row row : rows.subList(1, rows.size())) {
            int n = row.number();
            String where = "row " + n;
            List<String> f = row.cells().stream().map(String::strip).toList();
            if (f.size() != COLUMNS.size()) {
                errors.put(where, "第" + n + "行应有" + COLUMNS.size() + "列，现有" + f.size() + "列 / row " + n + " needs "
                        + COLUMNS.size() + " fields, has " + f.size());
                continue;
            }
            Boolean blacklisted = flag(f.get(3), where + ".blacklisted", n, errors);
            Boolean redListed = flag(f.get(4), where + ".redListed", n, errors);
            CreditService.Entry e = new CreditService.Entry(f.get(0), f.get(1), f.get(2), Boolean.TRUE.equals(blacklisted),
                    Boolean.TRUE.equals(redListed), f.get(5));
            errors.putAll(CreditService.validate(e, where));
            entries.add(e);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-csv", "CSV有" + errors.size() + "处错误，未导入任何条目",
                    "The CSV has " + errors.size() + " errors; nothing was imported", errors);
        }
        return entries;
    }

    private static boolean isHeader(List<String> cells) {
        return cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS);
    }

    /**
     * {@code true} or {@code false} in any case (a spreadsheet writes TRUE): anything else is a fault, not a silent
     * {@code false} — a blacklisted applicant typed in as "1" or "是" must not come in as in good standing.
     */
    private static Boolean flag(String text, String where, int n, Map<String, String> errors) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        errors.put(where, "第" + n + "行的是否字段应为true或false / row " + n + ": a yes/no field must be true or false");
        return null;
    }
}
