package vn.bansao.portal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.bansao.signing.Level;
import vn.bansao.signing.SigningKey;
import vn.bansao.verify.NetworkPolicy;

/**
 * Settings of the portal example: where it listens, which register, which trust anchors and keys, and how
 * much it accepts. Immutable; build it with {@link #builder()}. The defaults are safe for a first run:
 * loopback only, an in-memory register, offline verification, 32 MiB uploads.
 *
 * <pre>{@code
 * PortalConfig config = PortalConfig.builder()
 *         .port(8080)
 *         .registerDatabase(Path.of("so-chung-thuc"))
 *         .trustAnchors(List.of(rootCertificate))
 *         .signingKeys(SigningKey.pkcs12(officerP12, pw), SigningKey.pkcs12(sealP12, pw))
 *         .tsa("http://tsa.example.vn")
 *         .build();
 * }</pre>
 *
 * @param host             address to bind; {@code 127.0.0.1} by default (put a reverse proxy with TLS in front)
 * @param port             TCP port; 0 picks a free one (tests)
 * @param registerDatabase H2 database file (without {@code .mv.db}); empty for an in-memory register
 * @param agencyName       the certifying body this portal serves (printed on copies)
 * @param agencyCode       its agency code, the register's default body
 * @param registerType     the register type symbol numbers are allocated in
 * @param publicUrl        the verification page's public address, written into the QR code of new copies;
 *                         empty: this server's own {@code /xac-minh}
 * @param trustAnchors     roots that signatures must chain to (empty: verdicts are at best CHƯA XÁC ĐỊNH)
 * @param network          network access of the verifier for OCSP/CRL (offline by default)
 * @param officerKey       the certifying officer's key for {@code /api/certify} (empty: only remote signing)
 * @param authorityKey     the authority's seal key for {@code /api/certify}
 * @param tsaUrl           RFC 3161 time-stamping service (needed from level B-T)
 * @param level            PAdES level of new copies
 * @param remoteSigningKey HMAC key of remote-signing sessions (empty: a random key per start, so sessions do
 *                         not survive a restart; give the same key to every instance behind a load balancer)
 * @param maxUploadBytes   the largest request body accepted (413 above it)
 * @param maxScans         the most scans accepted by one certify request
 * @param thumbnailPages   the most pages previewed on the verification page
 * @param thumbnailDpi     the resolution of those previews
 * @param threads          worker threads serving requests (requests beyond them wait in a queue)
 */
