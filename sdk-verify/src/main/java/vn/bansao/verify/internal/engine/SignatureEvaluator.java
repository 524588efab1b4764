package vn.bansao.verify.internal.engine;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import vn.bansao.verify.AlgorithmCheck;
import vn.bansao.verify.CertificateInfo;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.RevocationInfo;
import vn.bansao.verify.RevocationStatus;
import vn.bansao.verify.SignatureLevel;
import vn.bansao.verify.SignatureReport;
import vn.bansao.verify.SignatureRole;
import vn.bansao.verify.SubIndication;
import vn.bansao.verify.internal.cms.CmsResult;
import vn.bansao.verify.internal.cms.CmsVerifier;
import vn.bansao.verify.internal.cms.SignerIdentities;
import vn.bansao.verify.internal.cms.TimestampResult;
import vn.bansao.verify.internal.pdf.ChangeSet;
import vn.bansao.verify.internal.pdf.PdfSignature;
import vn.bansao.verify.internal.pdf.Revision;
import vn.bansao.verify.internal.pdf.ValidationData;
import vn.bansao.trust.ChainCheck;
import vn.bansao.trust.RevocationCheck;
import vn.bansao.trust.RevocationEvidence;
import vn.bansao.trust.TimestampCheck;
import vn.bansao.trust.TrustEngine;
import vn.bansao.trust.TrustProblem;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * Turns one PDF signature into a {@link SignatureReport}: integrity (ByteRange, CMS, changes after it,
 * DocMDP), identity and trust (chain to an anchor, validity at the best proven time), revocation at that
 * time, algorithms (Circular 15/2025), PAdES level and role.
 */
final class SignatureEvaluator {

    record Input(PdfSignature sig, Optional<String> rangeProblem, boolean inSignedRevision, ChangeSet changesAfter) {
    }

    /** A report with the signing certificate it was made from (the role rules need the certificate itself). */
    record Evaluated(SignatureReport report, Optional<X509Certificate> signer) {
    }

    private final TrustEngine trust;
    private final boolean requireRevocation;

    SignatureEvaluator(TrustEngine trust, boolean requireRevocation) {
        this.trust = trust;
        this.requireRevocation = requireRevocation;
    }

    /** A verified document timestamp: when and up to which byte. */
    private record DocTimestamp(long end, Instant time, boolean trusted) {
    }

