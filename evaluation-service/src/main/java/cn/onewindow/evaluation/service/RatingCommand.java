package cn.onewindow.evaluation.service;

/**
 * An applicant's rating of one stage ({@code FRONT_DESK} or {@code BACK_OFFICE}) on the five levels, with the token
 * of their rating link, as {@link EvaluationService#rate} takes it. Its shape is checked by whoever built it (the REST
 * resource validates its request); the service checks the rules of rating: the token, the reason, once per stage. No
 * channel: the token says it.
 */
public record RatingCommand(String caseId, String stage, int level, String reason, String token) {
}
