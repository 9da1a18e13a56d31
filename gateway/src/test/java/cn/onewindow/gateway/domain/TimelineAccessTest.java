package cn.onewindow.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineAccessTest {
    @Test
    void theHallsPostsSeeEveryCase() {
        for (String post : TimelineAccess.HALL_POSTS) {
            assertThat(TimelineAccess.mayOpen(List.of(post), null, List.of("TAX"), true)).as(post).isTrue();
        }
    }

    @Test
    void aDepartmentPostSeesItsOwnDepartmentsCasesOnly() {
        assertThat(TimelineAccess.mayOpen(List.of("department-reviewer"), "TAX", List.of("TAX"), true)).isTrue();
        assertThat(TimelineAccess.mayOpen(List.of("chief-representative"), "AMR", List.of("TAX"), true)).isFalse();
        assertThat(TimelineAccess.mayOpen(List.of("department-reviewer"), "AMR", List.of(), true)).as("not yet routed").isFalse();
        assertThat(TimelineAccess.mayOpen(List.of("department-reviewer"), null, List.of("TAX"), true)).as("no department").isFalse();
        // a case transferred from TAX to AMR: both departments handled it
        assertThat(TimelineAccess.mayOpen(List.of("department-reviewer"), "TAX", List.of("TAX", "AMR"), true)).isTrue();
    }

    @Test
    void aDepartmentPostHeldWithAHallPostSeesEveryCase() {
        assertThat(TimelineAccess.mayOpen(List.of("department-reviewer", "hall-admin"), "AMR", List.of("TAX"), true)).isTrue();
    }

    /** An unknown case answers as another department's does (404): neither tells which cases exist. */
    @Test
    void anUnknownCaseIsOpenToNoOne() {
        assertThat(TimelineAccess.mayOpen(List.of("department-reviewer"), "AMR", List.of(), false)).isFalse();
        for (String post : TimelineAccess.HALL_POSTS) {
            assertThat(TimelineAccess.mayOpen(List.of(post), null, List.of(), false)).as(post).isFalse();
        }
    }
}
