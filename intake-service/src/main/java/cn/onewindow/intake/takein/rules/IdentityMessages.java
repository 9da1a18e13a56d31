package cn.onewindow.intake.takein.rules;

import cn.onewindow.intake.takein.rules.IdentityNumbers.Fault;

/**
 * What the window is told when a number fails its check, one message per fault: "length, birth date or check
 * digit" left the clerk to find out which, and a mistyped digit looks like any other fault until it is named.
 */
public final class IdentityMessages {
    /** One message in both languages. */
    public record Text(String zh, String en) {
    }

    private IdentityMessages() {
    }

    /**
     * @param whoZh whose number, as the message starts ("居民身份证号码", "代办人居民身份证号码")
     * @param whoEn the same in English ("The resident ID number", "The agent's resident ID number")
     */
    public static Text residentId(Fault fault, String id, String whoZh, String whoEn) {
        return switch (fault) {
            case LENGTH -> new Text(whoZh + "应为18位，现为" + length(id) + "位",
                    whoEn + " must have 18 characters; it has " + length(id));
            case CHARACTERS -> new Text(whoZh + "只能是17位数字加1位校验码（数字或大写X）",
                    whoEn + " must be 17 digits followed by its check digit (a digit or a capital X)");
            case BIRTH_DATE -> new Text(whoZh + "中的出生日期（第7至14位）不是有效日期",
                    whoEn + " holds no real birth date (characters 7 to 14, yyyyMMdd)");
            case CHECK_DIGIT -> new Text(whoZh + "校验码不符：第18位与前17位不对应，请逐位核对号码",
                    whoEn + " has a wrong check digit: the 18th character does not match the first 17; check each digit");
        };
    }

    public static Text creditCode(Fault fault, String code) {
        return switch (fault) {
            case LENGTH -> new Text("统一社会信用代码应为18位，现为" + length(code) + "位",
                    "The unified social credit code must have 18 characters; it has " + length(code));
            case CHARACTERS, BIRTH_DATE -> new Text("统一社会信用代码含有不允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）",
                    "The unified social credit code holds a character it may not have (digits and capital letters except I, O, Z, S, V)");
            case CHECK_DIGIT -> new Text("统一社会信用代码校验码不符：第18位与前17位不对应，请逐位核对代码",
                    "The unified social credit code has a wrong check character: the 18th does not match the first 17; check each character");
        };
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
