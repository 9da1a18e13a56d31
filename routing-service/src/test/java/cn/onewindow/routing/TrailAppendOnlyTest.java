package cn.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 全程留痕: the trail's append-only rule as the platform's script declares it (R__trail.sql), on routing's own database.
 * The rule names every column the chainer must leave alone; the columns here are read from the catalogue, so a column
 * added to the table and not to the rule fails this test. Everything happens in one transaction that is rolled back:
 * the service's chainer never sees the entry, and nothing is left behind.
 */
@QuarkusTest
class TrailAppendOnlyTest {
    /** What the chainer sets, once. */
    static final List<String> CHAIN_COLUMNS = List.of("position", "prev_hash", "hash");

    @Test
    void onlyTheChainersOneUpdateIsAllowedAndNeitherAnEditNorADeletion() throws SQLException {
        try (Connection c = Sql.connect()) {
            c.setAutoCommit(false);
            try {
                long seq = insertEntry(c);
                List<String[]> columns = columnsBesides(c, CHAIN_COLUMNS);
                assertThat(columns).extracting(col -> col[0]).contains("seq", "event_id", "actor_name", "delegation", "what");

                for (String[] col : columns) {
                    assertRefused(c, "update trail_entry set " + col[0] + " = " + changed(col[0], col[1]) + " where seq = " + seq,
                            "UPDATE");
                }
                assertRefused(c, "delete from trail_entry where seq = " + seq, "DELETE");

                // the chainer's update: position and hashes, once
                assertThat(update(c, "update trail_entry set position = -" + seq + ", prev_hash = 'genesis', hash = 'h1' where seq = " + seq))
                        .isEqualTo(1);
                // … and never again, not even to the same chain fields, and no edit of a chained entry either
                assertRefused(c, "update trail_entry set hash = 'h2' where seq = " + seq, "UPDATE");
                assertRefused(c, "update trail_entry set what = what || '·' where seq = " + seq, "UPDATE");
                assertRefused(c, "delete from trail_entry where seq = " + seq, "DELETE");
                assertRefused(c, "truncate trail_entry", "TRUNCATE");
            } finally {
                c.rollback();
            }
        }
    }

    private static void assertRefused(Connection c, String sql, String operation) throws SQLException {
        Savepoint before = c.setSavepoint();
        assertThatThrownBy(() -> update(c, sql)).as(sql).isInstanceOf(SQLException.class)
                .hasMessageContaining("the trail is append-only (全程留痕): " + operation + " refused");
        c.rollback(before);
    }

    /** A value that differs from the column's, whatever it holds (null included). */
    private static String changed(String column, String type) {
        return switch (type) {
            case "bigint", "integer" -> column + " + 1000000";
            case "uuid" -> "gen_random_uuid()";
            case "timestamp with time zone" -> column + " + interval '1 second'";
            case "text" -> "coalesce(" + column + " || '·', '·')";
            default -> throw new AssertionError("trail_entry." + column + " has a type this test cannot change: " + type);
        };
    }

    private static List<String[]> columnsBesides(Connection c, List<String> skipped) throws SQLException {
        var out = new ArrayList<String[]>();
        try (var rs = c.createStatement().executeQuery("select column_name, data_type from information_schema.columns "
                + "where table_schema = current_schema() and table_name = 'trail_entry' order by ordinal_position")) {
            while (rs.next()) {
                if (!skipped.contains(rs.getString(1))) {
                    out.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
        }
        return out;
    }

    private static long insertEntry(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("insert into trail_entry (event_id, aggregate_type, aggregate_id, event_type, "
                + "actor_id, actor_name, actor_post, actor_department, catalogue_version, occurred_at, what) values ('"
                + UUID.randomUUID() + "', 'case', 'TRAIL-TEST-" + UUID.randomUUID() + "', 'CaseRouted', 'u1', '张三', '综窗', 'HALL', "
                + "'AMR-0001@v1', now(), '分派') returning seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        return c.createStatement().executeUpdate(sql);
    }
}
