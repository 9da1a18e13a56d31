package cn.onewindow.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the service's own database over JDBC, to check what a call or an event wrote (or did not). */
public final class Sql {
    private Sql() {
    }

    /** A connection to the service's own database as its owner, from the service's configuration. */
    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    public static long count(String sql) {
        try (var c = connect();
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new AssertionError(sql + ": " + e, e);
        }
    }

    /** Runs one statement (test fixtures the API cannot make, e.g. a notice on a failing channel). */
    public static int execute(String sql) {
        try (var c = connect()) {
            return c.createStatement().executeUpdate(sql);
        } catch (Exception e) {
            throw new AssertionError(sql + ": " + e, e);
        }
    }

    /** The first column of the first row as text (null when there is no row). */
    public static String text(String sql) {
        try (var c = connect();
             var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new AssertionError(sql + ": " + e, e);
        }
    }

    /** Waits up to 30 s for {@code sql} to count {@code expected}; returns the last count. */
    public static long awaitCount(String sql, long expected) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long n = count(sql);
        while (n != expected && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            n = count(sql);
        }
        return n;
    }
}
