package vn.bansao.springboot;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.RemoteSigning;
import vn.bansao.signing.SigningKey;
import vn.bansao.verify.CheckpointMemory;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.RegisterDirectory;
import vn.bansao.verify.NetworkPolicy;
import vn.bansao.verify.TrustAnchors;

/**
 * The bansao SDK as Spring beans, each created once at start-up (a verifier or a signer is expensive to configure
 * and cheap to share; all are thread-safe) and each replaced by an application bean of the same type
 * ({@code @ConditionalOnMissingBean}). Settings: {@link BansaoProperties}.
 *
 * <ul>
 *   <li>{@link TrustAnchors}, {@link NetworkPolicy} and the shared {@link CopyVerifier} (offline by default);</li>
 *   <li>the {@link SigningKeys}, the {@link PadesSigner} and {@link RemoteSigning};</li>
 *   <li>{@link BansaoTimers} (Micrometer timers {@code bansao.certify} and {@code bansao.verify}).</li>
 * </ul>
 * The register and the workflow are in {@link BansaoRegisterAutoConfiguration}, the Actuator health checks in
 * {@link BansaoHealthAutoConfiguration}.
 *
 * <pre>{@code
 * class Verify {                              // a @RestController
 *     Verify(CopyVerifier verifier) { ... }   // injected, configured from bansao.*
 * }
 * }</pre>
 */
@AutoConfiguration
@EnableConfigurationProperties(BansaoProperties.class)
public class BansaoAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BansaoAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public TrustAnchors bansaoTrustAnchors(BansaoProperties properties) {
        TrustAnchors anchors = properties.getTrustAnchors().isEmpty() ? TrustAnchors.none()
                : TrustAnchors.fromPaths(properties.getTrustAnchors().toArray(Path[]::new));
        if (anchors.isEmpty()) {
            LOG.warn("bansao.trust-anchors is empty: verdicts will be at best INDETERMINATE (CHƯA XÁC ĐỊNH)");
        }
        return anchors;
    }

    @Bean
    @ConditionalOnMissingBean
    public NetworkPolicy bansaoNetworkPolicy(BansaoProperties properties) {
        // offline unless hosts are named: a verification never fetches a URL found in a document
        return properties.getNetwork().getAllowedHosts().isEmpty() ? NetworkPolicy.offline()
                : NetworkPolicy.allowHosts(properties.getNetwork().getAllowedHosts().toArray(String[]::new));
    }

    @Bean
    @ConditionalOnMissingBean
    public CopyVerifier copyVerifier(TrustAnchors anchors, NetworkPolicy network, BansaoProperties properties) {
        CopyVerifier.Builder builder = CopyVerifier.builder().trustAnchors(anchors).network(network);
        BansaoProperties.RemoteRegisters remote = properties.getRemoteRegisters();
        RegisterDirectory directory = null;
        try {
            if (remote.getDirectory() != null && remote.getDirectoryUrl() != null) {
                throw new IllegalStateException("bansao.remote-registers: give directory or directory-url, not both");
            }
            if (remote.getDirectory() != null) {
                directory = RegisterDirectory.fromJson(remote.getDirectory());
            } else if (remote.getDirectoryUrl() != null) {
                if (remote.getDirectoryKey() == null || remote.getDirectoryKey().isBlank()) {
                    throw new IllegalStateException("bansao.remote-registers.directory-url needs directory-key (the"
                            + " publisher's pinned note key)");
                }
                directory = RegisterDirectory.fetch(remote.getDirectoryUrl(), remote.getDirectoryKey(),
                        remote.getTimeout(), remote.getMaxResponseBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bansao.remote-registers: cannot read the register directory: "
                    + e.getMessage(), e);
        }
        if (directory != null) {
            builder.registerDirectory(directory).registerNetwork(remote.getTimeout(), remote.getMaxResponseBytes())
                    .checkpointMemory(remote.getCheckpointMemory() == null ? CheckpointMemory.inMemory()
                            : CheckpointMemory.inDirectory(remote.getCheckpointMemory()));
            LOG.info("Remote register check on for {} agencies (checkpoint memory: {})", directory.agencies().size(),
                    remote.getCheckpointMemory() == null ? "this process only" : remote.getCheckpointMemory());
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    public SigningKeys bansaoSigningKeys(BansaoProperties properties) {
        BansaoProperties.Keys keys = properties.getKeys();
        if (keys.officerPkcs12().isEmpty() && keys.authorityPkcs12().isEmpty()) {
            return SigningKeys.none();
        }
        if (keys.officerPkcs12().isEmpty() || keys.authorityPkcs12().isEmpty()) {
            throw new IllegalStateException("bansao.keys: give both officer-pkcs12 and authority-pkcs12, or neither");
        }
        char[] password = keys.passwordFile().map(BansaoAutoConfiguration::firstLine)
                .or(keys::password)
                .orElseThrow(() -> new IllegalStateException("bansao.keys.password-file (or the environment variable"
                        + " BANSAO_KEYS_PASSWORD) is needed to open the PKCS#12 files"))
                .toCharArray();
        try {
            return SigningKeys.of(SigningKey.pkcs12(keys.officerPkcs12().get(), password),
                    SigningKey.pkcs12(keys.authorityPkcs12().get(), password));
        } finally {
            SigningKey.wipe(password);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    public PadesSigner bansaoSigner(BansaoProperties properties, TrustAnchors anchors) {
        BansaoProperties.Tsa tsa = properties.getTsa();
        if (tsa.url().isEmpty() && tsa.getLevel() != Level.B_B) {
            LOG.warn("bansao.tsa.url is not set: copies are signed at B-B, not {}", tsa.getLevel());
        }
        // without a time-stamping service only B-B signatures can be made (remote signing still works)
        PadesSigner.Builder builder = PadesSigner.builder()
                .level(tsa.url().isPresent() ? tsa.getLevel() : Level.B_B)
                .trustAnchors(anchors.anchors().toArray(X509Certificate[]::new));
        tsa.url().ifPresent(builder::tsa);
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    public RemoteSigning bansaoRemoteSigning(PadesSigner signer, BansaoProperties properties) {
        byte[] key = properties.getRemoteSigning().hmacKeyFile().map(BansaoAutoConfiguration::readKey)
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        return RemoteSigning.builder(signer).hmacKey(key).ttl(properties.getRemoteSigning().getTtl()).build();
    }

    @Bean
    @ConditionalOnMissingBean
    public BansaoTimers bansaoTimers(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters != null ? new BansaoTimers(meters) : BansaoTimers.standalone();
    }

    private static String firstLine(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key password file " + file, e);
        }
    }

    private static byte[] readKey(Path file) {
        try {
            byte[] key = Files.readAllBytes(file);
            if (key.length < 32) {
                throw new IllegalStateException("bansao.remote-signing.hmac-key-file must hold at least 32 bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the remote-signing key " + file, e);
        }
    }
}
