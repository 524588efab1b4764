package vn.bansao.signing.internal;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.Level;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningText;

/**
 * Brings signed documents to B-LT (document security store with certificates, OCSP responses and
 * CRLs for every signature and time-stamp) and B-LTA (plus a document time-stamp) with DSS, configured
 * once: explicit trust anchors (Vietnamese roots are not on the EU lists, and DSS skips revocation
 * data for untrusted chains), the shared online sources, one PAdES service.
 */
public final class Augmenter {

    private final PAdESService service;

    public Augmenter(OnlineSources sources, List<X509Certificate> trustAnchors) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate anchor : trustAnchors) {
            trusted.addCertificate(new CertificateToken(anchor));
        }
        verifier.setTrustedCertSources(trusted);
        verifier.setOcspSource(sources.ocsp());
        verifier.setCrlSource(sources.crl());
        verifier.setAIASource(sources.aia());
        this.service = new PAdESService(verifier);
        if (sources.tsp() != null) {
            service.setTspSource(sources.tsp());
        }
    }

    /** Adds validation data (and for B-LTA a document time-stamp) to all signatures of {@code pdf}. */
    public byte[] augment(byte[] pdf, Level level) {
        if (!level.longTerm()) {
            return pdf;
        }
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(level == Level.B_LTA ? SignatureLevel.PAdES_BASELINE_LTA : SignatureLevel.PAdES_BASELINE_LT);
        try {
            DSSDocument extended = service.extendDocument(new InMemoryDocument(pdf), parameters);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65536);
            extended.writeTo(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SigningException(Cause.AUGMENTATION_FAILED,
                    LocalizedText.of(SigningText.COULD_NOT_ADD_LONG_TERM_DATA, level.label(), e.getMessage()), e);
        }
    }
}
