package cn.onewindow.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.onewindow.contracts.vocabulary.IdentityNumbers;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * An applicant (申请人) logged in through Keycloak with the realm role {@value #ROLE} and the real-name (实名) claims
 * {@code id_number}, {@code name}, {@code applicant_kind} and, for an organisation, {@code org_code} and
 * {@code org_name}. For an organisation the person logged in is its agent: {@code idNumber} is the agent's own resident
 * ID number, {@code orgCode} the organisation's unified social credit code (统一社会信用代码), whose cases the agent
 * sees, and {@code orgName} its registered name as the realm's administrators set it (never typed by the agent: a
 * pre-review names the organisation from here).
 *
 * <p>Every service that serves an applicant reads them here and checks the numbers itself (the same check digits the
 * window checks), so a token with a role but no valid identity serves nothing. The role is never a staff post
 * ({@link Posts#ALL}): a staff endpoint refuses an applicant, and an applicant endpoint refuses staff.
 */
public record Applicant(String idNumber, String name, Kind kind, String orgCode, String orgName) {
    /** The realm role of every applicant. */
    public static final String ROLE = "applicant";

    /** Whom the applicant is: a natural person (自然人) or an organisation (法人和其他组织) through its agent. */
    public enum Kind { PERSON, ORGANISATION }

    /** The number the applicant's cases are filed under: the organisation's code, else the person's ID number. */
    public String caseNumber() {
        return kind == Kind.ORGANISATION ? orgCode : idNumber;
    }

    /**
     * The applicant behind the request.
     *
     * @throws ProblemException 401 for no login; 403 {@code not-an-applicant} for a token without the role or
     *                          without a valid identity (ID number, kind, and for an organisation its code and name)
     */
    public static Applicant from(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new ProblemException(401, "unauthenticated", "未登录或令牌无效", "Authentication is required");
        }
        if (!identity.hasRole(ROLE) || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw notAnApplicant("该账号不是申请人账号", "This login is not an applicant's");
        }
        return from(claim(jwt, "id_number"), claim(jwt, "name"), claim(jwt, "applicant_kind"), claim(jwt, "org_code"),
                claim(jwt, "org_name"));
    }

    /** The applicant the claims name, checked as {@link #from(SecurityIdentity)} does (the role aside). */
    static Applicant from(String idNumber, String name, String kind, String orgCode, String orgName) {
        if (!IdentityNumbers.isResidentId(idNumber)) {
            throw notAnApplicant("令牌中的居民身份证号码缺失或无效（实名信息不全）",
                    "The token carries no valid resident ID number (real-name identity incomplete)");
        }
        if (name == null || name.isBlank()) {
            throw notAnApplicant("令牌中没有申请人姓名（实名信息不全）", "The token carries no name (real-name identity incomplete)");
        }
        Kind k;
        try {
            k = kind == null ? null : Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            k = null;
        }
        if (k == null) {
            throw notAnApplicant("令牌中的申请人类型应为PERSON或ORGANISATION", "The token's applicant_kind must be PERSON or ORGANISATION");
        }
        if (k == Kind.ORGANISATION && !IdentityNumbers.isUnifiedSocialCreditCode(orgCode)) {
            throw notAnApplicant("令牌中的统一社会信用代码缺失或无效", "The token carries no valid unified social credit code for the organisation");
        }
        if (k == Kind.ORGANISATION && (orgName == null || orgName.isBlank())) {
            throw notAnApplicant("令牌中没有单位名称（实名信息不全）", "The token carries no organisation name (real-name identity incomplete)");
        }
        return k == Kind.ORGANISATION ? new Applicant(idNumber, name.strip(), k, orgCode, orgName.strip())
                : new Applicant(idNumber, name.strip(), k, null, null);
    }

    /** Whether the identity holds the applicant role (whatever its claims): such a caller is never staff. */
    public static boolean isApplicant(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.hasRole(ROLE);
    }

    private static ProblemException notAnApplicant(String zh, String en) {
        return ProblemException.forbidden("not-an-applicant", zh, en);
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object v = jwt.getClaim(name);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The ID number stays out of logs and problem details. */
    @Override
    public String toString() {
        return "Applicant[" + kind + ", " + name + "]";
    }
}
