package vn.bansao.signing.internal;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a signer's chain from the caIssuers URLs of its certificates (AIA) when a token holds only
 * the leaf, as USB tokens often do: the CMS then carries the issuers, and revocation can be checked.
 * Fetching is allowed here because it concerns the signer's own certificate at signing time.
 */
final class ChainCompleter {

    private static final Logger LOG = LoggerFactory.getLogger(ChainCompleter.class);
    private static final int MAX_DEPTH = 5;

    private ChainCompleter() {
    }

    static List<X509Certificate> complete(List<X509Certificate> chain, DefaultAIASource aia) {
        List<X509Certificate> out = new ArrayList<>(chain);
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            X509Certificate last = out.get(out.size() - 1);
            CertificateToken token = new CertificateToken(last);
            if (token.isSelfSigned()) {
                break;
            }
            X509Certificate issuer = null;
            try {
                for (CertificateToken candidate : aia.getCertificatesByAIA(token)) {
                    if (token.isSignedBy(candidate)) {
                        issuer = candidate.getCertificate();
                        break;
                    }
                }
            } catch (RuntimeException e) {
                LOG.debug("AIA fetch for {} failed: {}", last.getSubjectX500Principal(), e.getMessage());
            }
            if (issuer == null) {
                break;
            }
            out.add(issuer);
        }
        return out;
    }
}
