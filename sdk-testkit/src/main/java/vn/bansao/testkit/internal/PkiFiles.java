package vn.bansao.testkit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bansao.common.AtomicFiles;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.KeyType;

/**
 * The on-disk form of a test PKI: PEM roots, one PKCS#12 per key holder, one password for all, and
 * {@code servers.json} with the ports written into the certificates plus what was issued and revoked.
 */
public final class PkiFiles {

    public static final String PASSWORD_FILE = "password.txt";
    public static final String SERVERS_FILE = "servers.json";
    /** Key holders written as PKCS#12, in this order. */
    public static final List<String> HOLDERS = List.of("root", "issuing-ca", "officer", "authority", "tsa", "ocsp");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** Contents of {@code servers.json}. */
    public record Servers(String host, String keyType, Endpoint tsa, Endpoint ocsp, Endpoint crl,
                          List<Issued> issued, List<Revoked> revoked) {
    }

    /** One service: port and the URL written in the certificates. */
    public record Endpoint(int port, String url) {
    }

    /** A certificate issued by a CA of the kit (so OCSP can tell "good" from "unknown"). */
    public record Issued(String issuer, String subject, String serial) {
    }

    /** A revocation: issuer ({@code root} or {@code issuing-ca}), hex serial, ISO-8601 time, reason name. */
    public record Revoked(String issuer, String serial, String time, String reason) {
    }

    /** What {@link #read} returns. */
    public record Loaded(KeyType keyType, Servers servers, Map<String, Identity> identities, String password) {
    }

    private PkiFiles() {
    }

    /** Describes the servers and the CAs' records for {@code servers.json}. */
    public static Servers describe(KeyType keyType, Endpoint tsa, Endpoint ocsp, Endpoint crl,
                                   Map<String, CertificateAuthority> cas) {
        List<Issued> issued = new ArrayList<>();
        List<Revoked> revoked = new ArrayList<>();
        for (Map.Entry<String, CertificateAuthority> ca : new java.util.TreeMap<>(cas).entrySet()) {
            ca.getValue().issued().forEach((serial, cert) -> issued.add(new Issued(ca.getKey(),
                    cert.getSubjectX500Principal().getName(), serial.toString(16))));
            ca.getValue().knownSerials().forEach(serial -> issued.add(new Issued(ca.getKey(), null,
                    serial.toString(16))));
            ca.getValue().revoked().forEach((serial, r) -> revoked.add(new Revoked(ca.getKey(), serial.toString(16),
                    r.when().toString(), r.reason().name())));
        }
        issued.sort(java.util.Comparator.comparing(Issued::issuer).thenComparing(Issued::serial));
        revoked.sort(java.util.Comparator.comparing(Revoked::issuer).thenComparing(Revoked::serial));
        return new Servers("127.0.0.1", keyType.name(), tsa, ocsp, crl, issued, revoked);
    }

    /**
     * Puts the recorded issued serials and revocations back into the CAs. Certificates other than the six key
     * holders are known by serial only: OCSP answers good/revoked for them, as before.
     */
    public static void restore(Servers servers, Map<String, CertificateAuthority> cas) {
        if (servers.issued() != null) {
            for (Issued i : servers.issued()) {
                CertificateAuthority ca = cas.get(i.issuer());
                if (ca != null) {
                    ca.rememberSerial(new java.math.BigInteger(i.serial(), 16));
                }
            }
        }
        if (servers.revoked() != null) {
            for (Revoked r : servers.revoked()) {
                CertificateAuthority ca = cas.get(r.issuer());
                if (ca != null) {
                    java.math.BigInteger serial = new java.math.BigInteger(r.serial(), 16);
                    ca.rememberSerial(serial);
                    ca.revoke(serial, java.time.Instant.parse(r.time()),
                            vn.bansao.testkit.RevocationReason.valueOf(r.reason()));
                }
            }
        }
    }

    /** A random password of 24 letters and digits (ASCII: PKCS#12 tools choke on anything else). */
    public static String newPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom rnd = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /**
     * Writes the files. Each is written whole or not at all ({@link AtomicFiles}), so a failure never leaves a
     * half-written file behind.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Path dir, Map<String, Identity> holders, String password, Servers servers) {
        try {
            Files.createDirectories(dir);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("root.pem", holders.get("root").certificatePem().getBytes(StandardCharsets.US_ASCII));
            files.put("issuing-ca.pem", holders.get("issuing-ca").certificatePem()
                    .getBytes(StandardCharsets.US_ASCII));
            for (String name : HOLDERS) {
                files.put(name + ".p12", holders.get(name).pkcs12Bytes(password.toCharArray()));
            }
            files.put(PASSWORD_FILE, (password + "\n").getBytes(StandardCharsets.US_ASCII));
            files.put(SERVERS_FILE, JSON.writeValueAsBytes(servers));
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                AtomicFiles.write(target, e.getValue());
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("không ghi được PKI vào / cannot write the PKI to " + dir, e);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static Loaded read(Path dir) {
        try {
            String password = Files.readString(dir.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII).strip();
            Servers servers = JSON.readValue(dir.resolve(SERVERS_FILE).toFile(), Servers.class);
            Map<String, Identity> identities = new LinkedHashMap<>();
            KeyType keyType = KeyType.valueOf(servers.keyType());
            for (String name : HOLDERS) {
                identities.put(name, readPkcs12(dir.resolve(name + ".p12"), name, password, keyType));
            }
            return new Loaded(keyType, servers, identities, password);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("thiếu tệp / missing file " + e.getFile()
                    + " (tạo bằng / make it with: bansao testkit pki --out " + dir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được PKI ở / cannot read the PKI in " + dir + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("servers.json không hợp lệ / invalid servers.json in " + dir
                    + ": " + e.getMessage(), e);
        }
    }

    private static Identity readPkcs12(Path file, String alias, String password, KeyType keyType)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            Key key = ks.getKey(alias, password.toCharArray());
            Certificate[] chain = ks.getCertificateChain(alias);
            if (!(key instanceof PrivateKey) || chain == null) {
                throw new IOException(file + " has no key entry '" + alias + "'");
            }
            List<X509Certificate> certs = Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
            KeyType type = "EC".equals(key.getAlgorithm()) ? KeyType.ECDSA_P256 : keyType;
            return new Identity(alias, type, certs.get(0), (PrivateKey) key, certs);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
