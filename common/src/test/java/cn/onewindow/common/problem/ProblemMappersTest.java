package cn.onewindow.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {
    @Test
    void aConcurrentChangeIsAConflictToRetryNotAnInternalError() {
        var wrapped = new CompletionException(new StaleObjectStateException("ApprovalCase", "T-1"));
        var response = new ProblemMappers().unexpected(wrapped, null);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("concurrent-change");
        assertThat(new ProblemMappers().unexpected(new IllegalStateException("boom"), null).getStatus()).isEqualTo(500);
    }
}
