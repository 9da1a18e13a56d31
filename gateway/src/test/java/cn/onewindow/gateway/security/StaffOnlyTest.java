package cn.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an applicant's login reaches, decided on the very segments the proxy forwards, however the path is spelt. */
class StaffOnlyTest {
    @ParameterizedTest
    @ValueSource(strings = { "/api/intake/applicant/cases", "/api/intake/applicant/cases/DX-20261202-000001",
            "/api/issuance/applicant/notices", "/api/intake/%61pplicant/cases", "/api/me", "/logout" })
    void theApplicantsOwnOperations(String path) {
        assertThat(StaffOnly.applicantMayReach(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/index.html", "/api/timeline/X", "/api/events/stream", "/api-docs/", "/api/intake/cases/mine",
            "/api/intake/applicant", "/api/intake/applicant/", "/api/applicant/cases", "/api/keycloak/applicant/x",
            "/api/intake/applicant/%2e%2e/cases/mine", "/api/intake/applicant/..%2Fcases", "/api/intake/x/applicant/cases",
            "/api/me/x", "/api/intake/APPLICANT/cases" })
    void nothingElse(String path) {
        assertThat(StaffOnly.applicantMayReach(path)).isFalse();
    }
}
