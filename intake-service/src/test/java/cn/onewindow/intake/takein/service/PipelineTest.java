package cn.onewindow.intake.takein.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.intake.credit.model.ApplicantCredit;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.testsupport.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Writes sent together on the transaction's connection (real PostgreSQL): every statement is applied in order, and when
 * one fails the caller hears that statement's own failure — not PostgreSQL's "transaction is aborted" of the ones after
 * it — and nothing of the transaction stays. A value the database works out in the pipeline (the case number) reaches the
 * later statements' texts and Java's, formatted as Java formats it.
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

    @Test
    void aDeferredValueIsPutInEveryLaterTextThatHoldsItsPlaceholderAndJavaLearnsItAfterTheRun() throws Throwable {
        String series = "PIPE-" + UUID.randomUUID();
        var writes = new Pipeline();
        List<String> logged = new ArrayList<>();
        String[] placeholders = new String[2];
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            writes.add(COUNTER, series, DAY, 41);
            placeholders[0] = new CaseNumbers().reserve(writes, series, DAY);
            placeholders[1] = new CaseNumbers().reserve(writes, series, DAY);
            // both values inside one text, one of them twice, and a text without any
            writes.add(COUNTER, "{\"case\":\"" + placeholders[0] + "\",\"next\":\"" + placeholders[1] + "\",\"again\":\""
                    + placeholders[0] + "\"}", DAY, 7);
            writes.add(COUNTER, placeholders[1], DAY, 8);
            writes.add(COUNTER, series + "-plain", DAY, 9);
            writes.whenSent(() -> logged.add(writes.fill("case " + placeholders[0])));
            assertThat(catchThrowable(() -> writes.fill(placeholders[0]))).isInstanceOf(IllegalStateException.class);
            return writes.run();
        }));
        String first = CaseNumbers.format(series, DAY, 42);
        String second = CaseNumbers.format(series, DAY, 43);
        assertThat(writes.fill(placeholders[0])).isEqualTo(first);
        assertThat(writes.fill("[" + placeholders[1] + "]")).isEqualTo("[" + second + "]");
        assertThat(logged).containsExactly("case " + first);
        assertThat(Sql.count("select last_value from case_number_counter where hall = '" + series + "'")).isEqualTo(43);
        assertThat(Sql.count("select last_value from case_number_counter where hall = '{\"case\":\"" + first + "\",\"next\":\""
                + second + "\",\"again\":\"" + first + "\"}'")).isEqualTo(7);
        assertThat(Sql.count("select last_value from case_number_counter where hall = '" + second + "'")).isEqualTo(8);
        assertThat(Sql.count("select last_value from case_number_counter where hall = '" + series + "-plain'")).isEqualTo(9);
        assertThat(Sql.count("select count(*) from case_number_counter where hall like '%{deferred:%'")).isZero();
    }

    @Test
    void theDatabaseFormatsANumberAsJavaDoesPastAMillionToo() throws Throwable {
        String series = "PIPE-" + UUID.randomUUID();
        var writes = new Pipeline();
        String[] placeholder = new String[1];
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            writes.add(COUNTER, series, DAY, 999_999);
            placeholder[0] = new CaseNumbers().reserve(writes, series, DAY);
            return writes.run();
        }));
        assertThat(writes.fill(placeholder[0])).isEqualTo(CaseNumbers.format(series, DAY, 1_000_000))
                .isEqualTo(series + "-20261201-1000000");
    }

    @Test
    void aFailureAfterANumberGivesTheNumberBackAndNoTextKeepsAPlaceholder() {
        String series = "PIPE-" + UUID.randomUUID();
        Sql.execute("insert into case_number_counter (hall, day, last_value) values ('" + series + "', '2026-12-01', 5)");
        var writes = new Pipeline();
        Throwable failure = catchThrowable(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            String number = new CaseNumbers().reserve(writes, series, DAY);
            writes.add(COUNTER, number, DAY, 1);
            writes.add(COUNTER, number, DAY, 2); // the same key again: a unique violation
            return writes.run();
        })));
        assertThat(chain(failure)).contains("23505");
        // rolled back: the next take-in gets 6, gap-free
        assertThat(Sql.count("select last_value from case_number_counter where hall = '" + series + "'")).isEqualTo(5);
        assertThat(Sql.count("select count(*) from case_number_counter where hall like '" + series + "-%'")).isZero();
    }

    @Test
    void runAndCommitCommitsTheWritesAndTheSessionsChangesBeforeTheCallersTransactionEnds() throws Throwable {
        String series = "PIPE-" + UUID.randomUUID();
        var writes = new Pipeline();
        String[] placeholder = new String[1];
        long[] seenMeanwhile = new long[3];
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            var credit = credit(series); // a change the session holds, not yet flushed
            return credit.persist().flatMap(persisted -> {
                placeholder[0] = new CaseNumbers().reserve(writes, series, DAY);
                writes.add(COUNTER, placeholder[0], DAY, 7);
                return writes.runAndCommit();
            }).invoke(changed -> {
                // the caller's transaction is still open: another connection already sees all of it
                seenMeanwhile[0] = Sql.count("select last_value from case_number_counter where hall = '" + series + "'");
                seenMeanwhile[1] = Sql.count("select count(*) from case_number_counter where hall = '" + writes.fill(placeholder[0]) + "'");
                seenMeanwhile[2] = Sql.count("select count(*) from applicant_credit where id_number = '" + series + "'");
            });
        }));
        assertThat(seenMeanwhile).containsExactly(1, 1, 1);
        assertThat(writes.fill(placeholder[0])).isEqualTo(CaseNumbers.format(series, DAY, 1));
    }

    @Test
    void aFailureInARunAndCommitRollsEverythingBackAndGivesTheNumberBack() {
        String series = "PIPE-" + UUID.randomUUID();
        Sql.execute("insert into case_number_counter (hall, day, last_value) values ('" + series + "', '2026-12-01', 5)");
        var writes = new Pipeline();
        Throwable failure = catchThrowable(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> credit(series).persist().flatMap(persisted -> {
                    String number = new CaseNumbers().reserve(writes, series, DAY);
                    writes.add(COUNTER, number, DAY, 1);
                    writes.add(COUNTER, number, DAY, 2); // the same key again: a unique violation
                    return writes.runAndCommit();
                }))));
        assertThat(chain(failure)).contains("23505").doesNotContain("25P02");
        assertThat(Sql.count("select last_value from case_number_counter where hall = '" + series + "'")).isEqualTo(5);
        assertThat(Sql.count("select count(*) from case_number_counter where hall like '" + series + "-%'")).isZero();
        assertThat(Sql.count("select count(*) from applicant_credit where id_number = '" + series + "'")).isZero();
    }

    @Test
    void aWriteAfterRunAndCommitFailsRatherThanCommittingApartFromTheWrites() {
        String series = "PIPE-" + UUID.randomUUID();
        Throwable failure = catchThrowable(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> new Pipeline().add(COUNTER, series, DAY, 1).add(COUNTER, series + "-second", DAY, 2).runAndCommit()
                        .flatMap(sent -> SessionSql.update(COUNTER, series + "-late", DAY, 3)))));
        assertThat(chain(failure)).contains("25006"); // read-only transaction
        assertThat(Sql.count("select count(*) from case_number_counter where hall in ('" + series + "', '" + series
                + "-second')")).isEqualTo(2);
        assertThat(Sql.count("select count(*) from case_number_counter where hall = '" + series + "-late'")).isZero();
    }

    private static ApplicantCredit credit(String idNumber) {
        var credit = new ApplicantCredit();
        credit.idNumber = idNumber;
        credit.name = "流水线测试";
        credit.kind = "PERSON";
        credit.creditLevel = "A";
        credit.updatedBy = "pipeline-test";
        credit.updatedAt = Instant.parse("2026-12-01T02:00:00Z");
        return credit;
    }

    private static String chain(Throwable t) {
        var all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c).append('\n');
        }
        return all.toString();
    }
}
