package cn.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The journey learns when its case reached the feed, whichever of the two comes first — and never waits for ever. */
class QueueWatcherTest {
    final QueueWatcher watcher = new QueueWatcher(null, null, 0);
    final Instant at = Instant.parse("2026-11-29T06:00:00Z");

    @Test
    void aCaseSeenBeforeItsJourneyAsksIsKnownAtOnce() throws Exception {
        watcher.seen("DX-1", at);
        assertThat(watcher.queued("DX-1").get(1, TimeUnit.SECONDS)).isEqualTo(at);
    }

    @Test
    void aJourneyAskingFirstLearnsWhenTheFeedShowsItsCase() throws Exception {
        CompletableFuture<Instant> waiting = watcher.queued("DX-2");
        assertThat(waiting).isNotDone();
        watcher.seen("DX-2", at);
        assertThat(waiting.get(1, TimeUnit.SECONDS)).isEqualTo(at);
    }

    /** The feed and the journeys on their own threads, released together: every journey hears of its case. */
    @Test
    void askingAndSeeingAtTheSameInstantLosesNoCase() throws Exception {
        int n = 20_000;
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Instant>> journeys = new ArrayList<>(n);
        Thread feed = new Thread(() -> {
            await(go);
            for (int i = 0; i < n; i++) {
                watcher.seen("DX-" + i, at);
            }
        });
        feed.start();
        go.countDown();
        for (int i = 0; i < n; i++) {
            journeys.add(watcher.queued("DX-" + i, Duration.ofSeconds(20)));
        }
        feed.join();
        CompletableFuture.allOf(journeys.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(journeys).allSatisfy(j -> assertThat(j.getNow(null)).isEqualTo(at));
    }

    @Test
    void aCaseNeverSeenFailsItsJourneyWithTheReason() {
        assertThatThrownBy(() -> watcher.queued("DX-lost", Duration.ofMillis(50)).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("case DX-lost not seen on the department feed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
