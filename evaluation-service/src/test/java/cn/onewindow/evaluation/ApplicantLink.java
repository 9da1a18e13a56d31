package cn.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;

/**
 * The rating link as the applicant gets it: in the {@code rating-invited} event announced when the case
 * was delivered (issuance's notice sends it on). Tests rate with its tokens, as the applicant does; no
 * staff endpoint hands tokens out.
 */
final class ApplicantLink {
    private ApplicantLink() {
    }

    /** The link of the first announcement for the case (there when its {@code evaluation_case} row is: one transaction). */
    static String of(String caseId) {
        String payload = Sql.text("select payload from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.RATING_INVITED + "' order by seq limit 1");
        assertThat(payload).as("the rating link sent to the applicant of " + caseId).isNotNull();
        Matcher m = Pattern.compile("\"link\"\\s*:\\s*\"([^\"]+)\"").matcher(payload);
        assertThat(m.find()).as("a link in " + payload).isTrue();
        return m.group(1);
    }

    /** The token for one stage: {@code front=} for FRONT_DESK, {@code back=} for BACK_OFFICE. */
    static String token(String caseId, String stage) {
        String link = of(caseId);
        Matcher m = Pattern.compile("[?&]" + ("FRONT_DESK".equals(stage) ? "front" : "back") + "=([A-Za-z0-9._-]+)").matcher(link);
        assertThat(m.find()).as("a " + stage + " token in " + link).isTrue();
        return m.group(1);
    }
}
