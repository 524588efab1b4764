package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** {@code bansao verify} end to end: texts in both languages, the JSON array, exit codes 0 / 1 / 2. */
@ExtendWith(TestPkiExtension.class)
class VerifyCommandTest {

    @TempDir
    static Path dir;
    static Path valid;
    static Path tampered;
    static Path basic;
    static Path root;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static byte[] unsigned() {
        return unsigned(9);
    }

    static byte[] unsigned(long number) {
        CertificationFacts facts = CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(number).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22)).certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .document("Giấy khai sinh", "UBND phường Bến Nghé", "12", LocalDate.of(2000, 1, 2))
                .pages(1).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch").build();
        return CertifiedCopy.builder().sources(List.of(ScanSource.of("p1.jpg", SampleScans.seed(3).a4Jpeg(150).bytes())))
                .facts(facts).clock(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC)).build().toBytes();
    }

    static byte[] sign(TestPki pki, Level level) {
        return sign(pki, level, unsigned());
    }

    static byte[] sign(TestPki pki, Level level, byte[] unsigned) {
        PadesSigner signer = PadesSigner.builder().level(level).tsa(pki.tsaUrl()).trustAnchors(pki.root().certificate()).build();
        return CertifiedCopySigning.signBoth(signer, unsigned, SigningKey.of(pki.officer().privateKey(), pki.officer().chain()),
                SigningKey.of(pki.authority().privateKey(), pki.authority().chain())).pdf();
    }

    @BeforeAll
    static void copies(TestPki pki) throws Exception {
        byte[] lt = sign(pki, Level.B_LT);
        valid = Files.write(dir.resolve("hop-le.pdf"), lt);
        byte[] cut = java.util.Arrays.copyOf(lt, lt.length - 300);
        tampered = Files.write(dir.resolve("bi-cat.pdf"), cut);
        basic = Files.write(dir.resolve("co-ban.pdf"), sign(pki, Level.B_B));
        root = Files.writeString(dir.resolve("root.pem"), pki.root().certificatePem());
    }

    @Test
    void validCopyExitsZeroWithAVietnameseReport() {
        CliRun r = run("verify", "--trust", root.toString(), valid.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kết luận: HỢP LỆ").contains("người thực hiện chứng thực").contains("B-LT").doesNotContain("TOTAL_PASSED").doesNotContain("PADES_BASELINE");
    }

    @Test
    void englishOnRequest() {
        CliRun r = run("verify", "--lang", "en", "--trust", root.toString(), valid.toString());
        assertThat(r.out()).contains("Verdict: VALID").contains("certifying authority");
    }

    @Test
    void jsonArrayForSeveralFilesAndExitOneWhenAnyIsInvalid() throws Exception {
        CliRun r = run("verify", "--json", "--trust", root.toString(), valid.toString(), tampered.toString(), basic.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        assertThat(array.get(0).get("file").asText()).isEqualTo(valid.toString());
        assertThat(array.get(0).get("verdict").asText()).isEqualTo("VALID");
        assertThat(array.get(1).get("verdict").asText()).isEqualTo("INVALID");
        assertThat(array.get(2).get("verdict").asText()).isEqualTo("INDETERMINATE");
        assertThat(array.get(0).get("schema").asText()).isEqualTo("bansao-verification/1");
    }

    @Test
    void indeterminateExitsTwo() {
        assertThat(run("verify", "--trust", root.toString(), basic.toString()).exit()).isEqualTo(2);
        // no trust anchor at all: nothing can be VALID
        assertThat(run("verify", valid.toString()).exit()).isEqualTo(2);
    }

    @Test
    void registerOptionChecksTheNumberInALocalRegister(TestPki pki) throws Exception {
        Path db = dir.resolve("so-chung-thuc");
        Path copy;
        try (vn.bansao.register.CertificationRegister reg = vn.bansao.register.CertificationRegister.open(
                vn.bansao.register.RegisterConfig.builder(db.toString()).agencyCode("000.00.12.H29").registerType("SCT/BS")
                        // the register assigns the date: its clock is on the copy's certification day
                        .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T03:00:00Z"),
                                java.time.ZoneOffset.UTC)).build())) {
            vn.bansao.register.RegisterEntry e = reg.reserve(vn.bansao.register.EntryDraft.builder()
                    .agencyCode("000.00.12.H29").registerType("SCT/BS").date(LocalDate.of(2026, 11, 22))
                    .requester("Nguyễn Văn Ấn", "079123456789").document("Giấy khai sinh", "UBND phường Bến Nghé", "12", LocalDate.of(2000, 1, 2))
                    .pages(1).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch").build());
            byte[] pdf = sign(pki, Level.B_LT, unsigned(e.number().sequence()));
            copy = Files.write(dir.resolve("so-" + e.number().sequence() + ".pdf"), pdf);
            reg.complete(e.number(), vn.bansao.verify.internal.trust.Fingerprints.sha256(pdf).toLowerCase(java.util.Locale.ROOT));
        }
        CliRun ok = run("verify", "--json", "--trust", root.toString(), "--register", db.toString(), copy.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(new ObjectMapper().readTree(ok.out()).get(0).get("register").get("outcome").asText()).isEqualTo("CONFIRMED");
        CliRun missing = run("verify", "--register", dir.resolve("khong-co").toString(), copy.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("register not found");
    }

    @Test
    void directoryOptionChecksTheIssuingRegisterOverTheNetworkAndNeverSaysValidWhenItIsDown() throws Exception {
        java.security.KeyPair kp = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String key = vn.bansao.transparency.note.NoteSigner.of("bansao.vn/register/000.00.12.H29", kp.getPrivate(),
                kp.getPublic()).verifier().verifierKey();
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort(); // nobody listens there once closed
        }
        Path listed = dir.resolve("danh-ba.json");
        Files.writeString(listed, "{\"agencies\":{\"000.00.12.H29\":{\"registerUrl\":\"http://127.0.0.1:" + closedPort
                + "/api/register/v1/\",\"checkpointKey\":\"" + key + "\"}}}");
        Path memory = dir.resolve("diem-kiem");
        CliRun down = run("verify", "--lang", "en", "--trust", root.toString(), "--directory", listed.toString(),
                "--checkpoint-memory", memory.toString(), valid.toString());
        assertThat(down.exit()).as(down.out() + down.err()).isEqualTo(2);
        assertThat(down.out()).contains("register not reachable");
        assertThat(Files.isDirectory(memory)).isTrue();
        Path other = dir.resolve("danh-ba-khac.json");
        Files.writeString(other, "{\"agencies\":{}}");
        CliRun unlisted = run("verify", "--trust", root.toString(), "--directory", other.toString(), valid.toString());
        assertThat(unlisted.exit()).isEqualTo(2);
        assertThat(unlisted.out()).contains("không có trong danh bạ sổ");
        Files.writeString(other, "{\"agencies\":{},\"agencies\":{}}");
        CliRun malformed = run("verify", "--trust", root.toString(), "--directory", other.toString(), valid.toString());
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("bansao verify: ").contains("danh-ba-khac.json");
        assertThat(run("verify", "--checkpoint-memory", memory.toString(), valid.toString()).err())
                .contains("--checkpoint-memory needs --directory");
    }

    @Test
    void badOptionsFailWithOneLine() {
        CliRun lang = run("verify", "--lang", "fr", valid.toString());
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("unsupported language").hasLineCount(1);
        CliRun missing = run("verify", dir.resolve("absent.pdf").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.pdf");
        CliRun trust = run("verify", "--trust", dir.resolve("missing.pem").toString(), valid.toString());
        assertThat(trust.exit()).isEqualTo(2);
        assertThat(trust.err()).contains("missing.pem");
    }

    @Test
    void aFolderIsVerifiedFileByFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("nhan-duoc").resolve("dot-1"));
        Files.copy(valid, folder.resolve("a.pdf"));
        Files.copy(valid, folder.getParent().resolve("b.PDF"));
        Files.writeString(folder.resolve("ghi-chu.txt"), "not a copy");
        CliRun r = run("verify", "--json", "--trust", root.toString(), folder.getParent().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode reports = new ObjectMapper().readTree(r.out());
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).get("file").asText()).endsWith("b.PDF");
        assertThat(reports.get(1).get("file").asText()).endsWith("a.pdf");
        Path empty = Files.createDirectories(dir.resolve("trong"));
        CliRun none = run("verify", "--trust", root.toString(), empty.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("không có tệp PDF").contains("no PDF file");
    }

    @Test
    void anUnreadableFileIsAnInputErrorNotAnInvalidCopy() throws Exception {
        Path locked = Files.copy(valid, dir.resolve("khoa.pdf"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
        CliRun r = run("verify", "--trust", root.toString(), locked.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("CHƯA XÁC ĐỊNH ĐƯỢC").contains("không có quyền truy cập").doesNotContain("KHÔNG HỢP LỆ");
    }

    @Test
    void aMissingFileIsNamedInBothLanguages() {
        CliRun r = run("verify", "--trust", root.toString(), dir.resolve("khong-co.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Không tìm thấy tệp").contains("no such file").contains("khong-co.pdf");
    }
}
