package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.signing.AppearanceProfile;
import vn.bansao.signing.HashAlgorithm;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.Role;
import vn.bansao.signing.RsaPadding;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.internal.Augmenter;
import vn.bansao.signing.internal.CertificateChecker;
import vn.bansao.signing.internal.OnlineSources;
import vn.bansao.signing.internal.SigningEngine;
import vn.bansao.signing.internal.Timestamper;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.trust.LeafPolicy;
import vn.bansao.trust.RolePolicy;

/**
 * Issue 12: who signed, as what, and when, proven and not assumed. Each forgery below chains to the trusted root
 * and was VALID before the shared trust engine ({@code bansao-trust}); each must now fail with the rule's code,
 * while the legitimate copies stay VALID at the level they prove.
 */
@ExtendWith(TestPkiExtension.class)
class TrustRulesTest {

    static byte[] unsigned;

    @BeforeAll
    static void prepare() {
        unsigned = SignedCopies.unsignedPackage(CertificationKind.FROM_ORIGINAL, 1);
    }

    /**
     * A signer that checks nothing about its own certificate: what a forger runs. The verifier must stand alone.
     */
    static SigningEngine forgersSigner(TestPki pki, String tsaUrl) {
        OnlineSources sources = new OnlineSources(tsaUrl, Duration.ofSeconds(10), 0, null);
        return new SigningEngine(HashAlgorithm.SHA256, RsaPadding.PSS, AppearanceProfile.DEFAULT,
                CertificateChecker.noneForNegativeTests(), new Timestamper(sources.tsp()),
                new Augmenter(sources, List.of(pki.root().certificate())), Clock.systemUTC(), null);
    }

    static byte[] both(SigningEngine e, Level level, Identity officer, Identity authority) {
        byte[] first = e.sign(unsigned, SignedCopies.key(officer), Role.OFFICER, level, true).bytes();
        return e.sign(first, SignedCopies.key(authority), Role.AUTHORITY, level, true).bytes();
    }

    static VerificationReport verify(TestPki pki, byte[] pdf) {
        return SignedCopies.verifier(pki).verify(pdf, "trust.pdf");
    }

    /** A verifier that may ask the kit's OCSP/CRL servers (for copies without embedded revocation data). */
    static CopyVerifier.Builder online(TestPki pki) {
        return CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .network(NetworkPolicy.allowHosts("127.0.0.1", "localhost"));
    }

    static List<String> codes(VerificationReport r) {
        return r.reasons().stream().map(Finding::code).toList();
    }

