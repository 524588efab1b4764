package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.register.RegisterConfig;

/** {@code bansao register …} end to end on an H2 file, with the documented sample entry. */
class RegisterCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("samples/entry.json");

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String db() {
        return dir.resolve("register.mv.db").toString();
    }

    @Test
    void addPrintsTheAllocatedNumberAndListShowsIt() throws Exception {
        assertThat(Files.exists(SAMPLE)).isTrue();
        CliRun first = run("register", "add", "--db", db(), "--entry", SAMPLE.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode n1 = JSON.readTree(first.out());
        assertThat(n1.get("number").asLong()).isEqualTo(1);
        assertThat(n1.get("book").asInt()).isEqualTo(1);
        assertThat(n1.get("year").asInt()).isEqualTo(RegisterDbOptions.thisYear());
        assertThat(n1.get("registerType").asText()).isEqualTo("SCT/BS");
        assertThat(n1.get("formatted").asText()).isEqualTo("1, Quyển số 01/" + RegisterDbOptions.thisYear() + "-SCT/BS");
        assertThat(n1.get("fee").asLong()).isEqualTo(10_000);
        JsonNode n2 = JSON.readTree(run("register", "add", "--db", db(), "--entry", SAMPLE.toString()).out());
        assertThat(n2.get("number").asLong()).isEqualTo(2);

        CliRun list = run("register", "list", "--db", db(), "--year", "2026", "--json");
        assertThat(list.exit()).isZero();
        JsonNode entries = JSON.readTree(list.out());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).get("number").asLong()).isEqualTo(2);
        assertThat(entries.get(1).get("year").asInt()).isEqualTo(2026);
        assertThat(entries.get(1).get("status").asText()).isEqualTo("CERTIFIED");
        assertThat(entries.get(0).get("requesterName").asText()).isEqualTo("Nguyễn Văn An");

        CliRun text = run("register", "list", "--db", db(), "--year", "2026");
        assertThat(text.out()).contains("2, Quyển số 01/2026-SCT/BS").contains("2 mục / entries");
    }

    @Test
    void verifyExitsZeroOnlyWhenIntact() throws Exception {
        run("register", "add", "--db", db(), "--entry", SAMPLE.toString());
        run("register", "add", "--db", db(), "--entry", SAMPLE.toString());
        CliRun ok = run("register", "verify", "--db", db());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("INTACT");

        String url = RegisterConfig.builder(db()).build().jdbcUrl();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("UPDATE bansao_entries SET requester_name = 'Người khác' WHERE leaf_index = 1");
        }
        CliRun bad = run("register", "verify", "--db", db());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("EDITED\t1\t").contains("TAMPERED");
    }

    @Test
    void checkpointProofExportAndCloseYear() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(run("register", "add", "--db", db(), "--entry", SAMPLE.toString()).exit()).isZero();
        }
        Path p12 = dir.resolve("body.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", p12.toString(), "-storetype", "PKCS12", "-storepass", "secret-123",
                "-alias", "body", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=UBND test", "-validity", "30")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "secret-123\n");

        CliRun cp = run("register", "checkpoint", "--db", db(), "--pkcs12", p12.toString(), "--password-file", pw.toString());
        assertThat(cp.exit()).as(cp.err()).isZero();
        assertThat(cp.out()).startsWith("bansao.vn/register\n3\n").contains("\n\n\u2014 bansao.vn/register ");
        assertThat(cp.err()).contains("verifier key: bansao.vn/register+");

        CliRun proof = run("register", "proof", "--db", db(), "--year", "2026", "--number", "2");
        assertThat(proof.exit()).as(proof.err()).isZero();
        JsonNode p = JSON.readTree(proof.out());
        assertThat(p.get("treeSize").asLong()).isEqualTo(3);
        assertThat(p.get("path")).hasSize(2);
        assertThat(p.get("checkpoint").asText()).isEqualTo(cp.out());

        Path csv = dir.resolve("so.csv");
        assertThat(run("register", "export", "--db", db(), "--year", "2026", "--format", "csv", "--out", csv.toString())
                .exit()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFSố chứng thực,");
        Path pdf = dir.resolve("so.pdf");
        assertThat(run("register", "export", "--db", db(), "--year", "2026", "--format", "pdf", "--out", pdf.toString(),
                "--agency-name", "UBND phường Hải Châu").exit()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("Cơ quan: UBND phường Hải Châu — mã 000.00.00.H56").contains("10.000");
        }

        // the current year cannot be closed: it would block the rest of it for good
        CliRun early = run("register", "close-year", "--db", db(), "--year", "2026", "--pkcs12", p12.toString(),
                "--password-file", pw.toString());
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).contains("only be closed after the year ends");
        // a past year (migrated from paper in import mode) closes, then takes no entry and no void
        Path old = dir.resolve("2025.json");
        Files.writeString(old, Files.readString(SAMPLE).replace("\"book\": 1,", "\"book\": 1, \"date\": \"2025-12-30\","));
        assertThat(run("register", "add", "--db", db(), "--entry", old.toString(), "--import", "sổ giấy 2025").exit())
                .isZero();
        CliRun close = run("register", "close-year", "--db", db(), "--year", "2025", "--pkcs12", p12.toString(),
                "--password-file", pw.toString());
        assertThat(close.exit()).as(close.err()).isZero();
        JsonNode closed = JSON.readTree(close.out());
        assertThat(closed.get(0).get("total").asLong()).isEqualTo(1);
        assertThat(closed.get(0).get("signed").asBoolean()).isTrue();
        CliRun refused = run("register", "add", "--db", db(), "--entry", old.toString(), "--import", "sổ giấy 2025");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("is closed");
        CliRun noVoid = run("register", "void", "--db", db(), "--year", "2025", "--number", "1", "--reason", "x");
        assertThat(noVoid.exit()).isEqualTo(2);
        assertThat(noVoid.err()).contains("is closed");
        assertThat(run("register", "verify", "--db", db()).exit()).isZero();
    }

    @Test
    void voidAndCorrectNeedAReasonAndAppendReferencedRows() throws Exception {
        run("register", "add", "--db", db(), "--entry", SAMPLE.toString());
        run("register", "add", "--db", db(), "--entry", SAMPLE.toString());
        int year = RegisterDbOptions.thisYear();

        CliRun noReason = run("register", "void", "--db", db(), "--year", "" + year, "--number", "2");
        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        CliRun blank = run("register", "void", "--db", db(), "--year", "" + year, "--number", "2", "--reason", "  ");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("a reason is required");
        CliRun voided = run("register", "void", "--db", db(), "--year", "" + year, "--number", "2", "--reason",
                "Người yêu cầu rút hồ sơ");
        assertThat(voided.exit()).as(voided.err()).isZero();
        JsonNode v = JSON.readTree(voided.out());
        assertThat(v.get("status").asText()).isEqualTo("VOID");
        assertThat(v.get("voidReason").asText()).isEqualTo("Người yêu cầu rút hồ sơ");
        CliRun again = run("register", "void", "--db", db(), "--year", "" + year, "--number", "2", "--reason", "x");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already void");
        CliRun unknown = run("register", "void", "--db", db(), "--year", "" + year, "--number", "9", "--reason", "x");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("not found");

        Path fix = dir.resolve("fix.json");
        Files.writeString(fix, "{\"requesterName\": \"Nguyễn Văn Ấn\", \"pages\": 4}");
        CliRun corrected = run("register", "correct", "--db", db(), "--year", "" + year, "--number", "1", "--entry",
                fix.toString(), "--reason", "Sai dấu tên");
        assertThat(corrected.exit()).as(corrected.err()).isZero();
        JsonNode c = JSON.readTree(corrected.out());
        assertThat(c.get("requesterName").asText()).isEqualTo("Nguyễn Văn Ấn");
        assertThat(c.get("requesterId").asText()).isEqualTo("CCCD:001200012345"); // unchanged fields kept
        assertThat(c.get("fee").asLong()).isEqualTo(12_000); // 4 pages × 2 copies, from the schedule
        assertThat(c.get("notes").asText()).contains("Đính chính: Sai dấu tên");
        assertThat(c.get("corrected").asBoolean()).isTrue();
        Path redate = dir.resolve("redate.json");
        Files.writeString(redate, "{\"date\": \"2026-01-01\"}");
        CliRun refused = run("register", "correct", "--db", db(), "--year", "" + year, "--number", "1", "--entry",
                redate.toString(), "--reason", "x");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("cannot be corrected");
        assertThat(run("register", "correct", "--db", db(), "--year", "" + year, "--number", "1", "--entry",
                fix.toString()).exit()).isEqualTo(2); // --reason is required
        assertThat(run("register", "verify", "--db", db()).exit()).isZero();

        CliRun help = run("register", "void", "--help");
        assertThat(help.out()).contains("Hủy một số chứng thực").contains("Void a certification number")
                .contains("--reason");
        assertThat(run("register", "correct", "--help").out()).contains("Đính chính").contains("Correct an entry");
        assertThat(run("register", "--help").out()).contains("void").contains("correct");
    }

    @Test
    void addRefusesADateOtherThanTodayUnlessImportingAPaperRegister() throws Exception {
        Path old = dir.resolve("old.json");
        Files.writeString(old, Files.readString(SAMPLE).replace("\"book\": 1,", "\"book\": 1, \"date\": \""
                + java.time.LocalDate.now(RegisterConfig.VIETNAM).withDayOfYear(1) + "\","));
        java.time.LocalDate today = java.time.LocalDate.now(RegisterConfig.VIETNAM);
        if (today.getDayOfYear() == 1) {
            return; // on 1 January the first of the year is today
        }
        CliRun refused = run("register", "add", "--db", db(), "--entry", old.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("the register assigns the certification date");
        CliRun imported = run("register", "add", "--db", db(), "--entry", old.toString(), "--import",
                "Chuyển sổ giấy sang sổ điện tử");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(JSON.readTree(imported.out()).get("number").asLong()).isEqualTo(1); // the refusal consumed nothing
        CliRun list = run("register", "list", "--db", db(), "--year", "" + today.getYear(), "--json");
        assertThat(JSON.readTree(list.out()).get(0).get("date").asText()).isEqualTo(today.withDayOfYear(1).toString());
        assertThat(run("register", "add", "--help").out()).contains("--import").contains("paper register");
    }

    @Test
    void badEntryFileAndUnreachableDatabaseGiveOneLineErrors() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"agencyCode\": \"000.00.00.H56\", \"requesterNmae\": \"typo\"}");
        CliRun typo = run("register", "add", "--db", db(), "--entry", bad.toString());
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown field \"requesterNmae\"");
        assertThat(typo.err().lines().count()).isEqualTo(1);

        CliRun missing = run("register", "verify", "--db", dir.resolve("typo.mv.db").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("register not found");
        assertThat(Files.exists(dir.resolve("typo.mv.db"))).isFalse();

        CliRun down = run("register", "list", "--db", "jdbc:postgresql://127.0.0.1:1/register", "--db-user", "x");
        assertThat(down.exit()).isEqualTo(2);
        assertThat(down.err()).contains("Không kết nối được cơ sở dữ liệu sổ chứng thực");
        assertThat(List.of(down.err().split("\n"))).hasSize(1);
    }
}
