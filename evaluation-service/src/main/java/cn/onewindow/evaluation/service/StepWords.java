package cn.onewindow.evaluation.service;

/**
 * A rectification order's state as the refusal of a step out of order says it: the staff read that message
 * on their screen, where a code (OPEN, VERIFIED…) must never show (#22 item 13). Same words as the web
 * app's vocabulary (state: OPEN 待核实, VERIFIED 已核实, RECTIFIED 已整改).
 */
final class StepWords {
    private StepWords() {
    }

    static String zh(String status) {
        return switch (status) {
            case "OPEN" -> "待核实";
            case "VERIFIED" -> "已核实，待整改";
            case "RECTIFIED" -> "已整改，待回复";
            default -> "已回复";
        };
    }

    static String en(String status) {
        return switch (status) {
            case "OPEN" -> "waiting to be verified";
            case "VERIFIED" -> "verified, to be rectified";
            case "RECTIFIED" -> "rectified, to be answered";
            default -> "answered";
        };
    }
}
