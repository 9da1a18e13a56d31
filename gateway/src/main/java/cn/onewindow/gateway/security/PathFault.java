package cn.onewindow.gateway.security;

/** Why the gateway refuses a request path, in both languages: the reason goes into the 400 problem. */
public enum PathFault {
    UNENCODED_CHARACTER("含有必须经百分号编码的字符（如空格、引号、方括号、反斜杠）",
            "it holds a character that must be percent-encoded (a space, a quote, a bracket, a backslash…)"),
    QUERY_CHARACTER("查询参数中含有必须经百分号编码的字符（如空格、引号、花括号、反斜杠）",
            "its query holds a character that must be percent-encoded (a space, a quote, a brace, a backslash…)"),
    NOT_ORIGIN_FORM("请求目标不是以 / 开头的路径", "the request target is not a path starting with /"),
    MALFORMED_ESCAPE("含有不完整的百分号编码", "it holds a malformed percent-encoding"),
    NOT_UTF8("百分号编码不是有效的 UTF-8", "its percent-encoding is not valid UTF-8"),
    ENCODED_SEPARATOR("含有编码的斜杠或反斜杠（%2F、%5C）", "it holds an encoded slash or backslash (%2F, %5C)"),
    CONTROL_OR_SPACE("含有空字符、空白或控制字符", "it holds a NUL, a space or a control character"),
    DOT_SEGMENT("含有 . 或 .. 路径段", "it holds a dot segment (. or ..)"),
    EMPTY_SEGMENT("含有空路径段（//）", "it holds an empty segment (//)"),
    OUTSIDE_SERVICE("不在所请求服务的 /api/ 之下", "it does not lie under the service's /api/");

    private final String zh;
    private final String en;

    PathFault(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
