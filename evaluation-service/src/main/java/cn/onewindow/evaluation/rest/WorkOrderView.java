package cn.onewindow.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.evaluation.model.RectificationOrder;

/**
 * A rectification order as the API shows it: the order's own fields, unchanged (unwrapped), and
 * {@code deadlineProvisional} — the deadline was counted through a year whose holiday notice is not entered
 * (weekends alone), and moves when it is (EvaluationDeadlineRecount).
 */
public record WorkOrderView(@JsonUnwrapped RectificationOrder order, boolean deadlineProvisional) {
    static WorkOrderView of(RectificationOrder o, WorkingCalendar calendar) {
        return new WorkOrderView(o, o.deadline != null && o.openedAt != null && calendar.isProvisional(o.openedAt, o.deadline));
    }
}
