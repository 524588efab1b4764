package vn.bansao.signing.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import java.util.concurrent.atomic.AtomicInteger;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningText;

/**
 * Gets the signature time-stamp (RFC 3161) over the signature value, and remembers the size of the
 * last token so the next /Contents reservation fits a real token from this TSA.
 */
public final class Timestamper {

    /** Reserve before the first token is seen: a token with a 2-certificate TSA chain. */
    private static final int FIRST_RESERVE = 8192;

    private final OnlineTSPSource tsp;
    private final AtomicInteger lastTokenSize = new AtomicInteger();

    public Timestamper(OnlineTSPSource tsp) {
        this.tsp = tsp;
    }

    public boolean configured() {
        return tsp != null;
    }

    /** Bytes to reserve for a token in the CMS. */
    public int reserve() {
        int last = lastTokenSize.get();
        return last == 0 ? FIRST_RESERVE : Math.max(last + last / 2, 2048);
    }

    /** DER of the TimeStampToken over SHA-256 of {@code signatureValue}. */
    public byte[] timestamp(byte[] signatureValue) {
        if (tsp == null) {
            throw new SigningException(Cause.TSA_UNAVAILABLE, LocalizedText.of(SigningText.NO_TSA_CONFIGURED), null);
        }
        try {
            byte[] digest = vn.bansao.common.Sha256.digest(signatureValue);
            byte[] token = tsp.getTimeStampResponse(DigestAlgorithm.SHA256, digest).getBytes();
            lastTokenSize.set(token.length);
            return token;
        } catch (RuntimeException e) {
            throw new SigningException(Cause.TSA_UNAVAILABLE,
                    LocalizedText.of(SigningText.TSA_DID_NOT_ANSWER, e.getMessage()), e);
        }
    }
}
