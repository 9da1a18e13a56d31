package cn.onewindow.evaluation.service;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.problem.ProblemException;

/**
 * Whose work order it is (#20): a department post acts only on its own department's orders — the
 * rectification order of the department whose service was rated, the supervision order of the lead
 * section the supervisor named — as approval's department API acts only on the department's own cases.
 * The supervisor steers every department's orders. Checked before the order's state, so another
 * department learns nothing of it but that it is not theirs.
 */
public final class DepartmentScope {
    private DepartmentScope() {
    }

    /** {@code department}: the order's (null while no department was named); {@code supervisor}: the actor holds that post. */
    public static void requireOwn(String department, Actor actor, boolean supervisor) {
        if (supervisor) {
            return;
        }
        if (department == null) {
            throw ProblemException.forbidden("other-department", "该工单尚未指定承办部门，只有督办人员可以办理",
                    "No department was named for this order yet; only the supervisor acts on it");
        }
        if (!department.equals(actor.department())) {
            throw ProblemException.forbidden("other-department", "该工单属于其他部门（" + department + "），无权办理",
                    "This order belongs to another department (" + department + ")");
        }
    }
}
