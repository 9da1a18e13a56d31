package cn.onewindow.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * An applicant's keyed pseudonym: hex HMAC-SHA256, under the hall's secret, of the number the applicant's cases are
 * filed under — the resident ID number of a person, the unified social credit code of an organisation — with the kind
 * in front ({@code PERSON:} / {@code ORGANISATION:}) so that a person and an organisation can never share one.
 * Intake puts it on {@code CaseTakenIn}; services other than intake store it with their case and find an applicant's
 * data by it without ever holding the ID number. Without the key the pseudonym cannot be turned back into a number
 * by trying all ID numbers (there are few enough to try them all against a plain hash).
 *
 * <p>The key ({@code onewindow.applicant-ref.key}, {@code OW_APPLICANT_REF_KEY}) is the same in every service and is
 * never rotated: a new key would orphan every stored pseudonym. There is no default: only a dev or test launch may go
 * without it, and then uses a random key of its own (other processes compute other pseudonyms).
 */
@Singleton
public class ApplicantRef {
    public static final String PROPERTY = "onewindow.applicant-ref.key";
    public static final String ENV = "OW_APPLICANT_REF_KEY";
    private static final Logger LOG = Logger.getLogger(ApplicantRef.class);
    /** Set up once with the key (it is on every take-in): no Mac look-up and key set-up per pseudonym. */
    private final SigningKeys.Hmac hmac;

    @Inject
    public ApplicantRef(ApplicantRefSettings settings) {
        this(settings.key(), LaunchMode.current() != null && LaunchMode.current().isDevOrTest());
    }

    /**
     * @throws IllegalStateException with what to set, when the key is missing (outside dev and test), short, or a
     *                               value that was published in the repository
     */
    public ApplicantRef(Optional<String> configured, boolean devOrTestLaunch) {
        this.hmac = new SigningKeys.Hmac(key(configured, devOrTestLaunch));
    }

    /** The pseudonym of the applicant behind a login. */
    public String of(Applicant applicant) {
        return of(applicant.kind().name(), applicant.caseNumber());
    }

    /**
     * The pseudonym of an applicant as the window records one: {@code kind} PERSON or ORGANISATION, {@code number}
     * the person's ID number or the organisation's code (as the take-in holds them); null when either is missing.
     */
    public String of(String kind, String number) {
        if (kind == null || number == null || number.isBlank()) {
            return null;
        }
        return HexFormat.of().formatHex(hmac.of(kind + ":" + number.strip()));
    }

    private static SigningKeys.Key key(Optional<String> configured, boolean devOrTestLaunch) {
        String secret = configured.map(String::strip).orElse("");
        if (secret.isEmpty()) {
            if (!devOrTestLaunch) {
                throw new IllegalStateException(PROPERTY + " is not set (environment variable " + ENV + "). It keys the "
                        + "applicants' pseudonyms, the same random secret of at least " + SigningKeys.MIN_SECRET_LENGTH
                        + " characters in every service, never changed once cases carry it: e.g. " + ENV
                        + "=$(openssl rand -hex 32). The local run generates it (.local/<profile>/secrets.env, written by "
                        + "deploy/local/env.sh); on Kubernetes it comes from the Secret onewindow-secrets (deploy/k8s/secrets.sh). "
                        + "See docs/runbook.md, \"Secrets\".");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            LOG.warnf("%s (%s) is not set: this dev/test run keys the applicants' pseudonyms with a random key of its own, "
                    + "which no other process shares", PROPERTY, ENV);
            return new SigningKeys.Key("ephemeral", HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII));
        }
        String known = SigningKeys.published(secret);
        if (known != null) {
            throw new IllegalStateException(PROPERTY + " (" + ENV + ") refused: it is " + known
                    + "; generate a random one (openssl rand -hex 32)");
        }
        if (secret.length() < SigningKeys.MIN_SECRET_LENGTH) {
            throw new IllegalStateException(PROPERTY + " (" + ENV + ") refused: shorter than "
                    + SigningKeys.MIN_SECRET_LENGTH + " characters");
        }
        return new SigningKeys.Key("applicant-ref", secret.getBytes(StandardCharsets.UTF_8));
    }
}
