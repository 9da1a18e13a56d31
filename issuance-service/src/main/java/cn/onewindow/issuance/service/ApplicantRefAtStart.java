package cn.onewindow.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.onewindow.platform.security.ApplicantRef;
import io.quarkus.runtime.StartupEvent;

/**
 * Issuance finds an applicant's notices and certificates by the pseudonym intake computed: a production start without
 * the hall's key ({@code OW_APPLICANT_REF_KEY}) stops here, with what to set, instead of at an applicant's first call.
 */
@ApplicationScoped
class ApplicantRefAtStart {
    void check(@Observes StartupEvent start, ApplicantRef refs) {
        // making the bean checks the key (ApplicantRef's constructor)
    }
}