public record PortalConfig(
        String host,
        int port,
        Optional<Path> registerDatabase,
        String agencyName,
        String agencyCode,
        String registerType,
        Optional<String> publicUrl,
        List<X509Certificate> trustAnchors,
        NetworkPolicy network,
        Optional<SigningKey> officerKey,
        Optional<SigningKey> authorityKey,
        Optional<String> tsaUrl,
        Level level,
        Optional<byte[]> remoteSigningKey,
        long maxUploadBytes,
        int maxScans,
        int thumbnailPages,
        float thumbnailDpi,
        int threads) {

    public PortalConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(registerDatabase, "registerDatabase");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(registerType, "registerType");
        Objects.requireNonNull(publicUrl, "publicUrl");
        trustAnchors = List.copyOf(trustAnchors);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(officerKey, "officerKey");
        Objects.requireNonNull(authorityKey, "authorityKey");
        Objects.requireNonNull(tsaUrl, "tsaUrl");
        Objects.requireNonNull(level, "level");
        remoteSigningKey = Objects.requireNonNull(remoteSigningKey, "remoteSigningKey").map(byte[]::clone);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (officerKey.isPresent() != authorityKey.isPresent()) {
            throw new IllegalArgumentException("give both the officer's and the authority's key, or neither");
        }
        if (level != Level.B_B && tsaUrl.isEmpty() && officerKey.isPresent()) {
            throw new IllegalArgumentException("level " + level + " needs a time-stamping service (tsa)");
        }
        if (remoteSigningKey.isPresent() && remoteSigningKey.get().length < 32) {
            throw new IllegalArgumentException("remoteSigningKey must have at least 32 bytes");
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("maxUploadBytes too small: " + maxUploadBytes);
        }
        if (maxScans < 1 || thumbnailPages < 0 || thumbnailDpi <= 0 || threads < 1) {
            throw new IllegalArgumentException("maxScans, threads >= 1; thumbnailPages >= 0; thumbnailDpi > 0");
        }
    }

    /** A copy of the key: the configuration stays immutable. */
    @Override
    public Optional<byte[]> remoteSigningKey() {
        return remoteSigningKey.map(byte[]::clone);
    }

    /** Whether {@code POST /api/certify} can sign with keys held by the server. */
    public boolean serverSigning() {
        return officerKey.isPresent();
    }

    /** Never prints keys. */
    @Override
    public String toString() {
        return "PortalConfig[" + host + ":" + port + ", register=" + registerDatabase.map(Path::toString).orElse("memory")
                + ", agency=" + agencyCode + ", anchors=" + trustAnchors.size() + ", serverSigning=" + serverSigning()
                + ", level=" + level + "]";
    }

    /** A builder with the defaults described on {@link PortalConfig}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PortalConfig}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path registerDatabase;
        private String agencyName = "UBND phường Bến Nghé, Quận 1";
        private String agencyCode = "000.00.12.H29";
        private String registerType = vn.bansao.register.RegisterTypes.ELECTRONIC_COPIES;
        private String publicUrl;
        private List<X509Certificate> trustAnchors = List.of();
        private NetworkPolicy network = NetworkPolicy.offline();
        private SigningKey officerKey;
        private SigningKey authorityKey;
        private String tsaUrl;
        private Level level = Level.B_LT;
        private byte[] remoteSigningKey;
        private long maxUploadBytes = 32L << 20;
        private int maxScans = 50;
        private int thumbnailPages = 4;
        private float thumbnailDpi = 40f;
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder registerDatabase(Path file) {
            this.registerDatabase = file;
            return this;
        }

        public Builder agency(String name, String code) {
            this.agencyName = name;
            this.agencyCode = code;
            return this;
        }

        public Builder registerType(String symbol) {
            this.registerType = symbol;
            return this;
        }

        public Builder publicUrl(String url) {
            this.publicUrl = url;
            return this;
        }

        public Builder trustAnchors(List<X509Certificate> anchors) {
            this.trustAnchors = anchors;
            return this;
        }

        public Builder network(NetworkPolicy network) {
            this.network = network;
            return this;
        }

        public Builder signingKeys(SigningKey officer, SigningKey authority) {
            this.officerKey = officer;
            this.authorityKey = authority;
            return this;
        }

        public Builder tsa(String url) {
            this.tsaUrl = url;
            return this;
        }

        public Builder level(Level level) {
            this.level = level;
            return this;
        }

        public Builder remoteSigningKey(byte[] hmacKey) {
            this.remoteSigningKey = hmacKey.clone();
            return this;
        }

        public Builder maxUploadBytes(long bytes) {
            this.maxUploadBytes = bytes;
            return this;
        }

        public Builder maxScans(int scans) {
            this.maxScans = scans;
            return this;
        }

        public Builder thumbnails(int pages, float dpi) {
            this.thumbnailPages = pages;
            this.thumbnailDpi = dpi;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public PortalConfig build() {
            return new PortalConfig(host, port, Optional.ofNullable(registerDatabase), agencyName, agencyCode,
                    registerType, Optional.ofNullable(publicUrl), trustAnchors, network,
                    Optional.ofNullable(officerKey), Optional.ofNullable(authorityKey), Optional.ofNullable(tsaUrl),
                    level, Optional.ofNullable(remoteSigningKey), maxUploadBytes, maxScans, thumbnailPages,
                    thumbnailDpi, threads);
        }
    }
}
