package vn.bansao.signing;

import java.util.Locale;
import vn.bansao.common.BansaoException;
import vn.bansao.common.IoReason;
import vn.bansao.common.LocalizedText;
import vn.bansao.common.Pem;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.bansao.core.text.VietnameseFont;
import vn.bansao.signing.internal.Augmenter;
import vn.bansao.signing.internal.SigningFiles;
import vn.bansao.signing.internal.CertificateChecker;
import vn.bansao.signing.internal.OnlineSources;
import vn.bansao.signing.internal.SigningEngine;
import vn.bansao.signing.internal.Timestamper;

/**
 * Signs PDFs (certified copies or any PDF) as PAdES baseline B, T, LT or LTA. Build one per
 * configuration and share it: it is immutable, thread-safe and pre-warmed (font, DSS service, HTTP
 * clients are set up once), like DigiDoc4j's shared configuration.
 *
 * <pre>{@code
 * PadesSigner signer = PadesSigner.builder()
 *         .level(Level.B_LT)
 *         .tsa("http://tsa.example.vn")
 *         .trustAnchors(Path.of("root.pem"))
 *         .build();
 * signer.sign(Path.of("copy.pdf"), Path.of("copy-signed.pdf"),
 *         SigningKey.pkcs12(Path.of("officer.p12"), password), Role.OFFICER);
 * }</pre>
 *
 * <p>The first signature of a document is a certification signature (DocMDP P=2: only form filling
 * and signing allowed afterwards); later ones are approval signatures. Every signature is an
 * incremental update. The signer's certificate is checked first (validity, key usage, OCSP then CRL).
 * For the officer-then-authority workflow use {@link CertifiedCopySigning}; for keys held by a browser
 * or a remote service, {@link RemoteSigning}.
 */
public final class PadesSigner {

    private final Level level;
    private final SigningEngine engine;

    private PadesSigner(Builder b) {
        this.level = b.level;
        OnlineSources sources = new OnlineSources(b.tsa, b.timeout, b.retries, b.revocationHosts);
        this.engine = new SigningEngine(b.hash, b.rsaPadding, b.appearance,
                new CertificateChecker(b.checkRevocation, b.strict, b.timeout, b.retries, b.trustAnchors,
                        java.util.Optional.ofNullable(b.revocationHosts)), new Timestamper(sources.tsp()),
                new Augmenter(sources, b.trustAnchors), b.clock, b.completeChain ? sources.aia() : null);
    }

    /** A builder with the defaults: B-B, SHA-256, RSASSA-PSS, the {@code default} appearance, revocation checked, not strict. */
    public static Builder builder() {
        return new Builder();
    }

    /** The level this signer brings documents to. */
    public Level level() {
        return level;
    }

    /**
     * Signs {@code in} into {@code out} (written to a temporary file, then moved: never half-written).
     *
     * @throws SigningException with a {@link SigningException.Cause}
     */
    public SigningResult sign(Path in, Path out, SigningKey key, Role role) {
        SignedPdf signed = sign(SigningFiles.read(in), key, role);
        SigningFiles.write(out, signed.bytes());
        return signed.result();
    }

    /** Signs a PDF in memory. */
    public SignedPdf sign(byte[] pdf, SigningKey key, Role role) {
        Objects.requireNonNull(key, "key");
        SignedPdf signed = engine.sign(pdf, key, role, embeddedLevel());
        if (!level.longTerm()) {
            return signed;
        }
        return new SignedPdf(engine.augment(signed.bytes(), level), withLevel(signed.result(), level));
    }

    /** Adds the long-term validation data (B-LT) and document time-stamp (B-LTA) to every signature of a signed PDF. */
    public byte[] augment(byte[] signedPdf, Level target) {
        return engine.augment(signedPdf, target);
    }

    /** The level embedded in each CMS: B-T whenever a time-stamp is wanted; LT data is added once, after the last signature. */
    Level embeddedLevel() {
        return level.timestamped() ? Level.B_T : Level.B_B;
    }

    SigningEngine engine() {
        return engine;
    }

    static SigningResult withLevel(SigningResult r, Level level) {
        return new SigningResult(r.field(), r.role(), level, r.signingTime(), r.signerName(), r.certification(), r.warnings());
    }

