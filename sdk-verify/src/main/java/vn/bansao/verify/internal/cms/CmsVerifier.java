package vn.bansao.verify.internal.cms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import vn.bansao.verify.AlgorithmCheck;
import vn.bansao.verify.SubIndication;
import vn.bansao.verify.internal.pdf.PdfSignature;

/**
 * Verifies the CMS of a PDF signature with BouncyCastle over the ByteRange bytes (hashed once, in place),
 * and extracts what the rest of the verifier needs: signer certificate, signed attributes, signature
 * timestamps and embedded revocation data.
 *
 * <pre>{@code
 * CmsResult r = CmsVerifier.verifySignature(pdfBytes, pdfSignature, dssCertificates, digests);
 * }</pre>
 */
public final class CmsVerifier {

    private static final ASN1ObjectIdentifier ADBE_REVOCATION = new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");
    private static final ASN1ObjectIdentifier RI_OCSP = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.16.2");
    private static final JcaX509CertificateConverter CONVERTER =
            new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);

    private CmsVerifier() {
    }

    /** Verifies an ordinary signature (CAdES / PKCS#7 detached). */
    public static CmsResult verifySignature(byte[] file, PdfSignature sig, List<X509Certificate> extraCerts,
                                            ContentDigests digests) {
        ContentInfo ci;
        try {
            ci = parse(sig.contents());
        } catch (Exception e) {
            return CmsResult.failed(SubIndication.FORMAT_FAILURE, "/Contents is not a CMS SignedData: " + e.getMessage());
        }
        try {
            SignedData sd = SignedData.getInstance(ci.getContent());
            if (sd.getEncapContentInfo().getContent() != null) {
                return CmsResult.failed(SubIndication.FORMAT_FAILURE,
                        "detached PDF signature encapsulates content (must be detached)");
            }
            ByteRangeContent content = new ByteRangeContent(file, sig.byteRange());
            CMSSignedData cms = new CMSSignedData(content, ci);
            List<X509Certificate> certs = certificates(cms.getCertificates());
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return CmsResult.failed(SubIndication.FORMAT_FAILURE, "CMS has no SignerInfo");
            }
            SignerInformation si = signers.iterator().next();
            Optional<X509Certificate> signer = findSigner(si.getSID(), certs, extraCerts);
            String digestOid = si.getDigestAlgOID();
            String sigOid = si.getEncryptionAlgOID();
            PublicKey key = signer.map(X509Certificate::getPublicKey).orElse(null);
            AlgorithmCheck alg = AlgorithmPolicy.check(digestOid, sigOid, key);
            AttributeTable signed = si.getSignedAttributes();
            Optional<Instant> signingTime = signingTime(signed);
            CmsResult.SigningCertAttr certAttr = signingCertAttr(signed, signer);
            List<byte[]> crls = new ArrayList<>();
            List<byte[]> ocsps = new ArrayList<>();
            collectRevocation(cms, signed, crls, ocsps);
            List<TimestampResult> tsts = signatureTimestamps(si, extraCerts);
            Optional<SubIndication> failure = Optional.empty();
            Optional<String> problem = Optional.empty();
            if (signer.isEmpty()) {
                failure = Optional.of(SubIndication.NO_SIGNING_CERTIFICATE_FOUND);
                problem = Optional.of("the signing certificate is not in the signature");
            } else {
                try {
                    boolean ok = si.verify(verifierFor(signer.get(), digests.forRanges(sig.byteRange())));
                    if (!ok) {
                        failure = Optional.of(SubIndication.SIG_CRYPTO_FAILURE);
                        problem = Optional.of("the signature value does not verify with the signer's key");
                    }
                } catch (CMSSignerDigestMismatchException e) {
                    failure = Optional.of(SubIndication.HASH_FAILURE);
                    problem = Optional.of("the signed bytes do not match the signed digest");
                } catch (Exception e) {
                    failure = Optional.of(SubIndication.SIG_CRYPTO_FAILURE);
                    problem = Optional.of("the signature cannot be verified: " + e.getMessage());
                }
            }
            if (failure.isEmpty() && signed == null && "ETSI.CAdES.detached".equals(sig.subFilter())) {
                failure = Optional.of(SubIndication.FORMAT_FAILURE);
                problem = Optional.of("an ETSI.CAdES.detached signature must have signed attributes");
            }
            return new CmsResult(failure, problem, signer, certs, signingTime, signed != null, certAttr, alg, tsts,
                    crls, ocsps, signers.size(), Optional.empty());
        } catch (Exception e) {
            return CmsResult.failed(SubIndication.FORMAT_FAILURE, "malformed CMS: " + e.getMessage());
        }
    }

    /**
     * A SignerInfo verifier whose digests come from the JDK's default provider (hardware-accelerated SHA-2,
     * about ten times faster than BouncyCastle's pure-Java digests on a multi-megabyte scan) and whose
     * signature check is BouncyCastle's, by instance: the JDK names some CMS algorithms differently (e.g.
     * {@code SHA256WITHRSASSA-PSS}) and fails only when verifying, and the SDK registers no global provider
     * to paper over it. Built on the public key only, so BouncyCastle does not judge certificate validity at
     * the claimed signing time (the chain check does).
     */
    private static org.bouncycastle.cms.SignerInformationVerifier verifierFor(X509Certificate cert,
            org.bouncycastle.operator.DigestCalculatorProvider digests) throws Exception {
        return new org.bouncycastle.cms.jcajce.JcaSignerInfoVerifierBuilder(digests)
                .setProvider(BouncyCastle.PROVIDER).build(cert.getPublicKey());
    }

    /** Verifies a document timestamp (ETSI.RFC3161): the token's imprint must be the ByteRange digest. */
    public static CmsResult verifyDocumentTimestamp(byte[] file, PdfSignature sig, List<X509Certificate> extraCerts) {
        ContentInfo ci;
        try {
            ci = parse(sig.contents());
        } catch (Exception e) {
            return CmsResult.failed(SubIndication.FORMAT_FAILURE, "/Contents is not a timestamp token: " + e.getMessage());
        }
        TimestampResult tr = checkToken(ci, file, sig.byteRange(), null, extraCerts);
        AlgorithmCheck alg = tr.tsa().map(c -> AlgorithmPolicy.check(imprintOid(ci), sigOid(ci), c.getPublicKey()))
                .orElse(new AlgorithmCheck("unknown", "unknown", "unknown", 0, false, List.of("no TSA certificate")));
        Optional<SubIndication> failure = tr.valid() ? Optional.empty()
                : Optional.of(tr.tsa().isEmpty() ? SubIndication.NO_SIGNING_CERTIFICATE_FOUND
                : tr.problem().orElse("").contains("imprint") ? SubIndication.HASH_FAILURE : SubIndication.SIG_CRYPTO_FAILURE);
        List<byte[]> crls = new ArrayList<>();
        List<byte[]> ocsps = new ArrayList<>();
        try {
            CMSSignedData cms = new CMSSignedData(ci);
            collectRevocation(cms, null, crls, ocsps);
        } catch (Exception ignored) {
            // no embedded revocation data
        }
        return new CmsResult(failure, tr.problem(), tr.tsa(), tr.certificates(), Optional.of(tr.genTime()), true,
                CmsResult.SigningCertAttr.ABSENT, alg, List.of(), crls, ocsps, 1, Optional.of(tr));
    }

    private static String imprintOid(ContentInfo ci) {
        try {
            return new TimeStampToken(ci).getTimeStampInfo().getMessageImprintAlgOID().getId();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String sigOid(ContentInfo ci) {
        try {
            return new TimeStampToken(ci).toCMSSignedData().getSignerInfos().getSigners().iterator().next()
                    .getEncryptionAlgOID();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Checks a timestamp token over the byte ranges of {@code file}, or over {@code data} when given. */
    static TimestampResult checkToken(ContentInfo ci, byte[] file, long[] br, byte[] data, List<X509Certificate> extra) {
        Instant genTime = Instant.EPOCH;
        List<X509Certificate> certs = List.of();
        Optional<X509Certificate> tsa = Optional.empty();
        try {
            TimeStampToken tst = new TimeStampToken(ci);
            genTime = tst.getTimeStampInfo().getGenTime().toInstant();
            certs = certificates(tst.getCertificates());
            tsa = findSigner(tst.getSID(), certs, extra);
            if (tsa.isEmpty()) {
                return new TimestampResult(genTime, tsa, certs, false, Optional.of("TSA certificate not found"), false);
            }
            boolean ess = signingCertAttr(tst.getSignedAttributes(), tsa) == CmsResult.SigningCertAttr.MATCHES;
            boolean sigOk = tst.isSignatureValid(verifierFor(tsa.get(),
                    new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build()));
            if (!sigOk) {
                return new TimestampResult(genTime, tsa, certs, false, Optional.of("timestamp signature does not verify"), ess);
            }
            AlgorithmIdentifier alg = tst.getTimeStampInfo().getHashAlgorithm();
            MessageDigest md = digest(alg.getAlgorithm().getId());
            byte[] digest;
            if (data != null) {
                digest = md.digest(data);
            } else {
                digest = new ByteRangeContent(file, br).digest(md);
            }
            if (!Arrays.equals(digest, tst.getTimeStampInfo().getMessageImprintDigest())) {
                return new TimestampResult(genTime, tsa, certs, false, Optional.of("timestamp message imprint does not match"), ess);
            }
            return new TimestampResult(genTime, tsa, certs, true, Optional.empty(), ess);
        } catch (Exception e) {
            return new TimestampResult(genTime, tsa, certs, false, Optional.of("timestamp unreadable: " + e.getMessage()), false);
        }
    }

    /** The JDK's implementation when it has one (faster), else BouncyCastle's. */
    private static MessageDigest digest(String oid) throws Exception {
        return ContentDigests.newDigest(oid);
    }

    private static List<TimestampResult> signatureTimestamps(SignerInformation si, List<X509Certificate> extra) {
        List<TimestampResult> out = new ArrayList<>();
        AttributeTable unsigned = si.getUnsignedAttributes();
        if (unsigned == null) {
            return out;
        }
        org.bouncycastle.asn1.ASN1EncodableVector all = unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        for (int i = 0; i < all.size(); i++) {
            Attribute a = Attribute.getInstance(all.get(i));
            for (ASN1Encodable v : a.getAttrValues()) {
                try {
                    ContentInfo tci = ContentInfo.getInstance(v);
                    out.add(checkToken(tci, null, null, si.getSignature(), extra));
                } catch (Exception e) {
                    out.add(new TimestampResult(Instant.EPOCH, Optional.empty(), List.of(), false,
                            Optional.of("signature timestamp unreadable"), false));
                }
            }
        }
        return out;
    }

    private static ContentInfo parse(byte[] contents) throws IOException {
        if (contents.length == 0) {
            throw new IOException("empty");
        }
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(contents), contents.length)) {
            ASN1Primitive p = in.readObject();
            if (p == null) {
                throw new IOException("no ASN.1 object");
            }
            ContentInfo ci = ContentInfo.getInstance(p);
            if (!PKCSObjectIdentifiers.signedData.equals(ci.getContentType())) {
                throw new IOException("content type " + ci.getContentType() + " is not signedData");
            }
            return ci;
        }
    }

    static List<X509Certificate> certificates(Store<X509CertificateHolder> store) {
        List<X509Certificate> out = new ArrayList<>();
        for (X509CertificateHolder h : store.getMatches(null)) {
            try {
                out.add(CONVERTER.getCertificate(h));
            } catch (Exception ignored) {
                // an unreadable extra certificate is simply not used
            }
        }
        return out;
    }

    static Optional<X509Certificate> findSigner(SignerId sid, List<X509Certificate> certs, List<X509Certificate> extra) {
        for (List<X509Certificate> pool : List.of(certs, extra)) {
            for (X509Certificate c : pool) {
                try {
                    if (sid.match(new X509CertificateHolder(c.getEncoded()))) {
                        return Optional.of(c);
                    }
                } catch (Exception ignored) {
                    // not this one
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> signingTime(AttributeTable signed) {
        if (signed == null) {
            return Optional.empty();
        }
        Attribute a = signed.get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static CmsResult.SigningCertAttr signingCertAttr(AttributeTable signed, Optional<X509Certificate> signer) {
        if (signed == null || signer.isEmpty()) {
            return CmsResult.SigningCertAttr.ABSENT;
        }
        try {
            byte[] der = signer.get().getEncoded();
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                String alg = id.getHashAlgorithm() == null ? NISTObjectIdentifiers.id_sha256.getId()
                        : id.getHashAlgorithm().getAlgorithm().getId();
                byte[] h = digest(alg).digest(der);
                return Arrays.equals(h, id.getCertHash()) ? CmsResult.SigningCertAttr.MATCHES
                        : CmsResult.SigningCertAttr.MISMATCH;
            }
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                byte[] h = MessageDigest.getInstance("SHA-1").digest(der);
                return Arrays.equals(h, id.getCertHash()) ? CmsResult.SigningCertAttr.MATCHES
                        : CmsResult.SigningCertAttr.MISMATCH;
            }
        } catch (Exception e) {
            return CmsResult.SigningCertAttr.MISMATCH;
        }
        return CmsResult.SigningCertAttr.ABSENT;
    }

    private static void collectRevocation(CMSSignedData cms, AttributeTable signed, List<byte[]> crls, List<byte[]> ocsps) {
        try {
            for (Object o : cms.getCRLs().getMatches(null)) {
                crls.add(((org.bouncycastle.cert.X509CRLHolder) o).getEncoded());
            }
            for (ASN1ObjectIdentifier fmt : List.of(OCSPObjectIdentifiers.id_pkix_ocsp_response, RI_OCSP)) {
                for (Object o : cms.getOtherRevocationInfo(fmt).getMatches(null)) {
                    ocsps.add(((ASN1Encodable) o).toASN1Primitive().getEncoded());
                }
            }
        } catch (Exception ignored) {
            // revocation data is optional
        }
        if (signed == null) {
            return;
        }
        Attribute adbe = signed.get(ADBE_REVOCATION);
        if (adbe == null) {
            return;
        }
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(adbe.getAttrValues().getObjectAt(0));
            for (ASN1Encodable e : seq) {
                ASN1TaggedObject t = ASN1TaggedObject.getInstance(e);
                ASN1Sequence items = ASN1Sequence.getInstance(t.getExplicitBaseObject());
                for (ASN1Encodable item : items) {
                    if (t.getTagNo() == 0) {
                        crls.add(item.toASN1Primitive().getEncoded());
                    } else if (t.getTagNo() == 1) {
                        ocsps.add(item.toASN1Primitive().getEncoded());
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // malformed archival attribute: ignored, revocation becomes UNKNOWN
        }
    }

    @SuppressWarnings("unused")
    private static boolean isCmsException(Exception e) {
        return e instanceof CMSException;
    }
}
