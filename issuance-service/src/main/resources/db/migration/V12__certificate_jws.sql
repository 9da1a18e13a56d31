-- E-certificates as JWS (RFC 7515, compact serialisation; issue #25): from now on each certificate is also signed as
-- a JWS over the same JSON with the same key ({"alg":"EdDSA"|"SM2SM3","kid":…}); an EdDSA one verifies with any JOSE
-- library and the key set at /api/public/certificates/jwks.json. The detached signature stays, for the verification
-- by payload and signature and the printed certificate.
--
-- Not backfilled: a JWS for an older certificate would have to be signed now, either with its own key, which may be
-- retired (a retired key signs nothing more: that is what retiring it means), or with the active key, whose kid would
-- then disagree with the kid inside the signed JSON. Older certificates keep verifying as they always did, by their
-- JSON and detached signature (docs/e-certificates.md).
alter table e_certificate add column jws text;
