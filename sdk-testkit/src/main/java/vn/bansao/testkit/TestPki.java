package vn.bansao.testkit;

import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.bansao.testkit.internal.CertificateAuthority;
import vn.bansao.testkit.internal.CertificateMaker;
import vn.bansao.testkit.internal.KeyPool;
import vn.bansao.testkit.internal.OcspHandler;
import vn.bansao.testkit.internal.PkiFiles;
import vn.bansao.testkit.internal.RepositoryHandler;
import vn.bansao.testkit.internal.ServiceHost;
import vn.bansao.testkit.internal.TsaHandler;

/**
 * A throwaway PKI shaped like Vietnam's, with real RFC 3161 TSA, RFC 6960 OCSP and CRL servers on 127.0.0.1.
 *
 * <p>Root CA → issuing CA → officer (CN = full name, T = title, UID = CCCD), authority seal (CN = UBND Phường…,
 * UID = MST), TSA (EKU timeStamping) and OCSP responder (EKU OCSPSigning, ocsp-nocheck). Issued certificates
 * carry the servers' URLs in AIA (OCSP, caIssuers) and CRL distribution points. Keys are generated lazily and
 * cached in the JVM.
 *
 * <pre>{@code
 * try (TestPki pki = TestPki.start()) {
 *     Identity officer = pki.officer();
 *     pki.revoke(officer);                 // OCSP now answers "revoked", the CRL lists it
 *     pki.stop(Service.OCSP);              // connections to pki.ocspUrl() are refused
 * }
 * }</pre>
 */
public final class TestPki implements AutoCloseable {

    static final String ROOT = "root";
    static final String ISSUING_CA = "issuing-ca";

    private final KeyType keyType;
    private final KeyPool.Allocator keys = new KeyPool.Allocator();
    private final Map<Service, ServiceHost> hosts = new EnumMap<>(Service.class);
    private final CertificateAuthority root;
    private final CertificateAuthority issuingCa;
    private final Identity officer;
    private final Identity authority;
    private final Identity tsa;
    private final Identity ocspResponder;
    /** PKCS#12 password for {@link #writeTo}; made on first use (loading Jackson is not free). */
    private String password;
    private CertificateAuthority untrustedIssuingCa;
    private final Map<String, com.sun.net.httpserver.HttpHandler> extraTsas = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean closed;

    private TestPki(Builder b, PkiFiles.Loaded loaded) {
        this.keyType = loaded != null ? loaded.keyType() : b.keyType;
        this.password = loaded != null ? loaded.password() : null;
        for (Service s : Service.values()) {
            hosts.put(s, new ServiceHost(s, b.ports.getOrDefault(s, 0)));
        }
        try {
            // ports first: they go into the certificates
            hosts.values().forEach(ServiceHost::start);
            if (loaded == null) {
                KeyPool.warm(keyType, 6);
                this.root = CertificateAuthority.root(rootSpec(), keyType, keys.next(keyType));
                this.issuingCa = new CertificateAuthority(root.issue(issuingCaSpec(), keyType, keys.next(keyType),
                        new CertificateMaker.Urls(null, certUrl(ROOT), crlUrl(ROOT))));
                this.officer = issue(IdentitySpec.officer());
                this.authority = issue(IdentitySpec.authority());
                this.tsa = issue(IdentitySpec.tsa());
                this.ocspResponder = issue(IdentitySpec.ocspResponder());
            } else {
                Map<String, Identity> ids = loaded.identities();
                ids.values().forEach(id -> keys.exclude(id.certificate().getPublicKey()));
                this.root = new CertificateAuthority(ids.get(ROOT));
                this.issuingCa = new CertificateAuthority(ids.get(ISSUING_CA));
                this.officer = ids.get("officer");
                this.authority = ids.get("authority");
                this.tsa = ids.get("tsa");
                this.ocspResponder = ids.get("ocsp");
                root.remember(issuingCa.certificate());
                for (Identity id : List.of(officer, authority, tsa, ocspResponder)) {
                    issuingCa.remember(id.certificate());
                }
                PkiFiles.restore(loaded.servers(), Map.of(ROOT, root, ISSUING_CA, issuingCa));
            }
            TsaHandler main = new TsaHandler(tsa);
            // the kit's TSA at /tsa; extra ones (negative tests, see tsaUrl(Identity, boolean)) at /tsa/<name>
            hosts.get(Service.TSA).handler(ex -> {
                String path = ex.getRequestURI().getPath();
                com.sun.net.httpserver.HttpHandler extra = extraTsas.get(path);
                (extra != null ? extra : main).handle(ex);
            });
            hosts.get(Service.OCSP).handler(new OcspHandler(this::responders));
            hosts.get(Service.CRL).handler(new RepositoryHandler(Map.of(ROOT, root, ISSUING_CA, issuingCa)));
        } catch (RuntimeException e) {
            hosts.values().forEach(ServiceHost::stop);
            throw e;
        }
    }

