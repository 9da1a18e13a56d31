package cn.onewindow.approval.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.approval.domain.Remedies;

/**
 * Who hears the applicant's remedies against one department's decision. Reconsideration goes to the people's
 * government at the same level unless the hall configures the department's own body (a vertically led
 * department: its superior, 行政复议法 art. 27) as {@code onewindow.remedies.department.<CODE>.reconsideration-body};
 * litigation goes to the configured people's court.
 */
@ApplicationScoped
public class RemedyBodies {
    private final Config config;
    private final String reconsiderationBody;
    private final String court;

    public RemedyBodies(Config config,
                        @ConfigProperty(name = "onewindow.remedies.reconsideration-body") String reconsiderationBody,
                        @ConfigProperty(name = "onewindow.remedies.court") String court) {
        this.config = config;
        this.reconsiderationBody = reconsiderationBody;
        this.court = court;
    }

    public Remedies forDepartment(String departmentCode) {
        String own = config.getOptionalValue("onewindow.remedies.department." + departmentCode + ".reconsideration-body",
                String.class).orElse(reconsiderationBody);
        return new Remedies(own, court);
    }
}
