package vn.bansao.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import vn.bansao.common.Pem;

/**
 * A test key holder: certificate, private key and chain up to the root (leaf first).
 *
 * <pre>{@code
 * Identity officer = pki.officer();
 * officer.writePkcs12(dir.resolve("officer.p12"), "secret".toCharArray());
 * Signature s = Signature.getInstance(officer.keyType().jcaSignatureAlgorithm());
 * s.initSign(officer.privateKey());
 * }</pre>
 *
 * @param alias       short name used as the PKCS#12 alias and the file name (e.g. {@code officer})
 * @param keyType     key algorithm and the signature scheme the holder is meant to sign with
 * @param certificate the holder's certificate
 * @param privateKey  the holder's private key
 * @param chain       certificate chain, leaf first, ending with the (self-signed) root
 */
public record Identity(String alias, KeyType keyType, X509Certificate certificate, PrivateKey privateKey,
                       List<X509Certificate> chain) {

    public Identity {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
    }

    /** The certificate's serial number. */
    public java.math.BigInteger serialNumber() {
        return certificate.getSerialNumber();
    }

    /** The JCA signature algorithm this holder signs with (from {@link #keyType()}). */
    public String signatureAlgorithm() {
        return keyType.jcaSignatureAlgorithm();
    }

    /** A PKCS#12 key store holding the key and chain under {@link #alias()}; the password must be ASCII. */
    public KeyStore keyStore(char[] password) {
        for (char c : password) {
            if (c > 0x7e || c < 0x20) {
                // the JDK's PKCS#12 refuses other characters, and so do many tools (openssl, pdfsig)
                throw new IllegalArgumentException("mật khẩu PKCS#12 chỉ dùng ký tự ASCII in được / "
                        + "PKCS#12 passwords must be printable ASCII");
            }
        }
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, privateKey, password, chain.toArray(new X509Certificate[0]));
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build PKCS#12 for " + alias, e);
        }
    }

    /** The key and chain as PKCS#12 bytes. */
    public byte[] pkcs12Bytes(char[] password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            keyStore(password).store(out, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write PKCS#12 for " + alias, e);
        }
        return out.toByteArray();
    }

    /** Writes the key and chain as a PKCS#12 file. */
    public Path writePkcs12(Path file, char[] password) {
        try {
            Files.write(file, pkcs12Bytes(password));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The certificate in PEM. */
    public String certificatePem() {
        return Pem.certificate(certificate);
    }

    /** The private key as unencrypted PKCS#8 PEM (what {@code softhsm2-util --import} reads). */
    public String privateKeyPem() {
        return Pem.encode("PRIVATE KEY", privateKey.getEncoded());
    }

    /** The issuer's certificate (the next one in the chain), or this certificate for a root. */
    public X509Certificate issuerCertificate() {
        return chain.size() > 1 ? chain.get(1) : certificate;
    }

    @Override
    public String toString() {
        return "Identity[" + alias + ", " + keyType + ", " + certificate.getSubjectX500Principal().getName()
                + ", serial " + certificate.getSerialNumber().toString(16) + "]";
    }
}
