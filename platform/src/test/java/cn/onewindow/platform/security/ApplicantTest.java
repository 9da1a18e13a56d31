package cn.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** An applicant is the role plus a checked real-name identity; anything less is refused with the same 403. */
class ApplicantTest {
    static final String PERSON_ID = "11010519491231002X";      // GB 11643's example: valid check digit
    static final String ORG_CODE = "91350100M000100Y43";       // valid MOD 31 check character

    static SecurityIdentity identity(Map<String, Object> claims, String... roles) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "applicant-sub";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        var b = QuarkusSecurityIdentity.builder().setPrincipal(jwt);
        for (String r : roles) {
            b.addRole(r);
        }
        return b.build();
    }

    static Map<String, Object> person(String idNumber) {
        Map<String, Object> c = new HashMap<>();
        c.put("id_number", idNumber);
        c.put("name", "张三");
        c.put("applicant_kind", "PERSON");
        return c;
    }

    @Test
    void aPersonWithTheRoleAndAValidIdNumber() {
        Applicant a = Applicant.from(identity(person(PERSON_ID), Applicant.ROLE));
        assertThat(a).isEqualTo(new Applicant(PERSON_ID, "张三", Applicant.Kind.PERSON, null, null));
        assertThat(a.caseNumber()).isEqualTo(PERSON_ID);
        assertThat(a.toString()).doesNotContain(PERSON_ID);
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsRefused() {
        assertRefused(identity(person("110105194912310029"), Applicant.ROLE));
        assertRefused(identity(person(null), Applicant.ROLE));
    }

    @Test
    void theRoleIsRequiredWhateverTheClaims() {
        assertRefused(identity(person(PERSON_ID)));
        assertRefused(identity(person(PERSON_ID), Posts.WINDOW_CLERK));
        assertThat(Applicant.isApplicant(identity(person(PERSON_ID), Posts.WINDOW_CLERK))).isFalse();
    }

    @Test
    void anonymousIsUnauthenticatedNotForbidden() {
        assertThatThrownBy(() -> Applicant.from(QuarkusSecurityIdentity.builder().setAnonymous(true).build()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void anOrganisationsAgentCarriesTheOrganisationsCode() {
        Map<String, Object> c = person(PERSON_ID);
        c.put("applicant_kind", "ORGANISATION");
        c.put("org_code", ORG_CODE);
        c.put("org_name", "示范科技有限公司");
        Applicant a = Applicant.from(identity(c, Applicant.ROLE));
        assertThat(a.kind()).isEqualTo(Applicant.Kind.ORGANISATION);
        assertThat(a.orgCode()).isEqualTo(ORG_CODE);
        assertThat(a.orgName()).as("from the token, never from the request").isEqualTo("示范科技有限公司");
        assertThat(a.idNumber()).as("the agent's own number").isEqualTo(PERSON_ID);
        assertThat(a.caseNumber()).isEqualTo(ORG_CODE);

        c.put("org_code", "91350100M000100Y44");
        assertRefused(identity(c, Applicant.ROLE));
        c.remove("org_code");
        assertRefused(identity(c, Applicant.ROLE));
    }

    @Test
    void anOrganisationsAgentWithoutTheOrganisationsNameIsRefused() {
        Map<String, Object> c = person(PERSON_ID);
        c.put("applicant_kind", "ORGANISATION");
        c.put("org_code", ORG_CODE);
        assertRefused(identity(c, Applicant.ROLE));
        c.put("org_name", "  ");
        assertRefused(identity(c, Applicant.ROLE));
    }

    @Test
    void aPersonsOrganisationClaimsAreIgnored() {
        Map<String, Object> c = person(PERSON_ID);
        c.put("org_name", "示范科技有限公司");
        assertThat(Applicant.from(identity(c, Applicant.ROLE)).orgName()).isNull();
    }

    @Test
    void anUnknownKindIsRefused() {
        Map<String, Object> c = person(PERSON_ID);
        c.put("applicant_kind", "ROBOT");
        assertRefused(identity(c, Applicant.ROLE));
        c.remove("applicant_kind");
        assertRefused(identity(c, Applicant.ROLE));
    }

    @Test
    void theApplicantsRoleIsNoStaffPost() {
        assertThat(Posts.ALL).doesNotContain(Applicant.ROLE).contains(Posts.PRE_REVIEWER);
    }

    private static void assertRefused(SecurityIdentity identity) {
        assertThatThrownBy(() -> Applicant.from(identity)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("not-an-applicant");
        });
    }
}
