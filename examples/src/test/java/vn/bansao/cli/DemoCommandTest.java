package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.read.CertifiedCopyReader;

/** The README's main command, end to end: everything it promises to write is there and says the right thing. */
class DemoCommandTest {

    @Test
    void demoCertifiesSignsRegistersVerifiesAndComputesMetrics(@TempDir Path dir) throws Exception {
        int exit = BansaoCli.commandLine().execute("demo", "--out", dir.toString());

        assertThat(exit).isZero();
        Path copy = dir.resolve("ban-sao-chung-thuc.pdf");
        assertThat(copy).isRegularFile();
        assertThat(CertifiedCopyReader.read(copy).facts().number()).isEqualTo(1);

        JsonNode report = new ObjectMapper().readTree(dir.resolve("ket-qua-kiem-tra.json").toFile());
        assertThat(report.path("verdict").asText()).isEqualTo("VALID");
        assertThat(report.path("signatures")).hasSize(2);
        assertThat(Files.readString(dir.resolve("ket-qua-kiem-tra.txt"))).contains("HỢP LỆ", "Nguyễn Thị Hương");

        String csv = Files.readString(dir.resolve("so-chung-thuc-" + java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Nguyễn Văn An", "Đã chứng thực");
        assertThat(dir.resolve("root.pem")).content().startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.size(dir.resolve("chi-so-ban-sao-dien-tu.png"))).isGreaterThan(1000);
        assertThat(new ObjectMapper().readTree(dir.resolve("chi-so.json").toFile()).isObject()).isTrue();

        // Anyone can re-verify the copy with the root the demo wrote.
        assertThat(BansaoCli.commandLine().execute("verify", "--trust", dir.resolve("root.pem").toString(),
                copy.toString())).isZero();
    }
}
