package cn.onewindow.intake.applicant.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.onewindow.platform.security.ApplicantRef;
import io.quarkus.runtime.StartupEvent;

/**
 * Intake puts the applicant's pseudonym on every CaseTakenIn: a production start without the hall's key
 * ({@code OW_APPLICANT_REF_KEY}) stops here, with what to set, instead of at the first take-in.
 */
@ApplicationScoped
class ApplicantRefAtStart {
    void check(@Observes StartupEvent start, ApplicantRef refs) {
        // making the bean checks the key (ApplicantRef's constructor)
    }
}
