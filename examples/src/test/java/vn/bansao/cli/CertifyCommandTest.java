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

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
