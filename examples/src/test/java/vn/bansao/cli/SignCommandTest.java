package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bansao.testkit.BansaoAssertions.assertThatPdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** {@code bansao sign} end to end: exit codes, one-line reasons, a file pdfsig accepts. */
@ExtendWith(TestPkiExtension.class)
class SignCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path copy() throws Exception {
        return copy("Nguyễn Thị Hương");
    }

    private Path copy(String certifier) throws Exception {
        CertificationFacts facts = CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(7).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22)).certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .document("Giấy khai sinh", "UBND phường Bến Nghé", "12/2001", LocalDate.of(2001, 5, 1))
                .pages(1).copies(1).certifier(certifier, "Công chức Tư pháp - Hộ tịch")
                .fee(2000).portalUrl("https://dichvucong.example.vn/xac-minh").build();
        Path in = dir.resolve("copy.pdf");
        Files.write(in, CertifiedCopy.builder().sources(List.of(ScanSource.of("p1.jpg", SampleScans.seed(1).a4Jpeg(150).bytes())))
                .facts(facts).build().toBytes());
        return in;
    }

    @Test
    void aCopyWhoseStatementNamesSomeoneElseIsNotSigned(TestPki pki) throws Exception {
        Path in = copy("Trần Thị Bình");
        Path password = Files.writeString(dir.resolve("pw.txt"), "cli-password\n");
        Path officer = pki.officer().writePkcs12(dir.resolve("officer.p12"), "cli-password".toCharArray());
        Path out = dir.resolve("signed.pdf");

        CliRun refused = run("sign", "--in", in.toString(), "--out", out.toString(), "--pkcs12", officer.toString(),
                "--password-file", password.toString(), "--role", "officer");

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("STATEMENT_MISMATCH").contains("Trần Thị Bình").contains("Nguyễn Thị Hương")
                .hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void signsOfficerThenAuthorityAtBLt(TestPki pki) throws Exception {
        Path in = copy();
        Path password = dir.resolve("pw.txt");
        Files.writeString(password, "cli-password\n");
        Path officer = pki.officer().writePkcs12(dir.resolve("officer.p12"), "cli-password".toCharArray());
        Path authority = pki.authority().writePkcs12(dir.resolve("authority.p12"), "cli-password".toCharArray());
        Path root = dir.resolve("root.pem");
        Files.writeString(root, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pki.root().certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);

        CliRun first = run("sign", "--in", in.toString(), "--out", dir.resolve("1.pdf").toString(), "--pkcs12", officer.toString(),
                "--password-file", password.toString(), "--role", "officer", "--level", "B-T", "--tsa", pki.tsaUrl());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("bansao_officer");
        // the option name certify and portal use, which carries the role
        CliRun second = run("sign", "--in", dir.resolve("1.pdf").toString(), "--out", dir.resolve("2.pdf").toString(),
                "--authority-pkcs12", authority.toString(), "--password-file", password.toString(),
                "--level", "B-LT", "--tsa", pki.tsaUrl(), "--trust", root.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("bansao_authority");
        // a signed copy is a document like every other output: readable by the group and others, as 0644
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("2.pdf"))))
                .isEqualTo("rw-r--r--");
        assertThatPdf(dir.resolve("2.pdf")).hasSignatureCount(2).passesQpdfCheck()
                .pdfsigReportsAllValidAndTrusted(pki.root().certificate());
    }

    @Test
    void failsWithOneLineReasons(TestPki pki) throws Exception {
        Path in = copy();
        Path password = dir.resolve("pw.txt");
        Files.writeString(password, "wrong\n");
        Path officer = pki.officer().writePkcs12(dir.resolve("officer.p12"), "right".toCharArray());
        Path out = dir.resolve("out.pdf");

        CliRun wrongPassword = run("sign", "--in", in.toString(), "--out", out.toString(), "--pkcs12", officer.toString(),
                "--password-file", password.toString(), "--role", "officer", "--level", "B-B");
        assertThat(wrongPassword.exit()).isEqualTo(2);
        assertThat(wrongPassword.err().strip()).doesNotContain("\n").contains("wrong key store password").contains("WRONG_PASSWORD");

        Files.writeString(password, "right\n");
        CliRun noTsa = run("sign", "--in", in.toString(), "--out", out.toString(), "--pkcs12", officer.toString(),
                "--password-file", password.toString(), "--level", "B-T");
        assertThat(noTsa.exit()).isEqualTo(2);
        assertThat(noTsa.err()).contains("needs --tsa");

        Path notPdf = dir.resolve("scan.jpg");
        Files.write(notPdf, SampleScans.seed(1).a4Jpeg(150).bytes());
        CliRun bad = run("sign", "--in", notPdf.toString(), "--out", out.toString(), "--pkcs12", officer.toString(),
                "--password-file", password.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("NOT_A_PDF");
        assertThat(out).doesNotExist();

        CliRun badLevel = run("sign", "--in", in.toString(), "--out", out.toString(), "--pkcs12", officer.toString(),
                "--password-file", password.toString(), "--level", "B-X");
        assertThat(badLevel.exit()).isEqualTo(2);
        assertThat(badLevel.err()).contains("unknown signature level");
    }
}
