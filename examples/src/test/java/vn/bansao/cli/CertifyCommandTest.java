package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterQuery;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

@ExtendWith(TestPkiExtension.class)
class CertifyCommandTest {

    @Test
    void certifiesWithTheDocumentedSampleFactsAndKeyFiles(TestPki pki, @TempDir Path dir) throws Exception {
        pki.writeTo(dir.resolve("pki"));
        Path scan = SampleScans.seed(3).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        String[] keys = {"--officer-pkcs12", dir.resolve("pki/officer.p12").toString(),
                "--authority-pkcs12", dir.resolve("pki/authority.p12").toString(),
                "--password-file", dir.resolve("pki/password.txt").toString()};
        StringWriter out = new StringWriter();
        CommandLine cli = BansaoCli.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute(concat(new String[] {"certify", "--db", dir.resolve("reg").toString(),
                "--scan", scan.toString(), "--facts", Path.of("samples/facts.json").toString(),
                "--out", dir.resolve("copy.pdf").toString()}, keys));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("1, Quyển số 01/");
        assertThat(CertifiedCopyReader.read(dir.resolve("copy.pdf")).facts().requesterName()).isEqualTo("Nguyễn Văn An");

        // a wrong password is a one-line error, and nothing is written
        Files.writeString(dir.resolve("wrong.txt"), "sai-mat-khau\n");
        StringWriter err = new StringWriter();
        CommandLine again = BansaoCli.commandLine();
        again.setErr(new PrintWriter(err, true));
        int failed = again.execute("certify", "--db", dir.resolve("reg").toString(), "--scan", scan.toString(),
                "--facts", "samples/facts.json", "--out", dir.resolve("copy2.pdf").toString(),
                "--officer-pkcs12", dir.resolve("pki/officer.p12").toString(),
                "--authority-pkcs12", dir.resolve("pki/authority.p12").toString(),
                "--password-file", dir.resolve("wrong.txt").toString());
        assertThat(failed).isNotZero();
        assertThat(err.toString()).startsWith("bansao certify:").hasLineCount(1);
        assertThat(dir.resolve("copy2.pdf")).doesNotExist();
    }

    @Test
    void factsNamingAnotherCertifierAreRefusedWithoutANumber(TestPki pki, @TempDir Path dir) throws Exception {
        pki.writeTo(dir.resolve("pki"));
        Path scan = SampleScans.seed(4).a4Jpeg(150).writeTo(dir.resolve("p1.jpg"));
        Path other = Files.writeString(dir.resolve("other.json"),
                Files.readString(Path.of("samples/facts.json")).replace("Nguyễn Thị Hương", "Trần Thị Bình"));
        StringWriter err = new StringWriter();
        CommandLine cli = BansaoCli.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute(concat(new String[] {"certify", "--db", dir.resolve("reg").toString(),
                "--scan", scan.toString(), "--facts", other.toString(), "--out", dir.resolve("copy.pdf").toString()},
                keys(dir)));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("bansao certify: STATEMENT_MISMATCH:").contains("Trần Thị Bình")
                .contains("Nguyễn Thị Hương").hasLineCount(1);
        assertThat(dir.resolve("copy.pdf")).doesNotExist();
        assertNoNumberAllocated(dir.resolve("reg"));
    }

    @Test
    void aBatchWithAMissingOutputFolderAllocatesNoNumber(TestPki pki, @TempDir Path dir) throws Exception {
        pki.writeTo(dir.resolve("pki"));
        SampleScans.seed(5).a4Jpeg(150).writeTo(dir.resolve("a.jpg"));
        Files.copy(Path.of("samples/facts.json"), dir.resolve("facts.json"));
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            lines.append("{\"id\": \"HS-").append(i).append("\", \"scans\": [\"a.jpg\"], \"facts\": \"facts.json\", ")
                    .append("\"out\": \"missing/").append(i).append(".pdf\"}\n");
        }
        Path batch = Files.writeString(dir.resolve("campaign.jsonl"), lines);
        StringWriter out = new StringWriter();
        CommandLine cli = BansaoCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute(concat(new String[] {"certify", "--db", dir.resolve("reg").toString(),
                "--batch", batch.toString()}, keys(dir)));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("lỗi / failed 3").contains("không có thư mục").contains("no such folder");
        assertNoNumberAllocated(dir.resolve("reg"));
    }

    private static String[] keys(Path dir) {
        return new String[] {"--officer-pkcs12", dir.resolve("pki/officer.p12").toString(),
                "--authority-pkcs12", dir.resolve("pki/authority.p12").toString(),
                "--password-file", dir.resolve("pki/password.txt").toString()};
    }

    /** The register holds no entry at all: not even a VOID one. */
    private static void assertNoNumberAllocated(Path db) {
        try (CertificationRegister register = CertificationRegister.open(db.toString())) {
            assertThat(register.list(RegisterQuery.year(register.today().getYear()))).isEmpty();
            assertThat(register.treeSize()).isZero();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