    /** Starts a PKI with the defaults (RSA 2048, RSASSA-PSS) and its three servers. */
    public static TestPki start() {
        return builder().start();
    }

    /** A builder to choose the key type. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- identities ----------------------------------------------------------------------------------

    /** The self-signed root CA ("bansao Root CA THỬ NGHIỆM"). */
    public Identity root() {
        return root.identity();
    }

    /** The issuing CA below the root; signs every end-entity certificate. */
    public Identity issuingCa() {
        return issuingCa.identity();
    }

    /** The certifying officer "Nguyễn Thị Hương" (see {@link IdentitySpec#officer()}). */
    public Identity officer() {
        return officer;
    }

    /** The authority's seal "UBND Phường Bến Nghé" (see {@link IdentitySpec#authority()}). */
    public Identity authority() {
        return authority;
    }

    /** The time-stamping unit behind {@link #tsaUrl()}. */
    public Identity tsa() {
        return tsa;
    }

    /** The delegated OCSP responder behind {@link #ocspUrl()}. */
    public Identity ocspResponder() {
        return ocspResponder;
    }

    /** The key type used for the CAs and the default identities. */
    public KeyType keyType() {
        return keyType;
    }

    /**
     * Issues an extra certificate, e.g. {@code pki.issue(IdentitySpec.expiredOfficer())}. Each call makes a new
     * certificate with a new key.
     */
    public synchronized Identity issue(IdentitySpec spec) {
        Objects.requireNonNull(spec, "spec");
        KeyType type = spec.keyTypeOverride().orElse(keyType);
        KeyPair pair = keys.next(type);
        return switch (spec.issuer()) {
            case ISSUING_CA -> issuingCa.issue(spec, type, pair, endEntityUrls());
            case ROOT -> root.issue(spec, type, pair, new CertificateMaker.Urls(null, certUrl(ROOT), crlUrl(ROOT)));
            case UNTRUSTED_ROOT -> untrustedIssuingCa().issue(spec, type, pair, endEntityUrls());
        };
    }

    /** An impostor issuing CA below an impostor root, both with exactly the names of the real ones. */
    private CertificateAuthority untrustedIssuingCa() {
        if (untrustedIssuingCa == null) {
            CertificateAuthority fakeRoot = CertificateAuthority.root(rootSpec(), keyType, keys.next(keyType));
            untrustedIssuingCa = new CertificateAuthority(fakeRoot.issue(issuingCaSpec(), keyType,
                    keys.next(keyType), new CertificateMaker.Urls(null, certUrl(ROOT), crlUrl(ROOT))));
        }
        return untrustedIssuingCa;
    }

    /**
     * Imports an identity into a fresh SoftHSM2 token; empty when SoftHSM2 is not installed. Close the token
     * when done. In JUnit tests prefer {@link SoftHsmToken#createOrSkip(Identity)}.
     */
    public java.util.Optional<SoftHsmToken> softHsm(Identity identity) {
        return SoftHsmToken.createIfAvailable(identity);
    }

    // ---- revocation ----------------------------------------------------------------------------------

    /** Revokes now with reason keyCompromise. */
    public void revoke(Identity identity) {
        revoke(identity, Instant.now(), RevocationReason.KEY_COMPROMISE);
    }

    /** Revokes at the given time: OCSP answers "revoked" and the issuer's CRL lists the serial. */
    public void revoke(Identity identity, Instant when, RevocationReason reason) {
        caOf(identity).revoke(identity.serialNumber(), when, reason);
    }

    /** The current CRL of the issuing CA (what {@link #crlUrl()} serves). */
    public X509CRL crl() {
        return issuingCa.crl();
    }

    /** The current CRL of the root (lists a revoked issuing CA). */
    public X509CRL rootCrl() {
        return root.crl();
    }

