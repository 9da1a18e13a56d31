package cn.onewindow.intake.guide.service;

/** One FAQ entry (答疑手册) that matched a search, with the item it belongs to. */
public record FaqHit(String itemCode, String itemName, String departmentName, String q, String a) {
}
