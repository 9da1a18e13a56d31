package cn.onewindow.contracts.events;

import cn.onewindow.contracts.MalformedEventException;

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
