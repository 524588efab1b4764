package vn.bansao.springboot.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A demo register's checkpoint key made on request ({@code bansao.register.service.generate-key-if-missing}): an
 * Ed25519 key in a PKCS#12 file (with the self-signed certificate a PKCS#12 key entry needs), written owner-only and
 * whole or not at all (a temporary file beside it, flushed, then hard-linked to the name, which fails rather than
 * replace a key another instance wrote meanwhile).
 *
 * <pre>{@code
 * boolean made = CheckpointKeyFile.createIfMissing(Path.of("register-key.p12"), password);
 * NoteSigner signer = NoteSigner.fromPkcs12(Path.of("register-key.p12"), password, register.origin());
 * }</pre>
 */
public final class CheckpointKeyFile {

    private CheckpointKeyFile() {
    }

    /** Writes a new Ed25519 PKCS#12 at {@code file} unless one is there; true when it was made now. */
    public static boolean createIfMissing(Path file, char[] password) {
        if (Files.exists(file)) {
            return false;
        }
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            byte[] pkcs12 = pkcs12(password);
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".part"); // 0600
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    out.write(pkcs12);
                }
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                }
                try {
                    Files.createLink(abs, tmp);
                } catch (FileAlreadyExistsException e) {
                    return false; // another instance made it first: that key is the register's
                } catch (UnsupportedOperationException e) {
                    Files.move(tmp, abs); // no hard links here: a plain move, which also refuses an existing file
                }
                return true;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the register's checkpoint key " + file, e);
        }
    }

    private static byte[] pkcs12(char[] password) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            X500Name name = new X500Name("CN=bansao register checkpoint key (demo)");
            Instant now = Instant.now();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, new BigInteger(64, new SecureRandom()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("Ed25519").build(pair.getPrivate())));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("checkpoint", pair.getPrivate(), password, new Certificate[] {cert});
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ks.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make an Ed25519 checkpoint key: " + e.getMessage(), e);
        }
    }
}
