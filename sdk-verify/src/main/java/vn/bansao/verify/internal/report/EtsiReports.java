package vn.bansao.verify.internal.report;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.validationreport.ValidationReportFacade;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.verify.TrustAnchors;

/**
 * DSS's ETSI TS 119 102-2 validation report, produced only when asked for (it costs a full DSS
 * validation). DSS runs offline: no OCSP, CRL or AIA source is configured.
 *
 * <pre>{@code
 * Optional<String> xml = EtsiReports.make(pdfBytes, anchors);
 * }</pre>
 */
public final class EtsiReports {

    private static final Logger LOG = LoggerFactory.getLogger(EtsiReports.class);

    private EtsiReports() {
    }

    public static Optional<String> make(byte[] file, TrustAnchors anchors) {
        try {
            CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
            for (X509Certificate c : anchors.anchors()) {
                trusted.addCertificate(new CertificateToken(c));
            }
            CommonCertificateVerifier cv = new CommonCertificateVerifier();
            cv.setTrustedCertSources(trusted);
            cv.setOcspSource(null);
            cv.setCrlSource(null);
            cv.setAIASource(null);
            SignedDocumentValidator v = SignedDocumentValidator.fromDocument(new InMemoryDocument(file));
            v.setCertificateVerifier(cv);
            v.setEnableEtsiValidationReport(true);
            Reports reports = v.validateDocument();
            return Optional.of(ValidationReportFacade.newFacade().marshall(reports.getEtsiValidationReportJaxb()));
        } catch (Exception | LinkageError e) {
            LOG.warn("ETSI report not produced: {}", e.toString());
            return Optional.empty();
        }
    }
}
