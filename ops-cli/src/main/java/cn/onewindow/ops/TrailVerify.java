package cn.onewindow.ops;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import cn.onewindow.platform.trail.TrailChain;

/**
 * {@code ow trail verify --db <service database>}: reads the service's trail (全程留痕) in chain order and
 * checks every link and hash; prints each break (an edited or deleted entry) and fails if there is one.
 */
final class TrailVerify {
    /** The services that keep a trail of their acts on cases: what the shell completes after --db. */
    static final List<String> DATABASES = List.of("intake", "routing", "approval", "issuance", "evaluation");

    static final class Databases implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DATABASES.iterator();
        }
    }

    private final PrintWriter out;

    TrailVerify(PrintWriter out) {
        this.out = out;
    }

    /** Returns the number of breaks found (0: the trail is whole). */
    int run(String jdbcUrl, String user, String password) throws SQLException {
        List<TrailChain.Entry> entries = new ArrayList<>();
        long waiting;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("select * from trail_entry where position is not null order by position")) {
                while (rs.next()) {
                    entries.add(new TrailChain.Entry(rs.getLong("position"), rs.getString("event_id"),
                            rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("event_type"),
                            rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("actor_post"),
                            rs.getString("actor_department"), rs.getString("delegation"), rs.getString("catalogue_version"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("what"),
                            rs.getString("prev_hash"), rs.getString("hash")));
                }
            }
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from trail_entry where position is null")) {
                rs.next();
                waiting = rs.getLong(1);
            }
        }
        List<String> problems = TrailChain.verify(entries);
        problems.forEach(p -> out.println("BROKEN  " + p));
        out.printf("%s: %d entries checked, %d breaks, %d not chained yet%n", jdbcUrl, entries.size(), problems.size(), waiting);
        return problems.size();
    }

    /** The local run's database of a service: 127.0.0.1:$OW_PG_PORT/ow_<db>, user and password ow_<db>. */
    static String localUrl(String db) {
        String port = System.getenv().getOrDefault("OW_PG_PORT", "15432");
        return "jdbc:postgresql://127.0.0.1:" + port + "/ow_" + db;
    }
}
