package cn.onewindow.common.events.cases;

import cn.onewindow.common.events.MalformedEventException;

/** Checks an event's required fields as it is read, so a consumer never acts on half an event. */
final class Contract {
    private Contract() {
    }

    static void require(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new MalformedEventException("missing required field " + field);
        }
    }
}
