package cn.onewindow.intake.guide.rules;

import java.util.List;

import cn.onewindow.contracts.catalogue.ItemDefinition;

/**
 * The guide's words for the public (办事指南 as the hall prints it): the catalogue's codes said in Chinese, limits as
 * an applicant reads them ("1个工作日", "即办"). The English names of the codes stay the codes themselves (glossary).
 */
public final class GuideWords {
    private GuideWords() {
    }

    public static String itemType(String code) {
        return switch (code) {
            case "IMMEDIATE" -> "即办件";
            case "PROMISED" -> "承诺件";
            case "FORWARDED" -> "上报件";
            case "JOINT" -> "联办件";
            default -> code;
        };
    }

    /** 办理渠道. */
    public static String channel(String code) {
        return switch (code) {
            case ItemDefinition.WINDOW -> "窗口办理";
            case ItemDefinition.ONLINE_PRE_REVIEW -> "网上预审";
            case ItemDefinition.POST -> "快递寄送材料";
            default -> code;
        };
    }

    /** 送达方式. */
    public static String delivery(String code) {
        return switch (code) {
            case "PICKUP" -> "窗口领取";
            case "EXPRESS_MAIL" -> "快递送达";
            default -> code;
        };
    }

    public static String serves(String code) {
        return switch (code) {
            case "PERSON" -> "自然人";
            case "ORGANISATION" -> "法人和其他组织";
            default -> code;
        };
    }

    /** A limit in working days: an IMMEDIATE item's 0 is "即办" (settled while the applicant waits). */
    public static String workingDays(int days) {
        return days == 0 ? "即办" : days + "个工作日";
    }

    /** The online pre-review's answer limit: office minutes or working days on the hall's calendar. */
    public static String limit(ItemDefinition.Limit limit) {
        if (limit == null) {
            return null;
        }
        if (!"WORKING_MINUTES".equals(limit.unit())) {
            return limit.amount() + "个工作日";
        }
        // as the web app writes it (gateway webapp, domain/guide.js limitText): 240 office minutes are "4小时（工作时间）"
        return limit.amount() % 60 == 0 ? limit.amount() / 60 + "小时（工作时间）" : limit.amount() + "分钟（工作时间）";
    }

    /** How long the e-certificate is valid (证照有效期); none given: long-term (长期有效). */
    public static String validity(Integer years) {
        return years == null ? "长期有效" : years + "年";
    }

    /** What the applicant reads beside a material: what to bring, and what may stand in for it. */
    public static List<String> materialMarks(ItemDefinition.Material m, String certificateItemName) {
        var marks = new java.util.ArrayList<String>();
        marks.add(m.key() ? "关键材料" : "一般材料");
        if (m.originalToVerify()) {
            marks.add("需核验原件");
        }
        if (m.copies() > 0) {
            marks.add("复印件" + m.copies() + "份");
        }
        if (m.electronicAllowed()) {
            marks.add("可提交电子材料");
        }
        if (m.deferrable()) {
            marks.add("可容缺后补");
        }
        if (m.certificateOf() != null) {
            marks.add("已有" + (certificateItemName == null ? m.certificateOf() : certificateItemName)
                    + "电子证照的，免于提交（证照自动引用）");
        }
        if (m.commitmentAllowed()) {
            marks.add("可签署告知承诺书替代");
        }
        return marks;
    }
}
