package vn.bansao.signing;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.internal.PreparedPdf;
import vn.bansao.signing.internal.SessionCodec;
import vn.bansao.signing.internal.SignatureScheme;
import vn.bansao.signing.internal.SigningEngine;

/**
 * Two-step signing for keys the server never holds (a browser token plug-in, a CA's remote-signing
 * service). Step 1 ({@link #prepare}) checks the certificate, writes the signature dictionary and
 * the visible appearance, and returns the bytes to sign plus a JSON session. Step 2
 * ({@link #complete} or {@link #completeWithCms}) takes the signature value or a whole CMS and writes
 * it into the prepared PDF: nothing is recomputed or re-rendered.
 *
 * <p><b>State lives only in the session.</b> The prepared PDF (with its zero-filled placeholder) is
 * inside the session, so step 2 may run on another server instance or after a restart; instances
 * share only the HMAC key. The session is protected by HMAC-SHA256 and expires ({@link Builder#ttl}).
 * Keep it server-side (e.g. in the HTTP session or a database) when the PDF is large or private; it
 * may also travel through the browser since it cannot be altered unnoticed.
 *
 * <pre>{@code
 * RemoteSigning remote = RemoteSigning.builder(signer).hmacKey(secret32bytes).ttl(Duration.ofMinutes(10)).build();
 * // request 1
 * PreparedSignature p = remote.prepare(pdf, officerChain, Role.OFFICER);
 * // ... the browser signs p.dataToBeSigned() ...
 * // request 2, possibly another instance
 * SignedPdf signed = remote.complete(p.session(), signatureValue);
 * }</pre>
 */
public final class RemoteSigning {

    private final PadesSigner signer;
    private final SessionCodec codec;
    private final Duration ttl;
    private final boolean requireRoleField;
    private final SecureRandom random = new SecureRandom();

    private RemoteSigning(Builder b) {
        this.signer = b.signer;
        this.codec = new SessionCodec(b.hmacKey);
        this.ttl = b.ttl;
        this.requireRoleField = b.requireRoleField;
    }

    /** A builder over a configured signer (level, TSA, trust anchors, appearance come from it). */
    public static Builder builder(PadesSigner signer) {
        return new Builder(signer);
    }

