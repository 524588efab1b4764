package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.bansao.metrics.Samples;

/** {@code bansao metrics} end to end on the bundled Mỹ Tho sample. */
class MetricsCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = BansaoCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonHoldsCountsRatesAndTargets() throws IOException {
        Path dir = Samples.extract(tmp.resolve("s"));
        Path out = tmp.resolve("r.json");
        Run r = run("metrics", "--dossiers", dir.resolve(Samples.DOSSIERS).toString(), "--units", dir.resolve(Samples.UNITS).toString(),
                "--certifications", dir.resolve(Samples.CERTIFICATIONS).toString(), "--plan", "sample:my-tho-2022.yaml",
                "--period", "2022-Q4,2023", "--format", "json", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.path("periods")).hasSize(2);
        JsonNode year = root.path("periods").get(1);
        assertThat(year.path("period").asText()).isEqualTo("2023");
        JsonNode ind = year.path("province").path("indicators").get(0);
        assertThat(ind.has("numerator") && ind.has("denominator") && ind.has("rate_percent")).isTrue();
        // a city department in 2023: target 60 + 5
        for (JsonNode u : year.path("units")) {
            if (u.path("code").asText().equals("000.00.31.H56")) {
                JsonNode t = u.path("targets").get(0);
                assertThat(t.path("indicator").asText()).isEqualTo("procedures_online");
                assertThat(t.path("target_percent").asInt()).isEqualTo(65);
                assertThat(t.path("met").isBoolean()).isTrue();
            }
        }
        assertThat(year.path("levels")).hasSize(3);
    }

    @Test
    void vietnameseTextByDefaultEnglishOnRequest() {
        Run vi = run("metrics", "--sample");
        assertThat(vi.code()).as(vi.err()).isZero();
        assertThat(vi.out()).contains("Toàn tỉnh: chỉ số phục vụ").containsPattern("\\d,\\d\\d%");
        Run en = run("metrics", "--sample", "--lang", "en", "--format", "csv");
        assertThat(en.out()).startsWith("period,scope,code");
    }

    @Test
    void chartsAndErrors() throws IOException {
        Path png = tmp.resolve("a.png");
        Run r = run("metrics", "--sample", "--format", "png", "--indicator", "online_dossiers", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        Path svg = tmp.resolve("t.svg");
        assertThat(run("metrics", "--sample", "--format", "svg", "--chart", "trend", "--out", svg.toString()).code()).isZero();
        assertThat(Files.readString(svg)).contains("<svg");

        Run noInput = run("metrics");
        assertThat(noInput.code()).isNotZero();
        assertThat(noInput.err()).contains("--dossiers");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "dossier_code,agency_code,received_on\nA,U,2023-02-30\n");
        Run fail = run("metrics", "--dossiers", bad.toString(), "--policy", "fail");
        assertThat(fail.code()).isEqualTo(2);
        assertThat(fail.err()).contains("bad.csv:2");
        Run skip = run("metrics", "--dossiers", bad.toString());
        assertThat(skip.code()).isZero();
        assertThat(skip.err()).contains("bỏ qua 1").doesNotContain("Exception");
        assertThat(skip.err()).containsPattern("bansao metrics: bỏ qua 1 dòng lỗi; dòng đầu: \\S*bad\\.csv:2: ");
        Run skipEn = run("metrics", "--dossiers", bad.toString(), "--lang", "en");
        assertThat(skipEn.code()).isZero();
        assertThat(skipEn.err()).containsPattern("bansao metrics: skipped 1 malformed rows; first: \\S*bad\\.csv:2: ")
                .doesNotContain("bỏ qua");
    }
}
