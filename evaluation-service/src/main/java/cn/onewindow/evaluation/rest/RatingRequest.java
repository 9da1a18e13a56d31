package cn.onewindow.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An applicant's rating of one stage, sent with the token from the rating link or QR code. There is no
 * channel here: the rating is recorded with the channel its token was issued for (#20: a caller naming
 * any channel skewed the statistics by channel). Older clients that still send {@code channel} are not
 * refused; the field is ignored like any unknown one.
 */
public record RatingRequest(
        @NotBlank @Size(max = 64) String caseId,
        @NotNull @Pattern(regexp = "FRONT_DESK|BACK_OFFICE", message = "must be FRONT_DESK or BACK_OFFICE") String stage,
        @NotNull @Min(1) @Max(5) Integer level,
        @Size(max = 1000) String reason,
        @NotBlank @Size(max = 100) String token) {
}
