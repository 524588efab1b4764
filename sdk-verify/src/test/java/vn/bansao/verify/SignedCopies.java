package vn.bansao.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;

/**
 * Real certified copies for end-to-end tests: sdk-core's builder on the testkit's sample scans, signed by
 * sdk-signing with the testkit PKI (officer, then authority; real TSA/OCSP/CRL servers on loopback).
 */
final class SignedCopies {

    private SignedCopies() {
    }

    static byte[] unsignedPackage(CertificationKind kind, int pages) {
        return unsignedPackage(kind, pages, 123);
    }

    /** The package of certification number {@code number} (register year 2026, UBND phường Bến Nghé). */
    static byte[] unsignedPackage(CertificationKind kind, int pages, long number) {
        return unsignedPackage(facts(kind, pages, number));
    }

    /** The package of these facts, on the sample scans. */
    static byte[] unsignedPackage(CertificationFacts facts) {
        List<ScanSource> scans = new ArrayList<>();
        for (int i = 0; i < facts.pages(); i++) {
            scans.add(ScanSource.of("page-" + (i + 1) + ".jpg", SampleScans.seed(42 + i).a4Jpeg(300).bytes()));
        }
        return CertifiedCopy.builder().sources(scans).facts(facts)
                .clock(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC)).build().toBytes();
    }

    /** The facts of certification number {@code number} (register year 2026, UBND phường Bến Nghé). */
    static CertificationFacts facts(CertificationKind kind, int pages, long number) {
        return CertificationFacts.builder()
                .kind(kind).number(number).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22))
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(pages).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .fee(vn.bansao.core.fee.FeeSchedule.CIRCULAR_226_2016.feeFor(pages, 1)).build();
    }

    static SigningKey key(Identity id) {
        return SigningKey.of(id.privateKey(), id.chain());
    }

    static PadesSigner signer(TestPki pki, Level level) {
        return PadesSigner.builder().level(level).tsa(pki.tsaUrl()).trustAnchors(pki.root().certificate()).build();
    }

    /** The two-signature reference copy (3 pages) at a level. */
    static byte[] signedCopy(TestPki pki, Level level) {
        return signedCopy(pki, level, pki.officer(), pki.authority(), unsignedPackage(CertificationKind.FROM_ORIGINAL, 3));
    }

    static byte[] signedCopy(TestPki pki, Level level, Identity officer, Identity authority, byte[] unsigned) {
        return CertifiedCopySigning.signBoth(signer(pki, level), unsigned, key(officer), key(authority)).pdf();
    }

    /** Only the officer's signature. */
    static byte[] officerOnly(TestPki pki, Level level, byte[] unsigned) {
        return signer(pki, level).sign(unsigned, key(pki.officer()), vn.bansao.signing.Role.OFFICER).bytes();
    }

    static CopyVerifier verifier(TestPki pki) {
        return CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate())).build();
    }
}
