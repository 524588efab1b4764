package vn.bansao.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Offline keys and certificates made with BouncyCastle for tests that need no servers. */
final class TestKeys {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    static final KeyPair ROOT_KEYS = rsa(2048);
    static final X509Certificate ROOT = cert("CN=Bansao Test Root, O=bansao, C=VN", ROOT_KEYS, null, null,
            Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)), true, KeyUsage.keyCertSign | KeyUsage.cRLSign, "SHA256withRSA");

    private TestKeys() {
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ec(String curve) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(curve));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static SigningKey officer() {
        KeyPair kp = rsa(2048);
        return SigningKey.of(kp.getPrivate(), List.of(leaf("CN=Nguyễn Thị Hương, T=Công chức Tư pháp - Hộ tịch, O=UBND phường Bến Nghé, C=VN", kp,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), KeyUsage.digitalSignature | KeyUsage.nonRepudiation), ROOT));
    }

    static X509Certificate leaf(String dn, KeyPair kp, Instant from, Instant to, int usage) {
        String alg = kp.getPublic().getAlgorithm().equals("EC") ? "SHA256withRSA" : "SHA256withRSA";
        return cert(dn, kp, ROOT, ROOT_KEYS.getPrivate(), from, to, false, usage, alg);
    }

    static X509Certificate cert(String dn, KeyPair kp, X509Certificate issuer, PrivateKey issuerKey, Instant from, Instant to,
                                boolean ca, int usage, String sigAlg) {
        try {
            X500Name subject = new X500Name(dn);
            X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from), Date.from(to), subject, kp.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(sigAlg).build(issuerKey == null ? kp.getPrivate() : issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
