package vn.bansao.testkit.internal;

import java.time.Instant;
import vn.bansao.testkit.RevocationReason;

/** When and why a certificate was revoked. */
public record Revocation(Instant when, RevocationReason reason) {
}
