package cn.onewindow.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.problem.ProblemException;

class HttpStatusProblemsTest {
    @Test
    void everyStatusTheHttpLayerAnswersHasAProblemInBothLanguages() {
        for (int status : new int[] {400, 403, 404, 405, 413, 414, 415, 431, 418, 500, 502, 503}) {
            ProblemException p = HttpStatusProblems.of(status);
            assertThat(p.status()).isEqualTo(status);
            assertThat(p.code()).isNotBlank();
            assertThat(p.getMessage()).isNotBlank();
            assertThat(p.messageZh()).isNotBlank();
            assertThat(HttpStatusProblems.title(status)).isNotBlank();
            assertThat(HttpStatusProblems.titleZh(status)).isNotBlank();
        }
        assertThat(HttpStatusProblems.of(413).code()).isEqualTo("payload-too-large");
        assertThat(HttpStatusProblems.of(500).getMessage()).as("nothing of the failure leaks").isEqualTo("Internal error; it was logged");
    }

    @Test
    void authenticationFailuresAreLeftToQuarkusSecurity() {
        assertThat(HttpErrorsAsProblems.isAuthentication(new io.quarkus.security.UnauthorizedException())).isTrue();
        assertThat(HttpErrorsAsProblems.isAuthentication(new java.util.concurrent.CompletionException(
                new io.quarkus.security.AuthenticationFailedException()))).isTrue();
        assertThat(HttpErrorsAsProblems.isAuthentication(new io.quarkus.security.ForbiddenException())).isFalse();
        assertThat(HttpErrorsAsProblems.isAuthentication(new IllegalArgumentException("Invalid escape sequence"))).isFalse();
        assertThat(HttpErrorsAsProblems.isAuthentication(null)).isFalse();
    }
}
