package cn.onewindow.platform.problem;

import java.util.Map;

/** A refusal the caller should understand: carries the HTTP status and both languages. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final String messageZh;
    private final Map<String, String> errors;

    public ProblemException(int status, String code, String messageZh, String messageEn) {
        this(status, code, messageZh, messageEn, null);
    }

    public ProblemException(int status, String code, String messageZh, String messageEn, Map<String, String> errors) {
        super(messageEn);
        this.status = status;
        this.code = code;
        this.messageZh = messageZh;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "未找到" + what + "：" + id, what + " not found: " + id);
    }

    public static ProblemException forbidden(String code, String zh, String en) {
        return new ProblemException(403, code, zh, en);
    }

    public static ProblemException conflict(String code, String zh, String en) {
        return new ProblemException(409, code, zh, en);
    }

    public static ProblemException invalid(String code, String zh, String en) {
        return new ProblemException(400, code, zh, en);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
