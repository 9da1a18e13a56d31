package cn.onewindow.intake.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.common.persistence.Pipeline;
import cn.onewindow.testsupport.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Writes sent together on the transaction's connection (real PostgreSQL): every statement is applied in order, and when
 * one fails the caller hears that statement's own failure — not PostgreSQL's "transaction is aborted" of the ones after
 * it — and nothing of the transaction stays.
 */
@QuarkusTest
class PipelineTest {
    private static final String COUNTER = "insert into case_number_counter (hall, day, last_value) values ($1, $2, $3)";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void everyStatementIsAppliedInOrderAndEachAnswersItsRowCount() throws Throwable {
        String series = "PIPE-" + UUID.randomUUID();
        int[] changed = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> new Pipeline()
                .add(COUNTER, series, DAY, 1)
                .add("update case_number_counter set last_value = last_value + 10 where hall = $1 and day = $2", series, DAY)
                .add("update case_number_counter set last_value = last_value * 2 where hall = $1", series + "-none")
                .run()));
        assertThat(changed).containsExactly(1, 1, 0);
        // the update saw the insert before it: (1 + 10)
        assertThat(Sql.count("select last_value from case_number_counter where hall = '" + series + "'")).isEqualTo(11);
    }

    @Test
    void theFirstFailureIsTheOneReportedAndNothingStays() {
        String series = "PIPE-" + UUID.randomUUID();
        Throwable failure = catchThrowable(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> new Pipeline()
                        .add(COUNTER, series, DAY, 1)
                        .add(COUNTER, series, DAY, 2) // the same key again: a unique violation
                        .add(COUNTER, series, DAY.plusDays(1), 3)
                        .run())));
        assertThat(failure).isNotNull();
        assertThat(chain(failure)).contains("23505").doesNotContain("25P02");
        assertThat(Sql.count("select count(*) from case_number_counter where hall = '" + series + "'")).isZero();
    }

    @Test
    void aPipelineThatRanTakesNoMoreStatements() throws Throwable {
        var writes = new Pipeline();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(writes::run))).isEmpty();
        assertThat(catchThrowable(() -> writes.add(COUNTER, "PIPE-late", DAY, 1))).isInstanceOf(IllegalStateException.class);
    }

    private static String chain(Throwable t) {
        var all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c).append('\n');
        }
        return all.toString();
    }
}
