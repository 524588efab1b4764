package vn.bansao.signing.internal;

import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.AppearanceProfile;
import vn.bansao.signing.HashAlgorithm;
import vn.bansao.signing.Level;
import vn.bansao.signing.Role;
import vn.bansao.signing.RsaPadding;
import vn.bansao.signing.SignedPdf;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningKey;
import vn.bansao.signing.SigningResult;
import vn.bansao.signing.SigningText;

/**
 * Where a signature is made, in three steps shared by local and remote signing:
 * {@link #prepare} (checks, one PDFBox pass, data to be signed), the signature value (local key,
 * token or remote signer), {@link #complete} (CMS, time-stamp, written into the placeholder).
 * Immutable and thread-safe.
 */
public final class SigningEngine {

    /** Extra room kept for a CMS assembled by a remote service (more certificates, own attributes). */
    private static final int REMOTE_SLACK = 8192;

    private final HashAlgorithm hash;
    private final RsaPadding padding;
    private final AppearanceProfile appearance;
    private final CertificateChecker checker;
    private final Timestamper timestamper;
    private final Augmenter augmenter;
    private final Clock clock;
    private final DefaultAIASource aia;

    public SigningEngine(HashAlgorithm hash, RsaPadding padding, AppearanceProfile appearance, CertificateChecker checker,
                         Timestamper timestamper, Augmenter augmenter, Clock clock, DefaultAIASource aia) {
        this.aia = aia;
        this.hash = hash;
        this.padding = padding;
        this.appearance = appearance;
        this.checker = checker;
        this.timestamper = timestamper;
        this.augmenter = augmenter;
        this.clock = clock;
    }

    /** A prepared signature waiting for its value. */
    public record Pending(PreparedPdf pdf, byte[] signedAttributes, SignatureScheme scheme, List<X509Certificate> chain,
                          Role role, Instant signingTime, List<String> warnings) {

        /** The digest of the document's byte range (the message-digest attribute). */
        public byte[] documentDigest() {
            return pdf.digest(scheme.hash());
        }
    }

    public Clock clock() {
        return clock;
    }

    /** Checks the certificate and writes the signature dictionary with a placeholder sized for {@code level}. */
    public Pending prepare(byte[] pdf, List<X509Certificate> givenChain, Role role, Level level, boolean remote) {
        return prepare(pdf, givenChain, role, level, remote, false);
    }

    /** As above; {@code requireField}: refuse a document without the role's field instead of adding an invisible one. */
    public Pending prepare(byte[] pdf, List<X509Certificate> givenChain, Role role, Level level, boolean remote,
                           boolean requireField) {
        List<X509Certificate> chain = givenChain.size() == 1 && aia != null ? ChainCompleter.complete(givenChain, aia) : givenChain;
        X509Certificate cert = chain.get(0);
        SignatureScheme scheme = SignatureScheme.forKey(cert.getPublicKey(), hash, padding);
        Instant now = clock.instant();
        List<String> warnings = new ArrayList<>(checker.check(chain, now));
        if (level.timestamped() && !timestamper.configured()) {
            throw new SigningException(Cause.TSA_UNAVAILABLE,
                    LocalizedText.of(SigningText.LEVEL_NEEDS_TSA, level.label()), null);
        }
        int reserve = CmsBuilder.estimateSize(chain, scheme.maxSignatureLength(cert.getPublicKey()),
                level.timestamped() ? timestamper.reserve() : 0) + (remote ? REMOTE_SLACK : 0);
        return prepare(pdf, chain, role, scheme, now, reserve, warnings, requireField);
    }

    private Pending prepare(byte[] pdf, List<X509Certificate> chain, Role role, SignatureScheme scheme, Instant now,
                            int reserve, List<String> warnings, boolean requireField) {
        PreparedPdf prepared = PdfPreparer.prepare(pdf, role, SignerIdentity.of(chain.get(0)), appearance, now, reserve,
                requireField);
        byte[] attrs = CmsBuilder.signedAttributes(prepared.digest(scheme.hash()), chain.get(0), scheme.hash());
        return new Pending(prepared, attrs, scheme, chain, role, now, warnings);
    }

