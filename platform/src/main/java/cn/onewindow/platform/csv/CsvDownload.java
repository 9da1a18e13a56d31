package cn.onewindow.platform.csv;

import jakarta.ws.rs.core.Response;

/**
 * A CSV file as a REST answer: {@link CsvExport#MEDIA_TYPE}, and {@code Content-Disposition: attachment} so
 * the browser saves it under its name instead of showing it.
 */
public final class CsvDownload {
    private CsvDownload() {
    }

    /** {@code filename} is reduced to letters, digits, '.', '_' and '-': it goes into a header unescaped. */
    public static Response of(String filename, byte[] csv) {
        return Response.ok(csv, CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + safe(filename) + "\"")
                .build();
    }

    static String safe(String filename) {
        String s = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "export.csv" : s;
    }
}
