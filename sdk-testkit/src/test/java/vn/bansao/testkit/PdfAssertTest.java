package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bansao.testkit.BansaoAssertions.assertThatPdf;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPkiExtension.class)
class PdfAssertTest {

    @Test
    void goodSignedPdfPassesEveryCheck(TestPki pki) throws Exception {
        byte[] signed = TinyPdfs.signed(TinyPdfs.pdfA2b(), pki.officer());

        assertThatPdf(signed).hasPageCount(1).hasSignatureCount(1).passesQpdfCheck()
                .pdfsigReportsAllValidAndTrusted(pki.root().certificate());
    }

    @Test
    void pdfsigFailsOnATamperedSignedPdf(TestPki pki) throws Exception {
        byte[] tampered = TinyPdfs.tamper(TinyPdfs.signed(TinyPdfs.pdfA2b(), pki.officer()));

        assertThatThrownBy(() -> assertThatPdf(tampered).pdfsigReportsAllValidAndTrusted(pki.root().certificate()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("signature #1");
    }

    @Test
    void pdfsigFailsOnARevokedSigner(TestPki pki) throws Exception {
        Identity soonRevoked = pki.issue(IdentitySpec.officer().toBuilder().alias("revoked-signer").build());
        byte[] signed = TinyPdfs.signed(TinyPdfs.plain(), soonRevoked);
        assertThatPdf(signed).pdfsigReportsAllValidAndTrusted(pki.root().certificate());
        long ocspBefore = pki.requestCount(Service.OCSP);

        pki.revoke(soonRevoked);

        assertThatThrownBy(() -> assertThatPdf(signed).pdfsigReportsAllValidAndTrusted(pki.root().certificate()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Revoked");
        org.assertj.core.api.Assertions.assertThat(pki.requestCount(Service.OCSP)).isGreaterThan(ocspBefore);
    }

    @Test
    void pdfsigFailsWhenTheRootIsNotTheOneTrusted(TestPki pki) throws Exception {
        // without revocation URLs: the kit's OCSP server would (rightly) refuse to vouch for it
        Identity impostor = pki.issue(IdentitySpec.impostorAuthority().toBuilder().revocationUrls(false).build());
        byte[] signed = TinyPdfs.signed(TinyPdfs.plain(), impostor);

        assertThatPdf(signed).pdfsigReportsAllValidAndTrusted(impostor.chain().get(2));
        assertThatThrownBy(() -> assertThatPdf(signed).pdfsigReportsAllValidAndTrusted(pki.root().certificate()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Certificate");
    }

    @Test
    void pdfsigFailsOnAnUnsignedPdf(TestPki pki) throws Exception {
        byte[] unsigned = TinyPdfs.plain();
        assertThatThrownBy(() -> assertThatPdf(unsigned).pdfsigReportsAllValidAndTrusted(pki.root().certificate()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("found none");
    }

    @Test
    void veraPdfPassesPdfAAndFailsAPlainPdf() throws Exception {
        assertThatPdf(TinyPdfs.pdfA2b()).conformsToPdfA().conformsToPdfA("2b");
        assertThatThrownBy(() -> assertThatPdf(TinyPdfs.plain()).conformsToPdfA())
                .isInstanceOf(AssertionError.class).hasMessageContaining("PDF/A-1b");
    }

    @Test
    void qpdfFailsOnADamagedFile() throws Exception {
        byte[] good = TinyPdfs.plain();
        assertThatPdf(good).passesQpdfCheck();
        byte[] truncated = Arrays.copyOf(good, good.length - 200);
        assertThatThrownBy(() -> assertThatPdf(truncated).passesQpdfCheck()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("qpdf --check");
    }

    @Test
    void countsFailWithTheActualNumber() throws Exception {
        assertThatThrownBy(() -> assertThatPdf(TinyPdfs.plain()).hasPageCount(2))
                .isInstanceOf(AssertionError.class).hasMessageContaining("has 1");
        assertThatThrownBy(() -> assertThatPdf(TinyPdfs.plain()).hasSignatureCount(1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("has 0");
    }
}
