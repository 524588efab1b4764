package vn.bansao.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.bansao.common.LocalizedText;
import vn.bansao.verify.internal.VerifierText;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * The certificates the verifier trusts (anchors), plus optional intermediates that help build chains
 * when a document omits them. Immutable; combine sets with {@link #and(TrustAnchors)}.
 * Vietnamese CAs are not on the EU trusted lists: trust is always configured, never assumed.
 *
 * <pre>{@code
 * TrustAnchors anchors = TrustAnchors.fromPaths(Path.of("/etc/bansao/trust"))          // PEM, DER, .p12/.jks
 *         .and(VietnamRoots.load(Path.of("/opt/vietnam-ca-certs")));             // pinned by fingerprint
 * }</pre>
 */
public final class TrustAnchors {

    private static final TrustAnchors NONE = new TrustAnchors(Map.of(), Map.of());

    private final Map<String, X509Certificate> anchors;       // by SHA-256 fingerprint
    private final Map<String, X509Certificate> intermediates; // by SHA-256 fingerprint

    private TrustAnchors(Map<String, X509Certificate> anchors, Map<String, X509Certificate> intermediates) {
        this.anchors = Collections.unmodifiableMap(new LinkedHashMap<>(anchors));
        this.intermediates = Collections.unmodifiableMap(new LinkedHashMap<>(intermediates));
    }

    /** No anchor at all: every chain is untrusted (verdicts are at best INDETERMINATE). */
    public static TrustAnchors none() {
        return NONE;
    }

    /** These certificates as anchors. */
    public static TrustAnchors of(X509Certificate... certificates) {
        return of(List.of(certificates));
    }

    /** These certificates as anchors. */
    public static TrustAnchors of(Collection<X509Certificate> certificates) {
        Map<String, X509Certificate> map = new LinkedHashMap<>();
        for (X509Certificate c : certificates) {
            map.put(Fingerprints.sha256(c), c);
        }
        return new TrustAnchors(map, Map.of());
    }

    /**
     * Anchors read from files or folders (not recursive): PEM (one or many certificates), DER
     * ({@code .cer .crt .der}), and key stores ({@code .p12 .pfx .jks .keystore}, opened without password).
     *
     * @throws TrustConfigurationException when a named file cannot be read or holds no certificate
     */
    public static TrustAnchors fromPaths(Path... paths) {
        List<X509Certificate> all = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.sorted().toList()) {
                        if (Files.isRegularFile(f) && looksLikeCertificateFile(f)) {
                            all.addAll(readFile(f));
                        }
                    }
                } catch (IOException e) {
                    throw new TrustConfigurationException(LocalizedText.of(VerifierText.CANNOT_READ_FOLDER, p), e);
                }
            } else {
                all.addAll(readFile(p));
            }
        }
        return of(all);
    }

    /** Anchors from a key store file opened with the given password. */
    public static TrustAnchors fromKeyStore(Path file, char[] password) {
        return of(readKeyStore(file, password));
    }

    /** Both sets together. */
    public TrustAnchors and(TrustAnchors other) {
        Map<String, X509Certificate> a = new LinkedHashMap<>(anchors);
        a.putAll(other.anchors);
        Map<String, X509Certificate> i = new LinkedHashMap<>(intermediates);
        i.putAll(other.intermediates);
        return new TrustAnchors(a, i);
    }

    /** The same anchors, plus certificates used only to complete chains (never trusted by themselves). */
    public TrustAnchors withIntermediates(Collection<X509Certificate> certificates) {
        Map<String, X509Certificate> i = new LinkedHashMap<>(intermediates);
        for (X509Certificate c : certificates) {
            i.put(Fingerprints.sha256(c), c);
        }
        return new TrustAnchors(anchors, i);
    }

    /** The anchors. */
    public List<X509Certificate> anchors() {
        return List.copyOf(anchors.values());
    }

    /** The helper intermediates. */
    public List<X509Certificate> intermediates() {
        return List.copyOf(intermediates.values());
    }

    /** True when no anchor is configured. */
    public boolean isEmpty() {
        return anchors.isEmpty();
    }

    /** SHA-256 fingerprints (upper-case hex) of the anchors. */
    public List<String> fingerprints() {
        return List.copyOf(anchors.keySet());
    }

    @Override
    public String toString() {
        return "TrustAnchors[" + anchors.size() + " anchors, " + intermediates.size() + " intermediates]";
    }

    private static boolean looksLikeCertificateFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pem") || n.endsWith(".crt") || n.endsWith(".cer") || n.endsWith(".der")
                || n.endsWith(".p12") || n.endsWith(".pfx") || n.endsWith(".jks") || n.endsWith(".keystore");
    }

    static List<X509Certificate> readFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".p12") || n.endsWith(".pfx") || n.endsWith(".jks") || n.endsWith(".keystore")) {
            return readKeyStore(f, new char[0]);
        }
        try {
            byte[] bytes = Files.readAllBytes(f);
            List<X509Certificate> certs;
            try {
                certs = parseCertificates(bytes);
            } catch (TrustConfigurationException e) {
                throw new TrustConfigurationException(LocalizedText.of(VerifierText.NOT_A_CERTIFICATE_FILE, f), e);
            }
            if (certs.isEmpty()) {
                throw new TrustConfigurationException(
                        LocalizedText.of(VerifierText.FILE_HOLDS_NO_CERTIFICATE, f), null);
            }
            return certs;
        } catch (IOException e) {
            throw new TrustConfigurationException(LocalizedText.of(VerifierText.CANNOT_READ_CERTIFICATE_FILE, f), e);
        }
    }

    /** PEM (several certificates) or DER. */
    public static List<X509Certificate> parseCertificates(byte[] bytes) {
        try {
            return vn.bansao.common.Pem.parseCertificates(bytes);
        } catch (Exception e) {
            throw new TrustConfigurationException(LocalizedText.of(VerifierText.NOT_A_CERTIFICATE), e);
        }
    }

    private static List<X509Certificate> readKeyStore(Path f, char[] password) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = n.endsWith(".jks") || n.endsWith(".keystore") ? "JKS" : "PKCS12";
        try (InputStream in = Files.newInputStream(f)) {
            KeyStore ks = KeyStore.getInstance(type);
            ks.load(in, password);
            List<X509Certificate> out = new ArrayList<>();
            for (String alias : Collections.list(ks.aliases())) {
                Certificate c = ks.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    out.add(x);
                }
            }
            if (out.isEmpty()) {
                throw new TrustConfigurationException(LocalizedText.of(VerifierText.KEY_STORE_HOLDS_NO_CERTIFICATE, f), null);
            }
            return out;
        } catch (TrustConfigurationException e) {
            throw e;
        } catch (Exception e) {
            throw new TrustConfigurationException(LocalizedText.of(VerifierText.CANNOT_OPEN_KEY_STORE, f), e);
        }
    }
}
