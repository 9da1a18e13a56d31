package cn.onewindow.platform.problem;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 7807 problem document. {@code title} and {@code detail} are English; {@code titleZh}
 * and {@code detailZh} carry the same in Chinese for the window staff; {@code code} is stable
 * for programs; {@code errors} lists field-level problems where there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String titleZh, String detailZh, Map<String, String> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
