package cn.onewindow.issuance.rest;

import java.time.Instant;

import cn.onewindow.issuance.model.SigningKey;

/** A certificate signing key as an administrator sees it after a rotation: never its private half. */
public record SigningKeyView(String kid, String algorithm, String publicKey, Instant createdAt, Instant retiredAt) {
    static SigningKeyView of(SigningKey k) {
        return new SigningKeyView(k.kid, k.algorithm, k.publicKey, k.createdAt, k.retiredAt);
    }
}
