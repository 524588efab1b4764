package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.Service;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** Every refusal is typed, names its cause in Vietnamese and English, and leaves no output file behind. */
@ExtendWith(TestPkiExtension.class)
class BadInputTest {

    @TempDir
    Path dir;

    private Path input() throws Exception {
        Path in = dir.resolve("in.pdf");
        Files.write(in, TestPdfs.certifiedCopyLike(1, true));
        return in;
    }

    private PadesSigner signer(TestPki pki, Level level, boolean strict) {
        return PadesSigner.builder().level(level).tsa(pki.tsaUrl()).trustAnchors(pki.root().certificate())
                .strict(strict).timeout(java.time.Duration.ofSeconds(2)).retries(1).build();
    }

    /** Signs into out.pdf and expects {@code cause}; asserts nothing was written, not even a temp file. */
    private void refused(PadesSigner signer, Path in, SigningKey key, Cause cause, String english) throws Exception {
        Path out = dir.resolve("out.pdf");
        assertThatThrownBy(() -> signer.sign(in, out, key, Role.OFFICER))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.cause()).isEqualTo(cause);
                    assertThat(e.messageVi()).isNotBlank();
                    assertThat(e.messageEn()).contains(english);
                });
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static SigningKey key(Identity id) {
        return SigningKey.of(id.privateKey(), id.chain());
    }

    @Test
    void certificateProblems(TestPki pki) throws Exception {
        PadesSigner signer = signer(pki, Level.B_B, false);
        Path in = input();
        refused(signer, in, key(pki.issue(IdentitySpec.expiredOfficer())), Cause.CERTIFICATE_EXPIRED, "expired");
        refused(signer, in, key(pki.issue(IdentitySpec.notYetValidOfficer())), Cause.CERTIFICATE_NOT_YET_VALID, "not valid before");
        refused(signer, in, key(pki.issue(IdentitySpec.officerWithoutDigitalSignature())), Cause.CERTIFICATE_WRONG_USAGE, "key usage");
        refused(signer, in, key(pki.issue(IdentitySpec.weakRsa1024Officer())), Cause.WEAK_KEY, "1024 bits");
        refused(signer, in, key(pki.issue(IdentitySpec.sha1SignedOfficer())), Cause.WEAK_ALGORITHM, "SHA1");
        Identity revoked = pki.issue(IdentitySpec.officer().toBuilder().alias("officer-revoked").build());
        pki.revoke(revoked);
        refused(signer, in, key(revoked), Cause.CERTIFICATE_REVOKED, "revoked");
        // a key that is not the certificate's
        refused(signer, in, SigningKey.of(pki.authority().privateKey(), pki.officer().chain()), Cause.KEY_MISMATCH, "does not match");
        assertThatThrownBy(() -> HashAlgorithm.parse("SHA-1"))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(Cause.WEAK_ALGORITHM));
    }

    @Test
    void revokedCertificateIsFoundThroughTheCrlWhenOcspIsDown(TestPki pki) throws Exception {
        Identity revoked = pki.issue(IdentitySpec.officer().toBuilder().alias("officer-revoked-crl").build());
        pki.revoke(revoked);
        pki.stop(Service.OCSP);
        try {
            refused(signer(pki, Level.B_B, false), input(), key(revoked), Cause.CERTIFICATE_REVOKED, "revoked");
        } finally {
            pki.start(Service.OCSP);
        }
    }

    @Test
    void revocationUnavailableWarnsOrFailsInStrictMode(TestPki pki) throws Exception {
        pki.stop(Service.OCSP);
        pki.stop(Service.CRL);
        try {
            Path in = input();
            refused(signer(pki, Level.B_B, true), in, key(pki.officer()), Cause.REVOCATION_UNAVAILABLE, "could not be checked");
            SigningResult lenient = signer(pki, Level.B_B, false).sign(in, dir.resolve("ok.pdf"), key(pki.officer()), Role.OFFICER);
            assertThat(lenient.warnings()).singleElement().asString().contains("revocation status could not be checked");
            assertThat(dir.resolve("ok.pdf")).exists();
        } finally {
            pki.start(Service.OCSP);
            pki.start(Service.CRL);
        }
    }

    @Test
    void tsaDown(TestPki pki) throws Exception {
        pki.stop(Service.TSA);
        try {
            refused(signer(pki, Level.B_T, false), input(), key(pki.officer()), Cause.TSA_UNAVAILABLE, "time-stamp authority");
        } finally {
            pki.start(Service.TSA);
        }
    }

    @Test
    void documentProblems(TestPki pki) throws Exception {
        PadesSigner signer = signer(pki, Level.B_B, false);
        Path notPdf = dir.resolve("scan.jpg");
        Files.write(notPdf, "\u00ff\u00d8 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        refused(signer, notPdf, key(pki.officer()), Cause.NOT_A_PDF, "not a PDF");
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, "%PDF-1.7\n1 0 obj\n<<".getBytes(StandardCharsets.US_ASCII));
        refused(signer, truncated, key(pki.officer()), Cause.NOT_A_PDF, "cannot read the PDF");

        // a document certified with P=1 forbids any further signature
        Path locked = dir.resolve("locked.pdf");
        Files.write(locked, LockedPdf.certifiedNoChanges(key(pki.authority())));
        refused(signer, locked, key(pki.officer()), Cause.DOCUMENT_LOCKED, "DocMDP P=1");

        // the officer's field cannot be signed twice
        Path once = dir.resolve("once.pdf");
        signer.sign(input(), once, key(pki.officer()), Role.OFFICER);
        refused(signer, once, key(pki.officer()), Cause.FIELD_ALREADY_SIGNED, "already signed");
    }

    @Test
    void wrongPassword(TestPki pki) throws Exception {
        Path p12 = pki.officer().writePkcs12(dir.resolve("officer.p12"), "right-password".toCharArray());
        assertThatThrownBy(() -> SigningKey.pkcs12(p12, "wrong".toCharArray()))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(Cause.WRONG_PASSWORD));
        assertThatThrownBy(() -> SigningKey.pkcs12(dir.resolve("missing.p12"), "x".toCharArray()))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(Cause.KEY_UNAVAILABLE));
        SigningKey ok = SigningKey.pkcs12(p12, "right-password".toCharArray());
        assertThat(ok.chain()).hasSize(pki.officer().chain().size());
        assertThat(List.of(ok.certificate())).containsExactly(pki.officer().certificate());
    }
}