    private CertificateAuthority caOf(Identity identity) {
        X509Certificate cert = identity.certificate();
        for (CertificateAuthority ca : List.of(issuingCa, root)) {
            if (ca.hasIssued(cert.getSerialNumber())
                    && cert.equals(ca.issued().get(cert.getSerialNumber()))) {
                return ca;
            }
        }
        throw new IllegalArgumentException("not issued by this PKI: " + identity);
    }

    private List<OcspHandler.Responder> responders() {
        return List.of(new OcspHandler.Responder(issuingCa, ocspResponder),
                new OcspHandler.Responder(root, root.identity()));
    }

    /**
     * The CRL of the issuing CA as published at {@code thisUpdate}: revocations dated after it are not listed. Embed
     * it in a signature to make a stale "not revoked" (negative tests).
     */
    public X509CRL crlAsOf(Instant thisUpdate) {
        return issuingCa.crlAsOf(thisUpdate);
    }

    /**
     * The self-signed root of the impostor hierarchy behind {@link IdentitySpec.Issuer#UNTRUSTED_ROOT} (same names
     * as the kit's root, another key); e.g. to configure it as a separate TSA anchor.
     */
    public synchronized X509Certificate untrustedRootCertificate() {
        List<X509Certificate> chain = untrustedIssuingCa().identity().chain();
        return chain.get(chain.size() - 1);
    }

    // ---- services ------------------------------------------------------------------------------------

    /**
     * An extra RFC 3161 endpoint on the TSA server that signs tokens with {@code signer}, whatever its certificate
     * allows: a second TSA, a TSA on another root, or a forger minting tokens with a signer's or the OCSP
     * responder's key. {@code essBinding} false makes the ESS signing-certificate-v2 attribute name the issuer's certificate instead. The kit's own
     * TSA ({@link #tsaUrl()}) is unaffected.
     */
    public String tsaUrl(Identity signer, boolean essBinding) {
        String path = "/tsa/" + signer.alias() + "-" + Integer.toHexString(System.identityHashCode(signer))
                + (essBinding ? "" : "-noess");
        extraTsas.put(path, new vn.bansao.testkit.internal.LenientTsaHandler(signer, essBinding));
        return hosts.get(Service.TSA).baseUrl() + path;
    }

    /** The RFC 3161 TSA URL (POST). */
    public String tsaUrl() {
        return hosts.get(Service.TSA).baseUrl() + "/tsa";
    }

    /** The OCSP URL written in the AIA of issued certificates (POST, or GET with the request appended). */
    public String ocspUrl() {
        return hosts.get(Service.OCSP).baseUrl() + "/ocsp";
    }

    /** The issuing CA's CRL URL written in the CRL distribution points of issued certificates. */
    public String crlUrl() {
        return crlUrl(ISSUING_CA);
    }

    /** The root's CRL URL (in the issuing CA's certificate). */
    public String rootCrlUrl() {
        return crlUrl(ROOT);
    }

    private String crlUrl(String name) {
        return hosts.get(Service.CRL).baseUrl() + "/crl/" + name + ".crl";
    }

    private String certUrl(String name) {
        return hosts.get(Service.CRL).baseUrl() + "/certs/" + name + ".cer";
    }

    private CertificateMaker.Urls endEntityUrls() {
        return new CertificateMaker.Urls(ocspUrl(), certUrl(ISSUING_CA), crlUrl());
    }

    /** The port a service listens on (kept across stop/start). */
    public int port(Service service) {
        return hosts.get(service).port();
    }

    /** Takes a service down: its port stops listening, so clients get "connection refused". */
    public void stop(Service service) {
        hosts.get(service).stop();
    }

    /** Brings a service back on the same port. */
    public void start(Service service) {
        hosts.get(service).start();
    }

    /** Whether a service is listening. */
    public boolean isRunning(Service service) {
        return hosts.get(service).running();
    }

    /** How many HTTP requests a service has received since the PKI started (e.g. to prove "no network use"). */
    public long requestCount(Service service) {
        return hosts.get(service).requests();
    }

    /** Requests received by all services together. */
    public long totalRequestCount() {
        return hosts.values().stream().mapToLong(ServiceHost::requests).sum();
    }

    // ---- persistence ---------------------------------------------------------------------------------

