package cn.onewindow.platform.observability;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * HTTP latency as a histogram with a dozen fixed buckets (5 ms … 10 s), so Prometheus can compute p50,
 * p95 and p99 across instances ({@code histogram_quantile} in the Grafana dashboard) without the ~70
 * series per endpoint a full percentile histogram would add.
 */
public class LatencyBuckets {
    private static final double[] BUCKETS = {ms(5), ms(10), ms(25), ms(50), ms(100), ms(250), ms(500),
            ms(1000), ms(2500), ms(5000), ms(10000)};

    @Produces
    @Singleton
    MeterFilter httpLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().startsWith("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
            }
        };
    }

    private static double ms(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
