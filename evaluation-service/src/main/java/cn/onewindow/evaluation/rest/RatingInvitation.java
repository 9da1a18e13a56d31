package cn.onewindow.evaluation.rest;

import java.util.Map;

/** What the window device or SMS shows the applicant: one token per stage (for the link or QR code). */
public record RatingInvitation(String caseId, Map<String, String> tokens, String link) {
}