    static Finding finding(VerificationReport r, String code) {
        return r.reasons().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError("no " + code + " in " + codes(r)));
    }

    static SignatureReport role(VerificationReport r, SignatureRole role) {
        return r.signatures().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    /** Every new reason is bilingual and names the certificate it is about. */
    static void bilingualNaming(Finding f, Identity who) {
        String cn = who.certificate().getSubjectX500Principal().getName().split(",")[0];
        assertThat(f.vi()).contains(cn).isNotEqualTo(f.en());
        assertThat(f.en()).contains(cn);
    }

    // ---- legitimate copies ------------------------------------------------------------------------------

    @Test
    void theReferenceCopyStaysValidAtTheLevelItProves(TestPki pki) {
        VerificationReport lt = verify(pki, SignedCopies.signedCopy(pki, Level.B_LT));
        assertThat(lt.verdict()).as("%s", lt.reasons()).isEqualTo(Verdict.VALID);
        assertThat(role(lt, SignatureRole.OFFICER).level()).isEqualTo(SignatureLevel.PADES_BASELINE_LT);
        assertThat(role(lt, SignatureRole.AUTHORITY).revocation().status()).isEqualTo(RevocationStatus.GOOD);
        VerificationReport b = online(pki).build().verify(SignedCopies.signedCopy(pki, Level.B_B), "b.pdf");
        assertThat(b.verdict()).as("%s", b.reasons()).isEqualTo(Verdict.VALID);
        assertThat(role(b, SignatureRole.OFFICER).level()).isEqualTo(SignatureLevel.PADES_BASELINE_B);
    }

    // ---- 1. role from the certificate, not from the field name ---------------------------------------

    @Test
    void officerOnlyCopyCompletedWithTheOfficersKeyInTheAuthorityField(TestPki pki) {
        byte[] pdf = CertifiedCopySigningAccess.both(SignedCopies.signer(pki, Level.B_T), unsigned, pki.officer(), pki.officer());
        VerificationReport r = verify(pki, pdf);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("ROLE_AUTHORITY_NOT_SEAL", "ROLE_SAME_CERTIFICATE");
        bilingualNaming(finding(r, "ROLE_AUTHORITY_NOT_SEAL"), pki.officer());
    }

    @Test
    void authorityFieldSignedWithTheTsaKey(TestPki pki) {
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl()), Level.B_T, pki.officer(), pki.tsa()));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("ROLE_SERVICE_CERTIFICATE", "ROLE_AUTHORITY_NOT_SEAL");
    }

    @Test
    void officerFieldSignedWithTheBodysSeal(TestPki pki) {
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl()), Level.B_T, pki.authority(), pki.authority()));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("ROLE_OFFICER_NOT_PERSONAL", "ROLE_SAME_CERTIFICATE");
    }

    @Test
    void sealWithAPersonalIdIsNotTheBodysSeal(TestPki pki) {
        Identity personal = pki.issue(IdentitySpec.authorityWithPersonalId());
        VerificationReport r = verify(pki, SignedCopies.signedCopy(pki, Level.B_T, pki.officer(), personal, unsigned));
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(codes(r)).contains("ROLE_AUTHORITY_NOT_SEAL");
    }

    @Test
    void officerAndBodyMustBeTheOnesTheSignedFactsName(TestPki pki) {
        Identity otherOfficer = pki.issue(IdentitySpec.officer().toBuilder().alias("officer-other")
                .commonName("Trần Văn Lự").build());
        Identity otherBody = pki.issue(IdentitySpec.authority().toBuilder().alias("authority-other")
                .commonName("UBND Phường Đa Kao").build());
        byte[] pdf = SignedCopies.signedCopy(pki, Level.B_T, otherOfficer, otherBody, unsigned);
        VerificationReport r = verify(pki, pdf);
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(codes(r)).contains("ROLE_OFFICER_NAME", "ROLE_AUTHORITY_BODY");
        assertThat(finding(r, "ROLE_OFFICER_NAME").en()).contains("Trần Văn Lự", "Nguyễn Thị Hương");
        assertThat(finding(r, "ROLE_AUTHORITY_BODY").vi()).contains("UBND Phường Đa Kao", "Bến Nghé");
        // a province that does not bind names adjusts the policy
        RolePolicy lenient = RolePolicy.defaults().toBuilder().requireOfficerNameMatch(false)
                .requireAuthorityBodyMatch(false).build();
        VerificationReport adjusted = online(pki).rolePolicy(lenient).build().verify(pdf, "trust.pdf");
        assertThat(adjusted.verdict()).as("%s", adjusted.reasons()).isEqualTo(Verdict.VALID);
    }

    // ---- 2. leaf certificate rules -------------------------------------------------------------------

    @Test
    void leafWithoutASigningKeyUsageIsNotAccepted(TestPki pki) {
        Identity ke = pki.issue(IdentitySpec.officerWithoutDigitalSignature());
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl()), Level.B_T, ke, pki.authority()));
        assertThat(r.verdict()).isNotEqualTo(Verdict.VALID);
        assertThat(role(r, SignatureRole.OFFICER).subIndication()).contains(SubIndication.CHAIN_CONSTRAINTS_FAILURE);
        bilingualNaming(finding(r, "LEAF_KEY_USAGE"), ke);
    }

    @Test
    void leafThatIsACaCertificateIsNotAccepted(TestPki pki) {
        Identity ca = pki.issue(IdentitySpec.caOfficer());
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl()), Level.B_T, ca, pki.authority()));
        assertThat(r.verdict()).isNotEqualTo(Verdict.VALID);
        bilingualNaming(finding(r, "LEAF_IS_CA"), ca);
        // the signer's pre-check runs the same engine and refuses it
        PadesSigner honest = SignedCopies.signer(pki, Level.B_B);
        assertThatThrownBy(() -> honest.sign(unsigned, SignedCopies.key(ca), Role.OFFICER))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.CERTIFICATE_WRONG_USAGE))
                .hasMessageContaining("LEAF_IS_CA");
    }

    @Test
    void leafWhoseExtendedKeyUsageIsNotSigningIsNotAccepted(TestPki pki) {
        Identity tls = pki.issue(IdentitySpec.serverAuthOfficer());
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl()), Level.B_T, tls, pki.authority()));
        assertThat(r.verdict()).isNotEqualTo(Verdict.VALID);
        bilingualNaming(finding(r, "LEAF_EXTENDED_KEY_USAGE"), tls);
    }

    @Test
    void certificatePoliciesAreCheckedWhereConfigured(TestPki pki) {
        CopyVerifier v = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .leafPolicy(LeafPolicy.defaults().withRequiredPolicies(Set.of("2.999.84.7"))).build();
        VerificationReport r = v.verify(SignedCopies.signedCopy(pki, Level.B_T), "trust.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(codes(r)).contains("LEAF_CERTIFICATE_POLICY");
    }

    // ---- 3. time-stamps: only a real TSA proves time -------------------------------------------------

    static void untrustedTimestamp(TestPki pki, String tsaUrl, String rule, Identity minter) {
        VerificationReport r = verify(pki, both(forgersSigner(pki, tsaUrl), Level.B_T, pki.officer(), pki.authority()));
        assertThat(r.verdict()).as("%s", r.reasons()).isNotEqualTo(Verdict.VALID);
        SignatureReport officer = role(r, SignatureRole.OFFICER);
        assertThat(officer.level()).as("an untrusted time-stamp does not raise the level").isEqualTo(SignatureLevel.PADES_BASELINE_B);
        assertThat(officer.timestampTime()).isEmpty();
        bilingualNaming(finding(r, rule), minter);
    }

    @Test
    void timestampMintedWithTheSignersOwnKey(TestPki pki) {
        untrustedTimestamp(pki, pki.tsaUrl(pki.officer(), true), "TSA_EXTENDED_KEY_USAGE", pki.officer());
    }

    @Test
    void timestampMintedWithTheOcspRespondersKey(TestPki pki) {
        untrustedTimestamp(pki, pki.tsaUrl(pki.ocspResponder(), true), "TSA_EXTENDED_KEY_USAGE", pki.ocspResponder());
    }

    @Test
    void timestampFromACertificateWithoutTheTimeStampingEku(TestPki pki) {
        Identity noEku = pki.issue(IdentitySpec.tsaWithoutEku());
        untrustedTimestamp(pki, pki.tsaUrl(noEku, true), "TSA_EXTENDED_KEY_USAGE", noEku);
    }

    @Test
    void timestampFromATsaWhoseEkuIsNotCritical(TestPki pki) {
        Identity nonCritical = pki.issue(IdentitySpec.tsaWithNonCriticalEku());
        untrustedTimestamp(pki, pki.tsaUrl(nonCritical, true), "TSA_EKU_NOT_CRITICAL", nonCritical);
    }

    @Test
    void timestampNotBoundToItsTsaByEss(TestPki pki) {
        untrustedTimestamp(pki, pki.tsaUrl(pki.tsa(), false), "TSA_ESS_BINDING", pki.tsa());
    }

    @Test
    void timestampMadeByTheSignerEvenWithATsaCertificate(TestPki pki) {
        Identity both = pki.issue(IdentitySpec.officer().toBuilder().alias("officer-and-tsa")
                .extendedKeyUsage(IdentitySpec.EKU_TIME_STAMPING).extendedKeyUsage(LeafPolicy.EKU_DOCUMENT_SIGNING)
                .ekuCritical(true).build());
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl(both, true)), Level.B_T, both, pki.authority()));
        assertThat(r.verdict()).isNotEqualTo(Verdict.VALID);
        assertThat(role(r, SignatureRole.OFFICER).level()).isEqualTo(SignatureLevel.PADES_BASELINE_B);
        bilingualNaming(finding(r, "TSA_IS_SIGNER"), both);
    }

    @Test
    void aSecondLegitimateTsaIsTrusted(TestPki pki) {
        Identity second = pki.issue(IdentitySpec.secondTsa());
        VerificationReport r = online(pki).build().verify(both(forgersSigner(pki, pki.tsaUrl(second, true)), Level.B_T,
                pki.officer(), pki.authority()), "trust.pdf");
        assertThat(r.verdict()).as("%s", r.reasons()).isEqualTo(Verdict.VALID);
        assertThat(role(r, SignatureRole.OFFICER).level()).isEqualTo(SignatureLevel.PADES_BASELINE_T);
    }

    @Test
    void aTsaOnAnotherRootCountsOnlyWhenConfiguredAsATsaAnchor(TestPki pki) {
        Identity other = pki.issue(IdentitySpec.tsaOnOtherRoot());
        byte[] pdf = both(forgersSigner(pki, pki.tsaUrl(other, true)), Level.B_T, pki.officer(), pki.authority());
        VerificationReport plain = verify(pki, pdf);
        assertThat(role(plain, SignatureRole.OFFICER).level()).isEqualTo(SignatureLevel.PADES_BASELINE_B);
        assertThat(role(plain, SignatureRole.OFFICER).findings()).extracting(Finding::code).contains("TIMESTAMP_UNTRUSTED");
        VerificationReport withTsaAnchor = online(pki).timestampAnchors(TrustAnchors.of(pki.untrustedRootCertificate())).build().verify(pdf, "trust.pdf");
        assertThat(withTsaAnchor.verdict()).as("%s", withTsaAnchor.reasons()).isEqualTo(Verdict.VALID);
        assertThat(role(withTsaAnchor, SignatureRole.OFFICER).level()).isEqualTo(SignatureLevel.PADES_BASELINE_T);
        // and the kit's own TSA is then no longer a TSA anchor
        VerificationReport kitTsa = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .timestampAnchors(TrustAnchors.of(pki.untrustedRootCertificate())).build()
                .verify(SignedCopies.signedCopy(pki, Level.B_T), "trust.pdf");
        assertThat(role(kitTsa, SignatureRole.OFFICER).level()).isEqualTo(SignatureLevel.PADES_BASELINE_B);
    }

    // ---- 4. revocation freshness and every source -----------------------------------------------------

    /** Appends a DSS (incremental update, allowed after signing) carrying these CRLs top-level or in one VRI entry. */
    static byte[] withDssCrls(byte[] pdf, boolean inVri, X509CRL... crls) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray array = new COSArray();
            for (X509CRL crl : crls) {
                COSStream s = doc.getDocument().createCOSStream();
                try (var out = s.createRawOutputStream()) {
                    out.write(crl.getEncoded());
                }
                array.add(s);
            }
            COSDictionary dss = new COSDictionary();
            if (inVri) {
                COSDictionary entry = new COSDictionary();
                entry.setItem(COSName.getPDFName("CRL"), array);
                COSDictionary vri = new COSDictionary();
                vri.setItem(COSName.getPDFName("0123456789ABCDEF0123456789ABCDEF01234567"), entry);
                dss.setItem(COSName.getPDFName("VRI"), vri);
            } else {
                dss.setItem(COSName.getPDFName("CRLs"), array);
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("DSS"), dss);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    @Test
    void revokedOfficerWithOnlyAStaleCrlIsNotValid(TestPki pki) throws Exception {
        Identity officer = pki.issue(IdentitySpec.officer().toBuilder().alias("officer-to-revoke").build());
        byte[] signed = both(forgersSigner(pki, pki.tsaUrl()), Level.B_B, officer, pki.authority());
        pki.revoke(officer);
        X509CRL stale = pki.crlAsOf(Instant.now().minus(Duration.ofDays(2)));
        VerificationReport r = verify(pki, withDssCrls(signed, false, stale));
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        SignatureReport o = role(r, SignatureRole.OFFICER);
        assertThat(o.subIndication()).contains(SubIndication.TRY_LATER);
        assertThat(o.revocation().status()).isEqualTo(RevocationStatus.STALE);
        bilingualNaming(finding(r, "REVOCATION_NOT_FRESH"), officer);
        // the fresh CRL, even only in a VRI entry, is consulted: revoked, and no time-stamp proves earlier existence
        VerificationReport fresh = verify(pki, withDssCrls(signed, true, pki.crl()));
        assertThat(role(fresh, SignatureRole.OFFICER).subIndication()).contains(SubIndication.REVOKED_NO_POE);
        assertThat(role(fresh, SignatureRole.OFFICER).revocation().status()).isEqualTo(RevocationStatus.REVOKED);
        // the stale "good" next to the fresh "revoked" does not win
        VerificationReport both = verify(pki, withDssCrls(signed, false, stale, pki.crl()));
        assertThat(role(both, SignatureRole.OFFICER).subIndication()).contains(SubIndication.REVOKED_NO_POE);
    }

    @Test
    void theRevocationGraceIsConfigurable(TestPki pki) throws Exception {
        byte[] signed = both(forgersSigner(pki, pki.tsaUrl()), Level.B_B, pki.officer(), pki.authority());
        byte[] withOld = withDssCrls(signed, false, pki.crlAsOf(Instant.now().minus(Duration.ofDays(2))));
        assertThat(verify(pki, withOld).verdict()).isEqualTo(Verdict.INDETERMINATE);
        VerificationReport lenient = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .revocationGrace(Duration.ofDays(3)).build().verify(withOld, "trust.pdf");
        assertThat(lenient.verdict()).as("%s", lenient.reasons()).isEqualTo(Verdict.VALID);
    }

    // ---- 5. kept: signing after expiry, weak algorithms -----------------------------------------------

    @Test
    void signingTimeAfterExpiryIsIndeterminate(TestPki pki) {
        Identity expired = pki.issue(IdentitySpec.expiredOfficer());
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl()), Level.B_T, expired, pki.authority()));
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(role(r, SignatureRole.OFFICER).subIndication()).contains(SubIndication.OUT_OF_BOUNDS_NO_POE);
    }

    @Test
    void sha1SignedCertificateIsIndeterminate(TestPki pki) {
        Identity sha1 = pki.issue(IdentitySpec.sha1SignedOfficer());
        VerificationReport r = verify(pki, both(forgersSigner(pki, pki.tsaUrl()), Level.B_T, sha1, pki.authority()));
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(codes(r)).contains("ALGORITHM_NOT_ALLOWED");
    }

    // ---- statement against signatures -------------------------------------------------------------------

    @Test
    void statementDatedBeforeTheTimeStampIsAWarning(TestPki pki) {
        // the facts say 22/11/2026; the copy is time-stamped today
        VerificationReport r = verify(pki, SignedCopies.signedCopy(pki, Level.B_T));
        Finding w = finding(r, "STATEMENT_DATE_DIFFERS");
        assertThat(w.severity()).isEqualTo(Severity.INFO);
        assertThat(w.vi()).contains("2026-11-22").startsWith("Cảnh báo");
        assertThat(w.en()).contains("2026-11-22").startsWith("Warning");
    }
}