    /**
     * Writes the PKI to {@code dir} so that another process can use it ({@code bansao testkit serve}):
     * {@code root.pem}, {@code issuing-ca.pem}, a PKCS#12 per key holder ({@code root.p12}, {@code issuing-ca.p12},
     * {@code officer.p12}, {@code authority.p12}, {@code tsa.p12}, {@code ocsp.p12}, each with alias = file name),
     * {@code password.txt} (one generated password for all) and {@code servers.json} (the ports in the
     * certificates' URLs, what was issued and revoked). Files are replaced whole, never half-written.
     *
     * @return the files written
     */
    public synchronized List<Path> writeTo(Path dir) {
        Map<String, Identity> holders = new LinkedHashMap<>();
        holders.put(ROOT, root.identity());
        holders.put(ISSUING_CA, issuingCa.identity());
        holders.put("officer", officer);
        holders.put("authority", authority);
        holders.put("tsa", tsa);
        holders.put("ocsp", ocspResponder);
        PkiFiles.Servers servers = PkiFiles.describe(keyType,
                new PkiFiles.Endpoint(port(Service.TSA), tsaUrl()),
                new PkiFiles.Endpoint(port(Service.OCSP), ocspUrl()),
                new PkiFiles.Endpoint(port(Service.CRL), crlUrl()),
                Map.of(ROOT, root, ISSUING_CA, issuingCa));
        return PkiFiles.write(dir, holders, new String(pkcs12Password()), servers);
    }

    /**
     * Reloads a PKI written by {@link #writeTo(Path)} and serves it on the recorded ports (the ones in its
     * certificates). Fails if a port is taken.
     */
    public static TestPki load(Path dir) {
        PkiFiles.Loaded loaded = PkiFiles.read(dir);
        Builder b = builder();
        b.port(Service.TSA, loaded.servers().tsa().port());
        b.port(Service.OCSP, loaded.servers().ocsp().port());
        b.port(Service.CRL, loaded.servers().crl().port());
        return new TestPki(b, loaded);
    }

    /** The password of the PKCS#12 files written by {@link #writeTo(Path)}. */
    public synchronized char[] pkcs12Password() {
        if (password == null) {
            password = PkiFiles.newPassword();
        }
        return password.toCharArray();
    }

    /** Stops all servers. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            hosts.values().forEach(ServiceHost::stop);
        }
    }

    // ---- names of the CAs ----------------------------------------------------------------------------

    static IdentitySpec rootSpec() {
        return IdentitySpec.builder(ROOT).commonName("bansao Root CA THỬ NGHIỆM - không dùng thật")
                .organization("Dự án bansao - THỬ NGHIỆM").locality(null).state(null)
                .keyUsage(IdentitySpec.KeyUsage.KEY_CERT_SIGN, IdentitySpec.KeyUsage.CRL_SIGN).ca(true)
                .validity(Instant.now().minus(java.time.Duration.ofDays(5 * 365)),
                        Instant.now().plus(java.time.Duration.ofDays(15 * 365)))
                .revocationUrls(false).build();
    }

    static IdentitySpec issuingCaSpec() {
        return IdentitySpec.builder(ISSUING_CA).commonName("CA phục vụ các cơ quan Nhà nước THỬ NGHIỆM")
                .organization("Dự án bansao - THỬ NGHIỆM").locality(null).state(null)
                .keyUsage(IdentitySpec.KeyUsage.KEY_CERT_SIGN, IdentitySpec.KeyUsage.CRL_SIGN,
                        IdentitySpec.KeyUsage.DIGITAL_SIGNATURE).ca(true)
                .validity(Instant.now().minus(java.time.Duration.ofDays(4 * 365)),
                        Instant.now().plus(java.time.Duration.ofDays(10 * 365)))
                .build();
    }

    /** Options of a {@link TestPki}. */
    public static final class Builder {
        private KeyType keyType = KeyType.RSA_2048_PSS;
        private final Map<Service, Integer> ports = new EnumMap<>(Service.class);

        private Builder() {
        }

        /** Key type of the CAs and default identities (RSA 2048 PSS by default). */
        public Builder keyType(KeyType keyType) {
            this.keyType = Objects.requireNonNull(keyType);
            return this;
        }

        /** A fixed port for a service instead of an ephemeral one. */
        public Builder port(Service service, int port) {
            ports.put(service, port);
            return this;
        }

        /** Creates the PKI and starts its servers. */
        public TestPki start() {
            return new TestPki(this, null);
        }
    }

}
