package cn.onewindow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads every service's database directly after a run (each service owns one; user and password ow_&lt;name&gt;). */
public class Databases {
    private final int port;

    public Databases(int port) {
        this.port = port;
    }

    public Connection open(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/ow_" + service, "ow_" + service,
                "ow_" + service);
    }

    public long scalar(String service, String sql, Object... params) throws SQLException {
        try (Connection c = open(service); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public List<Object[]> rows(String service, String sql, Object... params) throws SQLException {
        try (Connection c = open(service); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<Object[]> out = new ArrayList<>();
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = r.getObject(i + 1);
                }
                out.add(row);
            }
            return out;
        }
    }

    /** A {@code String[]} parameter becomes a text array, for {@code = any(?)}. */
    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof String[] a) {
                s.setArray(i + 1, c.createArrayOf("text", a));
            } else {
                s.setObject(i + 1, params[i]);
            }
        }
        return s;
    }
}
