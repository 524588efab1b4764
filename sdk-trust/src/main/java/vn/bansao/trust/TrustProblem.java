package vn.bansao.trust;

import java.util.Objects;

/**
 * One rule a certificate breaks, named by a stable code, with the certificate it concerns and the reason in
 * Vietnamese and English (the verifier turns it into a finding, the signer into an error).
 *
 * <pre>{@code
 * for (TrustProblem p : engine.leafProblems(cert)) System.out.println(p.rule() + ": " + p.en());
 * }</pre>
 *
 * @param rule        stable code, e.g. {@code LEAF_KEY_USAGE}, {@code TSA_EKU_NOT_CRITICAL}, {@code ROLE_AUTHORITY_NOT_SEAL}
 * @param severity    whether the rule proves the signature wrong or only leaves it unconfirmed
 * @param certificate the subject (RFC 4514) of the certificate concerned
 * @param vi          the reason in Vietnamese
 * @param en          the reason in English
 */
public record TrustProblem(String rule, Severity severity, String certificate, String vi, String en) {

    /** How much a problem weighs. */
    public enum Severity {
        /** Proven wrong: the signature must be TOTAL_FAILED / the copy INVALID. */
        FAILED,
        /** Not confirmed: the signature is at best INDETERMINATE. */
        UNCERTAIN
    }

    public TrustProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }
}