    /** Signs with a local key (PKCS#12, PKCS#11 or in memory) at B-B or B-T; long-term data is added by {@link #augment}. */
    public SignedPdf sign(byte[] pdf, SigningKey key, Role role, Level level) {
        return sign(pdf, key, role, level, false);
    }

    /** Signs; {@code requireField}: the document must already have the role's field (certified copies). */
    public SignedPdf sign(byte[] pdf, SigningKey key, Role role, Level level, boolean requireField) {
        Pending pending = prepare(pdf, key.chain(), role, level, false, requireField);
        List<X509Certificate> chain = pending.chain();
        byte[] value = signatureValue(pending, key);
        byte[] timestamp = level.timestamped() ? timestamper.timestamp(value) : null;
        byte[] cms = CmsBuilder.assemble(pending.signedAttributes(), value, pending.scheme(), pending.chain(), timestamp);
        if (cms.length > pending.pdf().capacity()) {
            // the estimate was short (an unusually large time-stamp): prepare again with the real size
            pending = prepare(pdf, chain, role, pending.scheme(), pending.signingTime(), cms.length + 4096,
                    pending.warnings(), requireField);
            value = signatureValue(pending, key);
            timestamp = level.timestamped() ? timestamper.timestamp(value) : null;
            cms = CmsBuilder.assemble(pending.signedAttributes(), value, pending.scheme(), pending.chain(), timestamp);
        }
        return new SignedPdf(pending.pdf().withSignature(cms), result(pending, level));
    }

    private static byte[] signatureValue(Pending pending, SigningKey key) {
        byte[] value;
        try {
            Provider provider = key.provider().orElse(null);
            Signature s = pending.scheme().newSignature(provider);
            s.initSign(key.privateKey());
            s.update(pending.signedAttributes());
            value = s.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SigningException(Cause.KEY_MISMATCH,
                    LocalizedText.of(SigningText.PRIVATE_KEY_COULD_NOT_SIGN, e.getMessage()), e);
        }
        // a key that does not belong to the certificate would give a signature nobody can verify
        if (!pending.scheme().verify(key.certificate().getPublicKey(), pending.signedAttributes(), value)) {
            throw new SigningException(Cause.KEY_MISMATCH,
                    LocalizedText.of(SigningText.PRIVATE_KEY_DOES_NOT_MATCH), null);
        }
        return value;
    }

    /** Completes a prepared signature with a CMS already assembled (optionally adding the time-stamp first). */
    public SignedPdf complete(Pending pending, byte[] cms, Level level) {
        if (cms.length > pending.pdf().capacity()) {
            throw new SigningException(Cause.SESSION_MISMATCH,
                    LocalizedText.of(SigningText.CMS_EXCEEDS_RESERVED, cms.length, pending.pdf().capacity()), null);
        }
        return new SignedPdf(pending.pdf().withSignature(cms), result(pending, level));
    }

    /** Completes a prepared signature from a raw signature value. */
    public SignedPdf completeWithValue(Pending pending, byte[] value, Level level) {
        byte[] timestamp = level.timestamped() ? timestamper.timestamp(value) : null;
        byte[] cms = CmsBuilder.assemble(pending.signedAttributes(), value, pending.scheme(), pending.chain(), timestamp);
        return complete(pending, cms, level);
    }

    public Timestamper timestamper() {
        return timestamper;
    }

    /** B-LT / B-LTA for every signature of the document. */
    public byte[] augment(byte[] pdf, Level level) {
        return augmenter.augment(pdf, level);
    }

    private static SigningResult result(Pending p, Level level) {
        return new SigningResult(p.role().fieldName(), p.role(), level, p.signingTime(),
                SignerIdentity.of(p.chain().get(0)).name(), p.pdf().certification(), p.warnings());
    }
}
