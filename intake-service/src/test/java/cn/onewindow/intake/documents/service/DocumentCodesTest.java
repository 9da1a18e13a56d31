package cn.onewindow.intake.documents.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.security.SigningKeys;

/** The documents' verification codes (核验码) under rotating keys (plain unit test, no Quarkus). */
class DocumentCodesTest {
    static final String OLD_DEFAULT = "local-demo-document-secret-change-me"; // the repository's default until #20
    static final String K1 = "k1:" + "a".repeat(64);
    static final String K2 = "k2:" + "b".repeat(64);

    static DocumentCodes codes(String spec) {
        return new DocumentCodes(Optional.of(spec));
    }

    @Test
    void aCodeIsTwelveHexCharactersAndChecksForItsOwnNumberAndKindOnly() {
        DocumentCodes c = codes(K1);
        String code = c.code("DX-20261129-000001", "RECEIPT");
        assertThat(code).matches("[0-9A-F]{12}");
        assertThat(c.checks("DX-20261129-000001", "RECEIPT", code)).isTrue();
        assertThat(c.checks("DX-20261129-000001", "RECEIPT", code.toLowerCase())).as("as a person types it").isTrue();
        assertThat(c.checks("DX-20261129-000001", "ACCEPTANCE_NOTICE", code)).isFalse();
        assertThat(c.checks("DX-20261129-000002", "RECEIPT", code)).isFalse();
        assertThat(c.checks("DX-20261129-000001", "RECEIPT", null)).isFalse();
    }

    @Test
    void aDocumentPrintedBeforeARotationStillChecks() {
        String printed = codes(K1).code("YC-20261129-0001", "ONE_TIME_NOTICE");
        DocumentCodes rotated = codes(K2 + "," + K1);
        assertThat(rotated.checks("YC-20261129-0001", "ONE_TIME_NOTICE", printed)).isTrue();
        assertThat(rotated.code("YC-20261129-0001", "ONE_TIME_NOTICE")).isEqualTo(codes(K2).code("YC-20261129-0001", "ONE_TIME_NOTICE"));
        assertThat(codes(K2).checks("YC-20261129-0001", "ONE_TIME_NOTICE", printed)).as("k1 retired").isFalse();
    }

    @Test
    void aCodeMadeWithTheOldRepositoryDefaultDoesNotCheckAndTheDefaultIsRefused() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(OLD_DEFAULT.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String forged = HexFormat.of().withUpperCase()
                .formatHex(mac.doFinal("DX-20261129-000001|RECEIPT".getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        assertThat(codes(K2 + "," + K1).checks("DX-20261129-000001", "RECEIPT", forged)).isFalse();
        assertThatThrownBy(() -> codes("k1:" + OLD_DEFAULT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("onewindow.documents.keys").hasMessageNotContaining(OLD_DEFAULT);
        assertThatThrownBy(() -> new DocumentCodes(SigningKeys.fromConfig(DocumentCodes.PROPERTY, DocumentCodes.ENV, Optional.empty(), false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OW_DOCUMENT_KEYS");
    }
}
