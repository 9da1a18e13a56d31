package cn.onewindow.systemtests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a service's own database directly, to check its final state. */
public final class Db {
    private Db() {
    }

    public static List<Map<String, Object>> query(String db, String sql, Object... args) {
        try (Connection c = Suite.db(db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a instanceof Collection<?> col) {
                    Array arr = c.createArrayOf("text", col.toArray());
                    ps.setArray(i + 1, arr);
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (Exception e) {
            throw new AssertionError("query on ow_" + db + " failed: " + sql + ": " + e, e);
        }
    }

    public static Map<String, Object> one(String db, String sql, Object... args) {
        List<Map<String, Object>> rows = query(db, sql, args);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from ow_" + db + " but got " + rows.size() + ": " + sql);
        }
        return rows.get(0);
    }

    public static long count(String db, String sql, Object... args) {
        return ((Number) one(db, sql, args).values().iterator().next()).longValue();
    }

    /**
     * The count once it equals {@code expected}, or the last one read after a minute: for a row a service writes a
     * moment after what the test saw (the relay marks an event sent only once the broker acknowledged it).
     */
    public static long awaitCount(long expected, String db, String sql, Object... args) {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        long n = count(db, sql, args);
        while (n != expected && System.nanoTime() < end) {
            Http.sleep(250);
            n = count(db, sql, args);
        }
        return n;
    }
}
