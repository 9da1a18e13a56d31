package cn.onewindow.intake.rest;

import java.sql.DriverManager;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the service's own database over JDBC, to check what a call wrote (or did not). */
final class Sql {
    private Sql() {
    }

    static long count(String sql) {
        var config = ConfigProvider.getConfig();
        try (var c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new AssertionError(sql + ": " + e, e);
        }
    }
}
