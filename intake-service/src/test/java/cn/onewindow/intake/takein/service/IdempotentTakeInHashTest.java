package cn.onewindow.intake.takein.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The take-in's fingerprint for its Idempotency-Key: the same request with its certificates (a map) sent in another
 * order is the same request; a request without certificates keeps the hash it always had (its JSON's SHA-256).
 */
class IdempotentTakeInHashTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static TakeIn request(Map<String, String> certificates) {
        return new TakeIn("TAX-0001", null, null, new TakeIn.Applicant("ORGANISATION", "证照测试有限公司", "91350100M000100Y43",
                null, null), null, List.of(new TakeIn.MaterialStatus("BANK", "PROVIDED")), "PICKUP", null, null, null,
                List.of(), null, null, null, certificates);
    }

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void certificatesInAnotherOrderAreTheSameRequest() {
        String sent = IdempotentTakeIn.hash(JSON, request(ordered("LR-ID", "EC-2", "BL", "EC-1")));
        String reordered = IdempotentTakeIn.hash(JSON, request(ordered("BL", "EC-1", "LR-ID", "EC-2")));
        assertThat(reordered).isEqualTo(sent);
        assertThat(IdempotentTakeIn.hash(JSON, request(ordered("BL", "EC-1", "LR-ID", "EC-3")))).as("another certificate")
                .isNotEqualTo(sent);
    }

    /** #24's fields are the request's too: the same key with another situation, pickup hall, help request or overrule is refused. */
    @Test
    void theSituationPickupHallHelpRequestAndOverruleAreHashed() {
        for (var certificates : java.util.Arrays.asList(null, ordered("LR-ID", "EC-2", "BL", "EC-1"))) {
            TakeIn r = request(certificates);
            String plain = IdempotentTakeIn.hash(JSON, r);
            String id = "0b6e5f0e-8f0c-4a39-9a57-3c1f6f0c2a11";
            assertThat(List.of(IdempotentTakeIn.hash(JSON, r.withSituation("NEW")), IdempotentTakeIn.hash(JSON, r.withPickupHall("JZ")),
                    IdempotentTakeIn.hash(JSON, r.withHelpRequest(id)), IdempotentTakeIn.hash(JSON, r.withOverruledSignOff(id))))
                    .doesNotContain(plain).doesNotHaveDuplicates();
        }
    }

    @Test
    void aRequestWithoutCertificatesKeepsItsHash() throws Exception {
        for (var r : List.of(request(null), request(ordered("BL", "EC-1")))) {
            String asBefore = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(r)));
            assertThat(IdempotentTakeIn.hash(JSON, r)).isEqualTo(asBefore);
        }
    }
}
