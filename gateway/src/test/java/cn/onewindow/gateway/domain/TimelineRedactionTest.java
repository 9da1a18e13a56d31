package cn.onewindow.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The rating link (and any token) never reaches a stored timeline entry; the rest of the event does. */
class TimelineRedactionTest {
    final ObjectMapper json = new ObjectMapper();

    @Test
    void theRatingLinkIsRemovedAndEverythingElseKept() throws Exception {
        var invited = json.readTree("{\"caseId\":\"DX-1\",\"link\":\"http://h/rate.html?case=DX-1&front=SMS.k1.abc&back=SMS.k1.def\","
                + "\"deliveredAt\":\"2026-11-30T02:00:00Z\",\"nested\":[{\"token\":\"SMS.k1.x\",\"kept\":1}]}");
        var shown = TimelineRedaction.redacted(invited).toString();
        assertThat(shown).doesNotContain("rate.html").doesNotContain("SMS.k1").contains("\"caseId\":\"DX-1\"")
                .contains("deliveredAt").contains("\"kept\":1");
        assertThat(invited.toString()).as("the event itself is untouched").contains("SMS.k1.abc");
    }
}
