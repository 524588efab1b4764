package vn.bansao.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Certificates in PEM (RFC 7468) or DER, the one reader and writer for the SDK. A PEM text may hold several
 * certificates; the JDK's own X.509 implementation parses them (what callers and {@code CertPath} expect). Errors
 * are the JDK's checked exceptions: each module names the file in its own typed error.
 *
 * <pre>{@code
 * List<X509Certificate> roots = Pem.readCertificates(Path.of("root.pem"));
 * String pem = Pem.certificate(roots.get(0));   // "-----BEGIN CERTIFICATE-----\n…"
 * }</pre>
 */
public final class Pem {

    private Pem() {
    }

    /** Every certificate of a PEM or DER file (possibly none). */
    public static List<X509Certificate> readCertificates(Path file) throws IOException, CertificateException {
        return parseCertificates(Files.readAllBytes(file));
    }

    /** Every certificate of PEM or DER bytes (possibly none). */
    public static List<X509Certificate> parseCertificates(byte[] pemOrDer) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pemOrDer))) {
            if (!(c instanceof X509Certificate x)) {
                throw new CertificateException("not an X.509 certificate: " + c.getType());
            }
            out.add(x);
        }
        return out;
    }

    /** One DER certificate. */
    public static X509Certificate parseCertificate(byte[] der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    /** The PEM text of a certificate, 64 characters a line, ending with a newline. */
    public static String certificate(X509Certificate cert) {
        try {
            return encode("CERTIFICATE", cert.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate has an encoding", e);
        }
    }

    /** A PEM block with {@code label} around {@code der}. */
    public static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