    /**
     * Options of a {@link PadesSigner}, validated by {@link #build()}.
     *
     * <pre>{@code
     * PadesSigner.builder().level(Level.B_T).tsa(url).rsaPadding(RsaPadding.PKCS1_V1_5).strict(true).build();
     * }</pre>
     */
    public static final class Builder {
        private Level level = Level.B_B;
        private String tsa;
        private final List<X509Certificate> trustAnchors = new ArrayList<>();
        private HashAlgorithm hash = HashAlgorithm.SHA256;
        private RsaPadding rsaPadding = RsaPadding.PSS;
        private AppearanceProfile appearance = AppearanceProfile.DEFAULT;
        private boolean checkRevocation = true;
        private boolean strict;
        private Duration timeout = Duration.ofSeconds(10);
        private int retries = 2;
        private Clock clock = Clock.systemUTC();
        private boolean completeChain = true;
        private java.util.Set<String> revocationHosts;

        private Builder() {
        }

        /**
         * Whether a chain holding only the signer's certificate (common on USB tokens) is completed from the
         * certificate's caIssuers URL (default true; the signer's own certificate, so fetching is allowed).
         */
        public Builder completeChainFromAia(boolean complete) {
            this.completeChain = complete;
            return this;
        }

        /** PAdES level; B-T and above need {@link #tsa}, B-LT and above need {@link #trustAnchors}. */
        public Builder level(Level level) {
            this.level = Objects.requireNonNull(level);
            return this;
        }

        /** URL of the RFC 3161 time-stamp authority. */
        public Builder tsa(String url) {
            this.tsa = url;
            return this;
        }

        /** Trust anchors (roots) for the long-term validation data. */
        public Builder trustAnchors(X509Certificate... roots) {
            trustAnchors.addAll(List.of(roots));
            return this;
        }

        /** Trust anchors read from PEM or DER files (a file may hold several certificates). */
        public Builder trustAnchors(Path... files) {
            for (Path file : files) {
                try {
                    trustAnchors.addAll(Pem.readCertificates(file));
                } catch (IOException | CertificateException e) {
                    // a configuration mistake, not a signing failure: both languages in the one message
                    LocalizedText why = e instanceof IOException io ? IoReason.of(io) : LocalizedText.of(e.getMessage(), e.getMessage());
                    throw new IllegalArgumentException(SigningText.TRUST_ANCHOR_UNREADABLE.text(BansaoException.VIETNAMESE, file, why)
                            + " / " + SigningText.TRUST_ANCHOR_UNREADABLE.text(Locale.ENGLISH, file, why), e);
                }
            }
            return this;
        }

        /** Digest algorithm (default SHA-256). */
        public Builder hash(HashAlgorithm hash) {
            this.hash = Objects.requireNonNull(hash);
            return this;
        }

        /** RSA scheme (default RSASSA-PSS). */
        public Builder rsaPadding(RsaPadding padding) {
            this.rsaPadding = Objects.requireNonNull(padding);
            return this;
        }

        /** Visible signature profile (default {@link AppearanceProfile#DEFAULT}). */
        public Builder appearance(AppearanceProfile profile) {
            this.appearance = Objects.requireNonNull(profile);
            return this;
        }

        /** Whether the signer's certificate is checked with OCSP/CRL before signing (default true). */
        public Builder checkRevocation(boolean check) {
            this.checkRevocation = check;
            return this;
        }

        /**
         * The hosts the signer may contact for revocation data and certificates, besides the TSA: both the
         * pre-check (shared with the verifier, {@code bansao-trust}) and the B-LT/B-LTA augmentation. Default: the
         * pre-check asks the hosts named in the signer's own certificate (OCSP responder, CRL distribution point);
         * the augmentation any http(s) host its and the TSA's certificates name. Every request goes through
         * bansao-trust's one HTTP client (no redirects, a timeout, a size limit).
         */
        public Builder revocationHosts(String... hosts) {
            this.revocationHosts = java.util.Set.of(hosts);
            return this;
        }

        /** Strict mode: refuse to sign when neither OCSP nor CRL answers (default: warn and sign). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Connection and read timeout of the TSA, OCSP and CRL clients (default 10 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Retries after a failed TSA, OCSP or CRL request (default 2). */
        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        /** The clock for "valid now" and the signing time (tests, or a trusted time source). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Builds and pre-warms the signer. */
        public PadesSigner build() {
            if (level.timestamped() && (tsa == null || tsa.isBlank())) {
                throw new IllegalStateException("Mức " + level.label() + " cần địa chỉ TSA / level " + level.label()
                        + " needs a TSA URL");
            }
            if (level.longTerm() && trustAnchors.isEmpty()) {
                throw new IllegalStateException("Mức " + level.label() + " cần chứng thư gốc tin cậy / level " + level.label()
                        + " needs trust anchors (Vietnamese roots are not on the EU trusted lists)");
            }
            VietnameseFont.REGULAR.warmUp();
            return new PadesSigner(this);
        }
    }
}
