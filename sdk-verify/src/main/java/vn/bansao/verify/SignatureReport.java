package vn.bansao.verify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The verification of one signature or document timestamp of a copy.
 *
 * <pre>{@code
 * for (SignatureReport s : report.signatures()) {
 *     System.out.println(s.role() + " " + s.indication() + " " + s.signer().map(SignerIdentity::commonName).orElse("?"));
 * }
 * }</pre>
 *
 * @param fieldName          the signature field name(s), comma-separated if one signature is referenced twice
 * @param subFilter          {@code ETSI.CAdES.detached}, {@code adbe.pkcs7.detached}, {@code ETSI.RFC3161}...
 * @param role               officer, authority, document timestamp or other
 * @param indication         ETSI main indication
 * @param subIndication      ETSI sub-indication when not passed
 * @param signer             identity from the signing certificate, when found
 * @param claimedSigningTime the signer's claimed time (CMS signingTime or /M)
 * @param timestampTime      the earliest trusted timestamp proving the signature existed
 * @param level              PAdES baseline level reached
 * @param chain              signing certificate first, up to the anchor
 * @param trustAnchor        the anchor the chain reached, if any
 * @param revocation         revocation status at signing time
 * @param algorithms         Circular 15/2025 algorithm check
 * @param docMdpPermissions  the DocMDP {@code /P} value when this is a certification signature
 * @param signedRevisionEnd  number of bytes of the file this signature covers
 * @param changesAfter       the worst category of change appended after this signature
 * @param changeDetails      what was changed after this signature, one line each
 * @param findings           the reasons behind the indication
 */
public record SignatureReport(String fieldName, String subFilter, SignatureRole role, Indication indication,
                              Optional<SubIndication> subIndication, Optional<SignerIdentity> signer,
                              Optional<Instant> claimedSigningTime, Optional<Instant> timestampTime,
                              SignatureLevel level, List<CertificateInfo> chain, Optional<CertificateInfo> trustAnchor,
                              RevocationInfo revocation, AlgorithmCheck algorithms, Optional<Integer> docMdpPermissions,
                              long signedRevisionEnd, ChangeCategory changesAfter, List<String> changeDetails,
                              List<Finding> findings) {
    public SignatureReport {
        chain = List.copyOf(chain);
        changeDetails = List.copyOf(changeDetails);
        findings = List.copyOf(findings);
    }
}
