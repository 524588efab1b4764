package vn.bansao.signing;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Validation with DSS's own validator (PDFDocumentValidator), the test root as the only trust anchor. */
final class DssCheck {

    /** Per signature: its field-independent format and indication. */
    record Verdict(SignatureLevel format, Indication indication, String subIndication, String signer) {
    }

    private DssCheck() {
    }

    /**
     * @param online whether DSS may fetch OCSP/CRL (needed for B-B/B-T, which carry no revocation data);
     *               LT/LTA are validated offline to show the embedded data suffices
     */
    static List<Verdict> validate(byte[] pdf, X509Certificate root, boolean online) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(root));
        verifier.setTrustedCertSources(trusted);
        if (online) {
            verifier.setOcspSource(new OnlineOCSPSource());
            verifier.setCrlSource(new OnlineCRLSource());
        } else {
            verifier.setOcspSource(null);
            verifier.setCrlSource(null);
            verifier.setAIASource(null);
        }
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        List<Verdict> verdicts = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            verdicts.add(new Verdict(simple.getSignatureFormat(id), simple.getIndication(id),
                    String.valueOf(simple.getSubIndication(id)), simple.getSignedBy(id)));
        }
        return verdicts;
    }
}