    List<Evaluated> evaluate(byte[] file, List<Input> inputs, ValidationData dss, Map<Long, Revision> revisions,
                                   Instant now, vn.bansao.verify.internal.cms.ContentDigests digests) {
        List<CmsResult> cms = new ArrayList<>();
        List<DocTimestamp> docTimestamps = new ArrayList<>();
        for (Input in : inputs) {
            final CmsResult r = !inRange(file, in.sig().byteRange()) ? null
                    : in.sig().isDocumentTimestamp()
                    ? CmsVerifier.verifyDocumentTimestamp(file, in.sig(), dss.certificates())
                    : CmsVerifier.verifySignature(file, in.sig(), dss.certificates(), digests);
            cms.add(r);
            if (r != null && r.intact() && in.rangeProblem().isEmpty() && in.sig().isDocumentTimestamp()
                    && r.timestampToken().isPresent()) {
                TimestampResult t = r.timestampToken().get();
                boolean trusted = t.valid() && t.tsa().map(c -> trust.timestamp(c, pool(r, dss), t.genTime(), t.essBound(),
                        Optional.empty()).trusted()).orElse(false);
                docTimestamps.add(new DocTimestamp(in.sig().signedEnd(), t.genTime(), trusted));
            }
        }
        List<Evaluated> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CmsResult r = cms.get(i);
            out.add(new Evaluated(evaluate(inputs.get(i), r, dss, docTimestamps, revisions, now),
                    r == null || !r.intact() ? Optional.empty() : r.signer()));
        }
        return out;
    }

    private static boolean inRange(byte[] file, long[] br) {
        return br.length == 4 && br[0] == 0 && br[1] >= 0 && br[2] >= br[1] && br[3] >= 0 && br[2] <= file.length
                && br[3] <= file.length - br[2];
    }

    private static List<X509Certificate> pool(CmsResult r, ValidationData dss) {
        List<X509Certificate> p = new ArrayList<>(r.certificates());
        p.addAll(dss.certificates());
        for (TimestampResult t : r.timestamps()) {
            p.addAll(t.certificates());
        }
        return p;
    }

    private SignatureReport evaluate(Input in, CmsResult cmsOrNull, ValidationData dss, List<DocTimestamp> docTs,
                                     Map<Long, Revision> revisions, Instant now) {
        PdfSignature s = in.sig();
        String field = String.join(",", s.fieldNames());
        SignatureOutcome o = new SignatureOutcome();
        SignatureRole role = role(s);
        // integrity
        in.rangeProblem().ifPresent(p -> o.fail(SubIndication.FORMAT_FAILURE, Messages.byteRange(field, p)));
        if (in.rangeProblem().isEmpty() && !in.inSignedRevision()) {
            o.fail(SubIndication.FORMAT_FAILURE, Messages.revisionMismatch(field));
        }
        final CmsResult r = cmsOrNull == null ? CmsResultHolder.unparsed() : cmsOrNull;
        if (cmsOrNull != null && !r.intact()) {
            SubIndication sub = r.failure().get();
            if (sub == SubIndication.NO_SIGNING_CERTIFICATE_FOUND) {
                o.indeterminate(sub, Messages.noSigningCertificate(field, r.problem().orElse("")));
            } else {
                o.fail(sub, Messages.cms(field, r.problem().orElse(sub.name())));
            }
        }
        if (r.signingCertificateAttribute() == CmsResult.SigningCertAttr.MISMATCH) {
            o.indeterminate(SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
                    Messages.noSigningCertificate(field, "the signing-certificate attribute names another certificate"));
        }
        if (r.signerInfoCount() > 1) {
            o.info(Messages.signerInfos(field, r.signerInfoCount()));
        }
        ChangeCategory changes = in.changesAfter().worst();
        if (changes == ChangeCategory.OTHER) {
            o.fail(SubIndication.FORMAT_FAILURE, Messages.changes(field, String.join("; ", in.changesAfter().details()
                    .stream().filter(d -> d.startsWith("OTHER")).limit(5).toList())));
        } else if (s.certification() && s.docMdpP().isPresent()
                && changes.compareTo(ChangeCategory.allowedByDocMdp(s.docMdpP().get())) > 0) {
            o.fail(SubIndication.FORMAT_FAILURE, Messages.docMdp(field, s.docMdpP().get(), changes));
        } else if (changes != ChangeCategory.NONE) {
            o.info(Messages.allowedChanges(field, changes));
        }
        // time: the earliest trusted timestamp proves when the signature existed
        Optional<Instant> poe = Optional.empty();
        List<X509Certificate> pool = r.signer().isPresent() ? pool(r, dss) : List.of();
        // only a time-stamp from a trusted TSA (TrustEngine#timestamp) is a proof of existence or raises the level
        Optional<X509Certificate> signerCert = r.signer();
        for (TimestampResult t : r.timestamps()) {
            if (!t.valid()) {
                o.indeterminate(SubIndication.SIG_CONSTRAINTS_FAILURE, Messages.timestampInvalid(field, t.problem().orElse("")));
                continue;
            }
            TimestampCheck tc = trust.timestamp(t.tsa().get(), pool, t.genTime(), t.essBound(), signerCert);
            if (tc.trusted()) {
                poe = earliest(poe, t.genTime());
            } else {
                timestampProblems(o, field, tc);
            }
        }
        Optional<Instant> tsTime = poe;
        for (DocTimestamp d : docTs) {
            if (d.end() > s.signedEnd() && in.rangeProblem().isEmpty() && d.trusted()) {
                poe = earliest(poe, d.time());
                tsTime = earliest(tsTime, d.time());
            }
        }
        if (s.isDocumentTimestamp() && r.timestampToken().isPresent()) {
            TimestampResult t = r.timestampToken().get();
            if (t.valid() && t.tsa().isPresent()) {
                TimestampCheck tc = trust.timestamp(t.tsa().get(), pool, t.genTime(), t.essBound(), Optional.empty());
                // the chain itself is judged below like any signer's; here the TSA rules
                tc.problems().stream().filter(p -> !p.rule().equals("TSA_CHAIN"))
                        .forEach(p -> o.indeterminate(SubIndication.CHAIN_CONSTRAINTS_FAILURE, Messages.trustProblem(field, p)));
                if (tc.trusted()) {
                    tsTime = Optional.of(t.genTime());
                }
            }
        }
        Instant at = poe.orElse(now);
        // trust
        List<CertificateInfo> chainInfo = List.of();
        Optional<CertificateInfo> anchorInfo = Optional.empty();
        RevocationInfo rev = RevocationInfo.unknown();
        boolean embeddedRevocation = false;
        List<X509Certificate> chainCerts = List.of();
        if (r.signer().isPresent()) {
            ChainCheck chain = trust.chain(r.signer().get(), pool, at);
            chainCerts = chain.chain();
            chainInfo = chain.chain().stream().map(SignatureEvaluator::info).toList();
            anchorInfo = chain.anchor().map(SignatureEvaluator::info);
            if (chain.anchor().isEmpty()) {
                o.indeterminate(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, Messages.untrusted(field, chain.detail()));
            } else if (chain.failure().isPresent()) {
                ChainCheck.Failure f = chain.failure().get();
                if (f == ChainCheck.Failure.EXPIRED || f == ChainCheck.Failure.NOT_YET_VALID) {
                    o.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, Messages.chainOutOfBounds(field, f + ": " + chain.detail()));
                } else {
                    o.indeterminate(SubIndication.CHAIN_CONSTRAINTS_FAILURE, Messages.untrusted(field, chain.detail()));
                }
            }
            if (!s.isDocumentTimestamp()) {
                for (TrustProblem p : trust.leafProblems(r.signer().get())) {
                    o.indeterminate(SubIndication.CHAIN_CONSTRAINTS_FAILURE, Messages.trustProblem(field, p));
                }
            }
            if (chain.anchor().isPresent()) {
                RevocationEvidence ev = RevocationEvidence.of(r.ocsps(), r.crls())
                        .and(RevocationEvidence.of(dss.ocsps(), dss.crls()));
                List<X509Certificate> c = chain.chain();
                if (c.size() == 1) {
                    rev = new RevocationInfo(RevocationStatus.NOT_APPLICABLE, "NONE", Optional.empty(), Optional.empty(), false);
                } else {
                    RevocationCheck rc = trust.revocation(c.get(0), c.get(1), ev, at, now);
                    rev = info(rc);
                    embeddedRevocation = rc.status() == RevocationCheck.Status.GOOD && !rc.fetchedOnline();
                    for (int k = 1; k + 1 < c.size(); k++) {
                        RevocationCheck ri = trust.revocation(c.get(k), c.get(k + 1), ev, at, now);
                        if (ri.status() == RevocationCheck.Status.REVOKED) {
                            String ca = c.get(k).getSubjectX500Principal().getName();
                            if (poe.isPresent()) {
                                o.fail(SubIndication.REVOKED, Messages.revoked(field + " (CA " + ca + ")",
                                        String.valueOf(ri.revokedAt().orElse(null))));
                            } else {
                                o.indeterminate(SubIndication.REVOKED_NO_POE, Messages.revokedNoPoe(field + " (CA " + ca + ")",
                                        String.valueOf(ri.revokedAt().orElse(null))));
                            }
                        }
                    }
                    String subject = c.get(0).getSubjectX500Principal().getName();
                    if (rc.status() == RevocationCheck.Status.REVOKED) {
                        String when = String.valueOf(rc.revokedAt().orElse(null));
                        if (poe.isPresent()) {
                            o.fail(SubIndication.REVOKED, Messages.revoked(field, when));
                        } else {
                            o.indeterminate(SubIndication.REVOKED_NO_POE, Messages.revokedNoPoe(field, when));
                        }
                    } else if (rc.status() == RevocationCheck.Status.STALE) {
                        // a document time-stamp's TSA: proven revocation counts, staleness is shown only (the
                        // freshness rule of ETSI EN 319 102-1 5.2.5.4 is applied to signers' certificates)
                        if (requireRevocation && !s.isDocumentTimestamp()) {
                            o.indeterminate(SubIndication.TRY_LATER, Messages.revocationStale(field, subject, rc.detail()));
                        } else {
                            o.info(Messages.revocationStaleInfo(field, subject, rc.detail()));
                        }
                    } else if (rc.status() == RevocationCheck.Status.UNKNOWN && requireRevocation) {
                        o.indeterminate(SubIndication.TRY_LATER, Messages.revocationUnknown(field));
                    }
                }
            }
        }
        AlgorithmCheck alg = vn.bansao.verify.internal.cms.AlgorithmPolicy.withChain(r.algorithms(), chainCerts);
        if (r.signer().isPresent() && !alg.compliant()) {
            o.indeterminate(SubIndication.CRYPTO_CONSTRAINTS_FAILURE, Messages.algorithms(field, String.join("; ", alg.problems())));
        }
        SignatureLevel level = level(s, r, tsTime.isPresent(), embeddedRevocation, docTs, revisions);
        Optional<Instant> claimed = r.signingTime().isPresent() && !s.isDocumentTimestamp() ? r.signingTime() : s.claimedTime();
        return new SignatureReport(field, s.subFilter(), role, o.indication(), o.subIndication(),
                r.signer().filter(x -> !s.isDocumentTimestamp()).map(SignerIdentities::of)
                        .or(() -> r.signer().map(SignerIdentities::of)),
                claimed, tsTime, level, chainInfo, anchorInfo, rev, alg, s.certification() ? s.docMdpP() : Optional.empty(),
                s.signedEnd(), changes, in.changesAfter().details(), o.findings());
    }

    private static SignatureLevel level(PdfSignature s, CmsResult r, boolean timestamped, boolean embeddedRevocation,
                                        List<DocTimestamp> docTs, Map<Long, Revision> revisions) {
        if (s.isDocumentTimestamp() || !r.intact()) {
            return SignatureLevel.NONE;
        }
        if (!"ETSI.CAdES.detached".equals(s.subFilter())) {
            return SignatureLevel.PDF_NOT_ETSI;
        }
        if (!r.signedAttributes() || r.signingCertificateAttribute() != CmsResult.SigningCertAttr.MATCHES) {
            return SignatureLevel.NONE;
        }
        if (!timestamped) {
            return SignatureLevel.PADES_BASELINE_B;
        }
        if (!embeddedRevocation) {
            return SignatureLevel.PADES_BASELINE_T;
        }
        for (DocTimestamp d : docTs) {
            Revision covered = revisions.get(d.end());
            if (d.trusted() && d.end() > s.signedEnd() && covered != null && covered.catalog() != null
                    && covered.catalog().containsKey(COSName.getPDFName("DSS"))) {
                return SignatureLevel.PADES_BASELINE_LTA;
            }
        }
        return SignatureLevel.PADES_BASELINE_LT;
    }

    private static SignatureRole role(PdfSignature s) {
        if (s.fieldNames().stream().anyMatch(n -> n.endsWith("bansao_officer"))) {
            return SignatureRole.OFFICER;
        }
        if (s.fieldNames().stream().anyMatch(n -> n.endsWith("bansao_authority"))) {
            return SignatureRole.AUTHORITY;
        }
        if (s.isDocumentTimestamp()) {
            return SignatureRole.DOCUMENT_TIMESTAMP;
        }
        return s.certification() ? SignatureRole.OFFICER : SignatureRole.OTHER;
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Instant b) {
        return Optional.of(a.isEmpty() || b.isBefore(a.get()) ? b : a.get());
    }

    /**
     * A time-stamp whose signer is not a time-stamping unit (no critical timeStamping EKU, no ESS binding, the
     * signer's own key) is UNCERTAIN: it claims a proof it cannot give. One only from a TSA outside the anchors is
     * shown (INFO), as before: the signature is then judged without it.
     */
    private static void timestampProblems(SignatureOutcome o, String field, TimestampCheck tc) {
        boolean onlyChain = tc.problems().stream().allMatch(p -> p.rule().equals("TSA_CHAIN"));
        if (onlyChain) {
            o.info(Messages.timestampUntrusted(field));
            return;
        }
        for (TrustProblem p : tc.problems()) {
            if (!p.rule().equals("TSA_CHAIN")) {
                o.indeterminate(SubIndication.SIG_CONSTRAINTS_FAILURE, Messages.trustProblem(field, p));
            }
        }
    }

    private static RevocationInfo info(RevocationCheck rc) {
        RevocationStatus st = switch (rc.status()) {
            case GOOD -> RevocationStatus.GOOD;
            case REVOKED -> RevocationStatus.REVOKED;
            case STALE -> RevocationStatus.STALE;
            case UNKNOWN -> RevocationStatus.UNKNOWN;
            case NOT_APPLICABLE -> RevocationStatus.NOT_APPLICABLE;
        };
        return new RevocationInfo(st, rc.source(), rc.issuedAt(), rc.revokedAt(), rc.fetchedOnline());
    }

    static CertificateInfo info(X509Certificate c) {
        return new CertificateInfo(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                HexFormat.of().withUpperCase().formatHex(c.getSerialNumber().toByteArray()),
                c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), Fingerprints.sha256(c));
    }

    /** A CMS that could not even be located in the file. */
    private static final class CmsResultHolder {
        static CmsResult unparsed() {
            return new CmsResult(Optional.of(SubIndication.FORMAT_FAILURE), Optional.of("signed bytes outside the file"),
                    Optional.empty(), List.of(), Optional.empty(), false, CmsResult.SigningCertAttr.ABSENT,
                    new AlgorithmCheck("unknown", "unknown", "unknown", 0, false, List.of("not parsed")),
                    List.of(), List.of(), List.of(), 0, Optional.empty());
        }
    }
}
