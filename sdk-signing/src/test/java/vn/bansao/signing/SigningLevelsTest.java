package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import static vn.bansao.testkit.BansaoAssertions.assertThatPdf;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Every level end-to-end against the testkit's real TSA, OCSP and CRL servers: the two-signature
 * certified copy, validated by DSS (reached level, TOTAL_PASSED) and independently by pdfsig, qpdf, veraPDF.
 */
@ExtendWith(TestPkiExtension.class)
class SigningLevelsTest {

    static SigningKey key(Identity id) {
        return SigningKey.of(id.privateKey(), id.chain());
    }

    static PadesSigner signer(TestPki pki, Level level) {
        return PadesSigner.builder().level(level).tsa(pki.tsaUrl()).trustAnchors(pki.root().certificate()).build();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void certifiedCopyReachesEveryLevel(Level level, TestPki pki, @TempDir Path dir) throws Exception {
        byte[] pdf = level == Level.B_B ? TestPdfs.certifiedCopyLike(3, true) : ReferencePackage.threePages();
        CertifiedCopySigning.Signed signed = CertifiedCopySigning.signBoth(signer(pki, level), pdf,
                key(pki.officer()), key(pki.authority()));

        assertThat(signed.result().officer()).get().extracting(SigningResult::certification).isEqualTo(true);
        assertThat(signed.result().authority().certification()).isFalse();
        assertThat(signed.result().warnings()).isEmpty();
        // incremental: the original bytes are the prefix of the signed file
        assertThat(java.util.Arrays.equals(pdf, 0, pdf.length, signed.pdf(), 0, pdf.length)).isTrue();

        SignatureLevel expected = SignatureLevel.valueOf("PAdES_BASELINE_" + level.name().substring(2));
        List<DssCheck.Verdict> verdicts = DssCheck.validate(signed.pdf(), pki.root().certificate(), !level.longTerm());
        assertThat(verdicts).hasSize(2).allSatisfy(v -> {
            assertThat(v.format()).isEqualTo(expected);
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
        });

        Path out = dir.resolve("signed.pdf");
        Files.write(out, signed.pdf());
        assertThatPdf(signed.pdf()).hasSignatureCount(level == Level.B_LTA ? 3 : 2).conformsToPdfA().passesQpdfCheck();
        if (level == Level.B_LTA) {
            // the document time-stamp is a signature pdfsig cannot validate ("unknown" type): checked apart
            Assumptions.assumeTrue(IndependentChecks.toolPresent("pdfsig"), "poppler-utils absent");
            IndependentChecks.assertPdfsigAllValid(out, IndependentChecks.nssDatabase(dir.resolve("nss"), pki.root().certificate()), 2);
        } else {
            assertThatPdf(signed.pdf()).pdfsigReportsAllValidAndTrusted(pki.root().certificate());
        }
    }

    @Test
    void copyFromTheMasterRegisterCarriesTheAuthoritySignatureOnly(TestPki pki, @TempDir Path dir) throws Exception {
        Path in = dir.resolve("register-copy.pdf");
        Files.write(in, ReferencePackage.build(vn.bansao.core.facts.CertificationKind.FROM_MASTER_REGISTER, 1));
        Path out = dir.resolve("signed.pdf");
        CertifiedCopySigning.Result r = CertifiedCopySigning.signRegisterCopy(signer(pki, Level.B_LT), in, out, key(pki.authority()));
        assertThat(r.officer()).isEmpty();
        // the officer does not sign a copy from the master register: the builder gave it no field for that
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertifiedCopySigning.signBoth(signer(pki, Level.B_B), in,
                        dir.resolve("both.pdf"), key(pki.officer()), key(pki.authority())))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.FIELD_NOT_FOUND));
        assertThat(dir.resolve("both.pdf")).doesNotExist();
        assertThat(r.authority().certification()).isTrue();
        // its signature box names the issuing body, not a certifying one (issue 13 item 4)
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            var sig = doc.getSignatureDictionaries().get(0);
            assertThat(sig.getReason()).isEqualTo("Cơ quan cấp bản sao / Issuing body");
        }
        assertThat(Role.AUTHORITY.captionVi(true)).isEqualTo("Cơ quan cấp bản sao");
        assertThat(Role.AUTHORITY.captionVi(false)).isEqualTo("Cơ quan chứng thực");
        assertThat(Role.OFFICER.captionVi(true)).isEqualTo("Người thực hiện chứng thực");
        assertThat(DssCheck.validate(Files.readAllBytes(out), pki.root().certificate(), false)).singleElement()
                .satisfies(v -> assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED));
        assertThatPdf(out).hasSignatureCount(1).conformsToPdfA().passesQpdfCheck()
                .pdfsigReportsAllValidAndTrusted(pki.root().certificate());
    }
}
