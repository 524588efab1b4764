package vn.bansao.verify.internal.cms;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.bansao.verify.AlgorithmCheck;
import vn.bansao.verify.SubIndication;

/**
 * What the CMS of one PDF signature says once parsed and verified over its ByteRange.
 *
 * <pre>{@code
 * if (!result.intact()) System.out.println(result.failure().get() + ": " + result.problem().orElse(""));
 * }</pre>
 *
 * @param failure            empty when intact; else the ETSI sub-indication (FORMAT/HASH/SIG_CRYPTO failure)
 * @param problem            the reason of the failure
 * @param signer             the signing certificate, when identified by the SignerIdentifier
 * @param certificates       all certificates in the CMS
 * @param signingTime        the signingTime attribute
 * @param signedAttributes   true when the SignerInfo has signed attributes
 * @param signingCertificateAttribute present and matching / present and not matching / absent
 * @param algorithms         Circular 15 check
 * @param timestamps         signature timestamps (unsigned attribute)
 * @param crls               DER CRLs carried in the CMS (adbe attribute or revocationInfoChoices)
 * @param ocsps              DER OCSPResponses carried in the CMS
 * @param signerInfoCount    number of SignerInfos
 * @param timestampToken     for a document timestamp: the token itself
 */
public record CmsResult(Optional<SubIndication> failure, Optional<String> problem, Optional<X509Certificate> signer,
                        List<X509Certificate> certificates, Optional<Instant> signingTime, boolean signedAttributes,
                        SigningCertAttr signingCertificateAttribute, AlgorithmCheck algorithms,
                        List<TimestampResult> timestamps, List<byte[]> crls, List<byte[]> ocsps, int signerInfoCount,
                        Optional<TimestampResult> timestampToken) {

    /** Whether the signed attributes name the signing certificate (ESS signing-certificate(-v2)). */
    public enum SigningCertAttr { MATCHES, MISMATCH, ABSENT }

    public boolean intact() {
        return failure.isEmpty();
    }

    static CmsResult failed(SubIndication sub, String problem) {
        return new CmsResult(Optional.of(sub), Optional.of(problem), Optional.empty(), List.of(), Optional.empty(),
                false, SigningCertAttr.ABSENT,
                new AlgorithmCheck("unknown", "unknown", "unknown", 0, false, List.of("not parsed")),
                List.of(), List.of(), List.of(), 0, Optional.empty());
    }
}
