package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

class BuildCommandTest {

    @TempDir
    Path dir;

    private static final Path SAMPLE = Path.of("samples/facts.json");

    private Path scan(String name, String format) throws Exception {
        BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 280);
        g.setColor(Color.BLACK);
        g.drawString("trang", 20, 40);
        g.dispose();
        Path p = dir.resolve(name);
        ImageIO.write(img, format, p.toFile());
        return p;
    }

    private int run(StringWriter err, String... args) {
        CommandLine cli = BansaoCli.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    @Test
    void buildsFromTheSampleFacts() throws Exception {
        Path out = dir.resolve("copy.pdf");
        StringWriter err = new StringWriter();
        int code = run(err, "build", "--scan", scan("a.jpg", "jpeg").toString(), scan("b.png", "png").toString(),
                "--facts", SAMPLE.toString(), "--out", out.toString(), "--created", "2026-11-22T08:00:00Z");
        assertThat(code).as(err.toString()).isZero();
        CertifiedCopyContents c = CertifiedCopyReader.read(out);
        assertThat(c.facts().kind()).isEqualTo(CertificationKind.FROM_ORIGINAL);
        assertThat(c.facts().book()).isEqualTo("01/2026-SCT/BS");
        assertThat(c.manifest().pages()).hasSize(2);
        assertThat(c.signatureField("bansao_officer")).isPresent();
    }

    @Test
    void factsThatContradictTheFeeScheduleOrTheirBookAreRefused() throws Exception {
        String sample = Files.readString(SAMPLE);
        java.util.Map<String, String> wrong = java.util.Map.of(
                "\"fee\": 999", "4.000",                                   // 2 pages cost 4,000
                "\"pages\": 5", "7.000",                                    // 5 pages cost 7,000, not 4,000
                "\"book\": \"01/2025-SCT/BS\"", "the 2025 register",
                "\"book\": \"01/2026-SCT/CK,ĐC\"", "belongs to the SCT/CK,ĐC register");
        for (var w : wrong.entrySet()) {
            String key = w.getKey().substring(0, w.getKey().indexOf(':'));
            String facts = sample.replaceFirst(java.util.regex.Pattern.quote(key) + ": [^,\\n]+(,|\\n)",
                    java.util.regex.Matcher.quoteReplacement(w.getKey()) + "$1");
            assertThat(facts).as(key).contains(w.getKey());
            Path f = Files.writeString(dir.resolve("facts.json"), facts);
            Path out = dir.resolve("copy.pdf");
            StringWriter err = new StringWriter();
            int code = run(err, "build", "--scan", scan("a.jpg", "jpeg").toString(), "--facts", f.toString(),
                    "--out", out.toString());
            assertThat(code).as(w.getKey()).isEqualTo(1);
            assertThat(err.toString()).contains(w.getValue()).contains("contradictory facts");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void refusedInputExitsNonZeroWithOneLine() throws Exception {
        Path bad = dir.resolve("notes.txt");
        Files.writeString(bad, "not a scan");
        Path out = dir.resolve("copy.pdf");
        StringWriter err = new StringWriter();
        int code = run(err, "build", "--scan", bad.toString(), "--facts", SAMPLE.toString(), "--out", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).contains("notes.txt").contains("unsupported format").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(vn.bansao.testkit.TestPkiExtension.class)
    void withTheSignersKeysTheStatementNamesThemOrTheBuildIsRefused(vn.bansao.testkit.TestPki pki) throws Exception {
        pki.writeTo(dir.resolve("pki"));
        String[] keys = {"--officer-pkcs12", dir.resolve("pki/officer.p12").toString(),
                "--authority-pkcs12", dir.resolve("pki/authority.p12").toString(),
                "--password-file", dir.resolve("pki/password.txt").toString()};
        String sample = Files.readString(SAMPLE);
        // the statement: another certifier than the officer who will sign
        Path other = Files.writeString(dir.resolve("other.json"), sample.replace("Nguyễn Thị Hương", "Trần Thị Bình"));
        Path out = dir.resolve("copy.pdf");
        StringWriter err = new StringWriter();
        int code = run(err, concat(new String[] {"build", "--scan", scan("a.jpg", "jpeg").toString(),
                "--facts", other.toString(), "--out", out.toString()}, keys));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("STATEMENT_MISMATCH").contains("Trần Thị Bình").contains("Nguyễn Thị Hương")
                .hasLineCount(1);
        assertThat(out).doesNotExist();

        // names left out are taken from the certificates
        Path omitted = Files.writeString(dir.resolve("omitted.json"), sample
                .replaceFirst("\"certifier\": \\{[^}]*\\},", "")
                .replace("\"name\": \"UBND Phường Bến Nghé\", ", ""));
        assertThat(Files.readString(omitted)).doesNotContain("Nguyễn Thị Hương").doesNotContain("UBND Phường");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, concat(new String[] {"build", "--scan", scan("a.jpg", "jpeg").toString(),
                "--facts", omitted.toString(), "--out", out.toString()}, keys))).as(err2.toString()).isZero();
        var printed = CertifiedCopyReader.read(out).facts();
        assertThat(printed.certifierName()).isEqualTo("Nguyễn Thị Hương");
        assertThat(printed.certifierTitle()).isEqualTo("Công chức Tư pháp - Hộ tịch");
        assertThat(printed.bodyName()).isEqualTo("UBND Phường Bến Nghé");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void helpDocumentsTheFactsFormat() {
        StringWriter out = new StringWriter();
        CommandLine cli = BansaoCli.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("build", "--help")).isZero();
        assertThat(out.toString()).contains("--facts").contains("\"certifyingBody\"").contains("samples/facts.json");
    }

    @Test
    void aBrokenFactsFileIsNamedWithoutJacksonText() throws Exception {
        Path facts = dir.resolve("facts-cut.json");
        Files.writeString(facts, "{\n  \"kind\": \"FROM_ORIGINAL\",\n  \"number\": 1");
        Path scan = dir.resolve("p1.jpg");
        Files.write(scan, vn.bansao.testkit.SampleScans.seed(1).a4Jpeg(150).bytes());
        StringWriter err = new StringWriter();
        int code = run(err, "build", "--scan", scan.toString(), "--facts", facts.toString(), "--out", dir.resolve("x.pdf").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).contains("facts-cut.json").contains("bị cắt cụt").contains("line 3")
                .doesNotContain("Unexpected").doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("\n");
    }
}