    /**
     * Step 1: checks the certificate, prepares the PDF, returns what to sign.
     *
     * @param chain the signer's certificate first, then its issuers
     */
    public PreparedSignature prepare(byte[] pdf, List<X509Certificate> chain, Role role) {
        SigningEngine engine = signer.engine();
        Level embedded = signer.embeddedLevel();
        SigningEngine.Pending p = engine.prepare(pdf, chain, role, embedded, true, requireRoleField);
        Instant expires = engine.clock().instant().plus(ttl);
        byte[] id = new byte[16];
        random.nextBytes(id);
        List<String> certs = new ArrayList<>();
        for (X509Certificate c : chain) {
            try {
                certs.add(SessionCodec.b64(c.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        SessionCodec.Payload payload = new SessionCodec.Payload(1, HexFormat.of().formatHex(id),
                SessionCodec.b64(p.pdf().bytes()), p.pdf().byteRange(), p.pdf().certification(),
                SessionCodec.b64(p.signedAttributes()), certs, p.scheme().hash().name(),
                p.scheme().padding() == null ? null : p.scheme().padding().name(), role.name(), signer.level().name(),
                p.signingTime().toEpochMilli(), expires.toEpochMilli(), p.warnings());
        byte[] digestToSign;
        try {
            digestToSign = java.security.MessageDigest.getInstance(p.scheme().hash().jcaName()).digest(p.signedAttributes());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new PreparedSignature(codec.encode(payload), p.signedAttributes().clone(), digestToSign, p.documentDigest(),
                p.scheme().hash().jcaName(), p.scheme().jcaName(), expires);
    }

    /**
     * Step 2 with a raw signature value over {@link PreparedSignature#dataToBeSigned()}.
     *
     * @throws SigningException {@code SESSION_TAMPERED}, {@code SESSION_EXPIRED}, {@code SESSION_MISMATCH}
     *                          (the value does not verify with the session's certificate), {@code TSA_UNAVAILABLE}...
     */
    public SignedPdf complete(String session, byte[] signatureValue) {
        Restored r = restore(session);
        if (!r.pending.scheme().verify(r.pending.chain().get(0).getPublicKey(), r.pending.signedAttributes(), signatureValue)) {
            throw new SigningException(Cause.SESSION_MISMATCH,
                    LocalizedText.of(SigningText.SIGNATURE_VALUE_DOES_NOT_VERIFY), null);
        }
        SignedPdf signed = signer.engine().completeWithValue(r.pending, signatureValue, signer.embeddedLevel());
        return finish(signed, r.level);
    }

    /**
     * Step 2 with a whole detached CMS made by a remote service over the document digest
     * ({@link PreparedSignature#documentDigest()}), with the PAdES signed attributes (content-type, message-digest,
     * signing-certificate-v2; no signing-time). A signature time-stamp is added when the level needs one and the CMS has none.
     */
    public SignedPdf completeWithCms(String session, byte[] cms) {
        Restored r = restore(session);
        SigningEngine.Pending p = r.pending;
        byte[] finalCms = checkCms(p, cms, r.level);
        SignedPdf signed = signer.engine().complete(p, finalCms, signer.embeddedLevel());
        return finish(signed, r.level);
    }

    private SignedPdf finish(SignedPdf signed, Level level) {
        if (!level.longTerm()) {
            return signed;
        }
        return new SignedPdf(signer.augment(signed.bytes(), level), PadesSigner.withLevel(signed.result(), level));
    }

    private byte[] checkCms(SigningEngine.Pending p, byte[] cms, Level level) {
        try {
            PreparedPdf pdf = p.pdf();
            long[] br = pdf.byteRange();
            byte[] content = new byte[(int) (br[1] + br[3])];
            System.arraycopy(pdf.bytes(), (int) br[0], content, 0, (int) br[1]);
            System.arraycopy(pdf.bytes(), (int) br[2], content, (int) br[1], (int) br[3]);
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw mismatch("CMS phải có đúng một người ký", "the CMS must have exactly one signer");
            }
            SignerInformation si = signers.iterator().next();
            String digestOid = si.getDigestAlgOID();
            if (digestOid.equals("1.3.14.3.2.26") || digestOid.equals("1.2.840.113549.2.5")) {
                throw new SigningException(Cause.WEAK_ALGORITHM,
                        LocalizedText.of(SigningText.CMS_FORBIDDEN_DIGEST), null);
            }
            X509Certificate cert = p.chain().get(0);
            if (!si.getSID().match(new JcaX509CertificateHolder(cert))) {
                throw mismatch("CMS được ký bởi chứng thư số khác với phiên ký", "the CMS is signed by another certificate than the session's");
            }
            AttributeTable signedAttrs = si.getSignedAttributes();
            Attribute md = signedAttrs == null ? null : signedAttrs.get(CMSAttributes.messageDigest);
            if (md == null) {
                throw mismatch("CMS thiếu thuộc tính message-digest", "the CMS has no message-digest attribute");
            }
            if (signedAttrs.get(CMSAttributes.signingTime) != null) {
                throw mismatch("CMS chứa thuộc tính signing-time, PAdES baseline cấm (thời điểm ký lấy từ /M và dấu thời gian)",
                        "the CMS carries a signing-time attribute, which PAdES baseline forbids (the time comes from /M and the time-stamp)");
            }
            if (signedAttrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) == null) {
                throw mismatch("CMS thiếu thuộc tính signing-certificate-v2 mà PAdES baseline yêu cầu",
                        "the CMS lacks the signing-certificate-v2 attribute PAdES baseline requires");
            }
            byte[] claimed = ASN1OctetString.getInstance(md.getAttrValues().getObjectAt(0)).getOctets();
            byte[] actual = java.security.MessageDigest.getInstance(new org.bouncycastle.operator.DefaultAlgorithmNameFinder()
                    .getAlgorithmName(new org.bouncycastle.asn1.ASN1ObjectIdentifier(digestOid))).digest(content);
            if (!Arrays.equals(claimed, actual)) {
                throw mismatch("CMS ký một tài liệu khác (message-digest không khớp)", "the CMS signs another document (message-digest differs)");
            }
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                throw mismatch("Chữ ký trong CMS không hợp lệ", "the signature in the CMS does not verify");
            }
            if (level.timestamped() && (si.getUnsignedAttributes() == null
                    || si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) == null)) {
                byte[] token = signer.engine().timestamper().timestamp(si.getSignature());
                ASN1EncodableVector v = new ASN1EncodableVector();
                v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
                SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(v));
                signed = CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (SigningException e) {
            throw e;
        } catch (Exception e) {
            throw mismatch("Không đọc hoặc kiểm tra được CMS: " + e.getMessage(), "cannot read or verify the CMS: " + e.getMessage());
        }
    }

    private static SigningException mismatch(String vi, String en) {
        return new SigningException(Cause.SESSION_MISMATCH, vi, en);
    }

    private record Restored(SigningEngine.Pending pending, Level level) {
    }

    private Restored restore(String session) {
        SessionCodec.Payload s = codec.decode(session);
        Instant now = signer.engine().clock().instant();
        if (now.isAfter(Instant.ofEpochMilli(s.expiresAt()))) {
            throw new SigningException(Cause.SESSION_EXPIRED,
                    LocalizedText.of(SigningText.SESSION_EXPIRED_AT, Instant.ofEpochMilli(s.expiresAt())), null);
        }
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (String c : s.chain()) {
                chain.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(SessionCodec.unb64(c))));
            }
        } catch (CertificateException e) {
            throw new SigningException(Cause.SESSION_TAMPERED,
                    LocalizedText.of(SigningText.SESSION_BROKEN_CERTIFICATE), e);
        }
        HashAlgorithm hash = HashAlgorithm.valueOf(s.hash());
        RsaPadding padding = s.padding() == null ? RsaPadding.PSS : RsaPadding.valueOf(s.padding());
        SignatureScheme scheme = SignatureScheme.forKey(chain.get(0).getPublicKey(), hash, padding);
        PreparedPdf pdf = new PreparedPdf(SessionCodec.unb64(s.pdf()), s.byteRange(), s.certification());
        SigningEngine.Pending pending = new SigningEngine.Pending(pdf, SessionCodec.unb64(s.signedAttributes()), scheme, chain,
                Role.valueOf(s.role()), Instant.ofEpochMilli(s.signingTime()), s.warnings());
        return new Restored(pending, Level.valueOf(s.level()));
    }

    /**
     * Options of {@link RemoteSigning}.
     *
     * <pre>{@code
     * RemoteSigning.builder(signer).hmacKey(key).ttl(Duration.ofMinutes(15)).build();
     * }</pre>
     */
    public static final class Builder {
        private final PadesSigner signer;
        private byte[] hmacKey;
        private Duration ttl = Duration.ofMinutes(15);
        private boolean requireRoleField;

        private Builder(PadesSigner signer) {
            this.signer = Objects.requireNonNull(signer);
        }

        /**
         * Certified copies: refuse ({@code FIELD_NOT_FOUND}) a document without the role's field on its certification
         * page instead of adding an invisible field (default false: any PDF can be signed).
         */
        public Builder requireRoleField(boolean require) {
            this.requireRoleField = require;
            return this;
        }

        /** The integrator's secret (at least 32 bytes), the same on every instance that completes sessions. */
        public Builder hmacKey(byte[] key) {
            this.hmacKey = key.clone();
            return this;
        }

        /** How long a session stays valid (default 15 minutes). */
        public Builder ttl(Duration ttl) {
            this.ttl = Objects.requireNonNull(ttl);
            return this;
        }

        public RemoteSigning build() {
            if (hmacKey == null) {
                throw new IllegalStateException("RemoteSigning needs an HMAC key (hmacKey)");
            }
            return new RemoteSigning(this);
        }
    }
}
