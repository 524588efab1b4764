package vn.bansao.portal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.bansao.portal.internal.endpoints.CertifyEndpoint;
import vn.bansao.portal.internal.endpoints.MetricsEndpoint;
import vn.bansao.portal.internal.endpoints.RegisterEndpoints;
import vn.bansao.portal.internal.endpoints.RemoteSigningEndpoints;
import vn.bansao.portal.internal.endpoints.VerifyEndpoint;
import vn.bansao.portal.internal.http.Router;
import vn.bansao.portal.internal.render.PageThumbnails;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterConfig;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.RemoteSigning;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.register.RegisterLookups;
import vn.bansao.verify.TrustAnchors;

/**
 * The SDK objects the portal shares between requests, created once at start-up (a verifier or a signer is
 * expensive to configure and cheap to reuse, and all are thread-safe), and the routes that use them.
 */
final class PortalServices implements AutoCloseable {

    private static final String API = "/api";

    private final PortalConfig config;
    private final CertificationRegister register;
    private final CopyVerifier verifier;
    private final CopyVerifier ownCopies;
    private final Optional<PadesSigner> signer;
    private final RemoteSigning remoteSigning;
    private final String publicUrl;
    private final List<String> endpoints = new ArrayList<>();

    private PortalServices(PortalConfig config, CertificationRegister register, CopyVerifier verifier,
                           CopyVerifier ownCopies, Optional<PadesSigner> signer, RemoteSigning remoteSigning, String publicUrl) {
        this.config = config;
        this.register = register;
        this.verifier = verifier;
        this.ownCopies = ownCopies;
        this.signer = signer;
        this.remoteSigning = remoteSigning;
        this.publicUrl = publicUrl;
    }

    static PortalServices open(PortalConfig config, String defaultPublicUrl) {
        CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(registerLocation(config))
                .agencyCode(config.agencyCode())
                .registerType(config.registerType())
                .build());
        try {
            TrustAnchors anchors = TrustAnchors.of(config.trustAnchors());
            CopyVerifier verifier = CopyVerifier.builder().trustAnchors(anchors).network(config.network()).build();
            // copies this portal certified are also checked against its register (number, void, hash)
            CopyVerifier ownCopies = CopyVerifier.builder().trustAnchors(anchors).network(config.network())
                    .register(RegisterLookups.of(register)).build();
            // without a time-stamping service only B-B signatures can be made (remote signing still works)
            PadesSigner.Builder signerBuilder = PadesSigner.builder()
                    .level(config.tsaUrl().isPresent() ? config.level() : Level.B_B)
                    .trustAnchors(config.trustAnchors().toArray(new java.security.cert.X509Certificate[0]));
            config.tsaUrl().ifPresent(signerBuilder::tsa);
            PadesSigner signer = signerBuilder.build();
            byte[] hmacKey = config.remoteSigningKey().orElseGet(PortalServices::randomKey);
            RemoteSigning remote = RemoteSigning.builder(signer).hmacKey(hmacKey).ttl(Duration.ofMinutes(15)).build();
            return new PortalServices(config, register, verifier, ownCopies,
                    config.serverSigning() ? Optional.of(signer) : Optional.empty(), remote,
                    config.publicUrl().orElse(defaultPublicUrl));
        } catch (RuntimeException e) {
            register.close();
            throw e;
        }
    }

    private static String registerLocation(PortalConfig config) {
        return config.registerDatabase()
                .map(path -> path.toAbsolutePath().toString())
                .orElseGet(() -> "jdbc:h2:mem:bansao-portal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    void addRoutes(Router router) {
        long upload = config.maxUploadBytes();
        // base64 in JSON is 4/3 of the PDF, plus the certificate chain and the session
        long jsonUpload = upload / 3 * 4 + (1 << 20);
        PageThumbnails thumbnails = new PageThumbnails(config.thumbnailPages(), config.thumbnailDpi());

        router.post(API + "/verify", upload, new VerifyEndpoint(verifier, ownCopies, register, thumbnails,
                config.agencyName(), config.agencyCode()));
        endpoints.add("POST /api/verify");

        router.post(API + "/certify", upload, new CertifyEndpoint(register, signer, config.officerKey(),
                config.authorityKey(), config.agencyName(), config.agencyCode(), config.registerType(), publicUrl,
                config.maxScans(), config.tsaUrl()));
        endpoints.add("POST /api/certify");

        RemoteSigningEndpoints remote = new RemoteSigningEndpoints(remoteSigning, register, config.agencyName(),
                config.agencyCode());
        router.post(API + "/sign/prepare", jsonUpload, remote.prepare());
        router.post(API + "/sign/complete", jsonUpload, remote.complete());
        endpoints.add("POST /api/sign/prepare");
        endpoints.add("POST /api/sign/complete");

        RegisterEndpoints lookups = new RegisterEndpoints(register, config.agencyName(), config.agencyCode(),
                config.registerType());
        router.get(API + "/register/qr", lookups.byQrPayload());
        router.get(API + "/register/(\\d{4})/(\\d{1,12})", lookups.byNumber());
        endpoints.add("GET /api/register/{year}/{number}");
        endpoints.add("GET /api/register/qr?payload=...");

        router.get(API + "/metrics", new MetricsEndpoint());
        endpoints.add("GET /api/metrics");
    }

    List<String> endpointNames() {
        return List.copyOf(endpoints);
    }

    CertificationRegister register() {
        return register;
    }

    @Override
    public void close() {
        register.close();
    }
}
