package cn.onewindow.intake.hall;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The tests' staff work at the home hall unless their token names a hall (区域通办): the component tests written before
 * halls log in with {@code @TestSecurity} alone, which carries no claims, while every user of the realm has a hall. A
 * test acting at another hall names it ({@code @OidcSecurity(claims = @Claim(key = "hall", value = "JZ"))}). The
 * production rule — a token without a hall is refused (403 no-hall) — is the platform's CurrentActor's.
 */
@Alternative
@Priority(1)
@RequestScoped
public class HomeHallActor extends CurrentActor {
    public static final String HOME = "DX";

    @Inject
    public HomeHallActor(SecurityIdentity identity) {
        super(identity);
    }

    /** For the request scope's client proxy, which delegates every call to the request's instance. */
    protected HomeHallActor() {
        super(null);
    }

    @Override
    public String hall() {
        try {
            return super.hall();
        } catch (ProblemException noHall) {
            return HOME;
        }
    }
}
