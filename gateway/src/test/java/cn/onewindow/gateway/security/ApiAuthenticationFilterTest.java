package cn.onewindow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which /api/ paths a caller with neither token nor session may reach; every other one answers 401. */
class ApiAuthenticationFilterTest {
    @Test
    void theServiceGuideIsPublicAndTheStaffCatalogueIsNot() {
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/guide/items/AMR-0001")).isTrue();
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/guide/lists/only-once")).isTrue();
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/catalogue/items/AMR-0001")).isFalse();
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/guidebook")).isFalse();
        assertThat(ApiAuthenticationFilter.isPublic("/api/issuance/public/certificates/keys")).isTrue();
    }

    @Test
    void theTerminalsHelpButtonIsPublicAndTheHelpDeskIsNot() {
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/public/help-requests")).isTrue();
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/public/help-requests/1/answer")).isFalse();
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/public/anything")).isFalse();
        assertThat(ApiAuthenticationFilter.isPublic("/api/intake/help-requests")).isFalse();
    }
}
