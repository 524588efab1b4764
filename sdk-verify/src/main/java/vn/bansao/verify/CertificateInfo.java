package vn.bansao.verify;

import java.time.Instant;

/**
 * One certificate of a chain, as shown in a report.
 *
 * <pre>{@code
 * sig.chain().forEach(c -> System.out.println(c.subject() + " <- " + c.issuer()));
 * }</pre>
 *
 * @param subject   RFC 4514 subject
 * @param issuer    RFC 4514 issuer
 * @param serial    serial number in hexadecimal
 * @param notBefore start of validity
 * @param notAfter  end of validity
 * @param sha256    SHA-256 fingerprint, upper-case hexadecimal
 */
public record CertificateInfo(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
                              String sha256) {
}
