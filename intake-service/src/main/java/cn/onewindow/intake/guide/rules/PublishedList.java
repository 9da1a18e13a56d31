package cn.onewindow.intake.guide.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three lists of items the hall publishes (每半年向社会公布"只跑一次""立等可取""全程网办"三类事项清单, 002 Weifang,
 * 5. 加快推进政务服务标准化、规范化); which items belong to each is {@link PublishedLists}'s rule. {@code slug} names
 * the list in the guide's path.
 */
public enum PublishedList {
    /** 只跑一次: the applicant comes to the hall at most once. */
    ONLY_ONCE("only-once", "只跑一次"),
    /** 立等可取: settled and handed out while the applicant waits. */
    ON_THE_SPOT("on-the-spot", "立等可取"),
    /** 全程网办: done without coming to the hall at all (不见面审批). */
    FULLY_ONLINE("fully-online", "全程网办");

    private final String slug;
    private final String zh;

    PublishedList(String slug, String zh) {
        this.slug = slug;
        this.zh = zh;
    }

    public String slug() {
        return slug;
    }

    public String zh() {
        return zh;
    }

    public static Optional<PublishedList> bySlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}
