package cn.onewindow.gateway.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.onewindow.platform.security.Posts;

/**
 * Who may open a case's timeline. The hall's own posts (window, mid-desk, runner, issuance, supervision,
 * administration, operations) serve every case and see every timeline. Staff who hold only a department
 * post (审批人员, 首席代表) see the cases their department handles or handled — those whose events name it —
 * and no other department's files: the timeline carries names and what was done. A case with no event is
 * no one's to open: to whoever may not open a case, it answers as an unknown case does (404), so the answer
 * does not tell which cases exist.
 */
public final class TimelineAccess {
    static final Set<String> HALL_POSTS = Set.of(Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.MATERIAL_RUNNER, Posts.ISSUANCE_CLERK,
            Posts.SUPERVISOR, Posts.HALL_ADMIN, Posts.OPERATOR);

    private TimelineAccess() {
    }

    /**
     * @param posts       every post the user holds
     * @param department  the department in the user's token (null if none)
     * @param departments the departments the case's events name, in any order
     * @param known       whether the case has any event at all (an unknown case is open to no one)
     */
    public static boolean mayOpen(Collection<String> posts, String department, List<String> departments, boolean known) {
        if (!known) {
            return false;
        }
        if (posts.stream().anyMatch(HALL_POSTS::contains)) {
            return true;
        }
        return department != null && !department.isBlank() && departments.contains(department);
    }
}
