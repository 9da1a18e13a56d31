package cn.onewindow.intake.guide.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * Which items belong to the lists the hall publishes every half year — "每半年向社会公布'只跑一次''立等可取''全程网办'三类事项清单,
 * 公开承诺完成时限" (002 Weifang, 5. 加快推进政务服务标准化、规范化) — drawn from the catalogue version in force alone, so a
 * list changes exactly when the catalogue does and can be shown for any instant. Each rule assumes what the lists
 * promise: an applicant who brings complete materials. The sources are the reform documents of the domain brief, by
 * their file prefix: 000 Daxing airport zone (Langfang), 001 Yangxin county, 002 Weifang high-tech zone, 004 Qingpu.
 *
 * <ul>
 * <li><b>立等可取 (on the spot)</b>: the 即办件 (IMMEDIATE). "即办件即时办结" (001 Yangxin, 四、实施步骤 (一) 1.) and
 * "当场受理、即来即办、一地办结" (001, (四)充分授权): decided and handed out while the applicant waits.</li>
 * <li><b>全程网办 (fully online)</b>: "实现'不见面审批'" (002, 4. 加速推进"全程网办") — the item is offered through
 * 网上预审 (ONLINE_PRE_REVIEW), its result can be sent by post ("以邮寄方式送达办理结果", 000 Daxing, 4.审批结果送达权;
 * "申请人要求快递送达结果文书的,通过指定快递寄件送达", 004 Qingpu, 出件), and no material needs the applicant at a desk:
 * each is accepted in electronic form and has no original the window must see (核验原件), unless an e-certificate the
 * hall already issued serves it (证照自动引用: nothing to hand in, nothing to verify).</li>
 * <li><b>只跑一次 (at most one visit)</b>: {@link #visits} is at most one. Handing in takes no visit when the item is fully
 * online or its materials may come by post ("对快递寄送材料进行签收、分发、登记", 001, 综合窗口职责 2.), else one; the
 * result takes no visit when it can be posted (000, 004 above), nor when an IMMEDIATE item is handed out in the visit
 * that handed in, else one. So every item whose result may be posted is "只跑一次" (one visit to hand in, the result
 * comes by post), and so is every 即办件 taken in at the window; an item done at the window and collected there in
 * person is not.</li>
 * </ul>
 * Delegations (who at the window may settle what) do not enter: the lists are the catalogue's promise to the public,
 * and an item the window may not settle on the spot is still settled in the hall the same day by the department's
 * own desk.
 */
public final class PublishedLists {
    private PublishedLists() {
    }

    /** Every list {@code item} belongs to. */
    public static Set<PublishedList> of(ItemDefinition item) {
        Set<PublishedList> lists = EnumSet.noneOf(PublishedList.class);
        for (PublishedList l : PublishedList.values()) {
            if (belongs(l, item)) {
                lists.add(l);
            }
        }
        return lists;
    }

    public static boolean belongs(PublishedList list, ItemDefinition item) {
        return switch (list) {
            case ON_THE_SPOT -> onTheSpot(item);
            case FULLY_ONLINE -> fullyOnline(item);
            case ONLY_ONCE -> visits(item) <= 1;
        };
    }

    static boolean onTheSpot(ItemDefinition item) {
        return ItemType.IMMEDIATE.name().equals(item.itemType());
    }

    static boolean fullyOnline(ItemDefinition item) {
        return item.safeChannels().contains(ItemDefinition.ONLINE_PRE_REVIEW) && posted(item)
                && item.materials().stream().allMatch(PublishedLists::needsNoDesk);
    }

    /** The fewest times an applicant with complete materials comes to the hall: to hand in, and to collect the result. */
    public static int visits(ItemDefinition item) {
        boolean handedInRemotely = fullyOnline(item) || item.safeChannels().contains(ItemDefinition.POST);
        int handIn = handedInRemotely ? 0 : 1;
        int collect = posted(item) || onTheSpot(item) && handIn == 1 ? 0 : 1;
        return handIn + collect;
    }

    private static boolean posted(ItemDefinition item) {
        List<String> modes = item.deliveryModes() == null ? List.of() : item.deliveryModes();
        return modes.contains(DeliveryMethod.EXPRESS_MAIL.name());
    }

    private static boolean needsNoDesk(ItemDefinition.Material m) {
        return m.certificateOf() != null || m.electronicAllowed() && !m.originalToVerify();
    }
}
