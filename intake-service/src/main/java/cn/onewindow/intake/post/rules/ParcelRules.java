package cn.onewindow.intake.post.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;

/** What a postal application (快递寄送材料) must satisfy; no database. */
public final class ParcelRules {
    /** The province, the city, or both, at the start of an address (Chinese order: largest first). */
    private static final Pattern PROVINCE_AND_CITY = Pattern.compile(
            "(?:[^省市区]{2,7}?(?:省|自治区|特别行政区))?(?:[^省市区]{2,9}?(?:市|自治州|地区|盟))?");
    private ParcelRules() {
    }

    /**
     * Whether a registration repeats an earlier one of the same waybill (the same sender, contents and item): a signed-for
     * parcel registered twice (a double click, a retry) is one parcel; another payload under its waybill is a mistake.
     */
    public static boolean sameParcel(String senderName, String senderPhone, String senderAddress, List<String> contents,
                                     String itemCode, String otherName, String otherPhone, String otherAddress,
                                     List<String> otherContents, String otherItemCode) {
        return senderName.equals(otherName) && senderPhone.equals(otherPhone) && senderAddress.equals(otherAddress)
                && contents.equals(otherContents) && Objects.equals(itemCode, otherItemCode);
    }

    /** The chosen items that cannot be applied for by post (the catalogue's {@code channels} lack POST). */
    public static List<String> postNotOffered(List<ItemDefinition> items) {
        return items.stream().filter(i -> !i.safeChannels().contains(ItemDefinition.POST)).map(ItemDefinition::code).toList();
    }

    /**
     * A postal applicant is not in the hall: the result goes back by post. PICKUP is refused — an applicant who wants to
     * collect in person says so by coming to the window, where the case is taken in with them present.
     */
    public static boolean deliveryAllowed(String deliveryMethod) {
        return DeliveryMethod.EXPRESS_MAIL.name().equals(deliveryMethod);
    }

    /**
     * An address as lists show it: the province (省, 自治区, 特别行政区) and the city (市, 自治州, 地区, 盟) kept, the rest
     * masked — 福建省福州市****; an address without them is masked whole.
     */
    public static String maskedAddress(String address) {
        if (address == null) {
            return null;
        }
        var m = PROVINCE_AND_CITY.matcher(address.strip());
        String kept = m.lookingAt() ? m.group() : "";
        return kept + "****";
    }

    /** A phone number as lists show it: 139****5678. */
    public static String masked(String phone) {
        return phone == null || phone.length() < 7 ? phone : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
