package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.common.BansaoException;
import vn.bansao.common.BundleCheck;
import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.internal.MetricsText;
import vn.bansao.metrics.output.ReportWriter;
import vn.bansao.metrics.output.TextSummary;
import vn.bansao.metrics.readiness.ReadinessReview;
import vn.bansao.metrics.target.PlanLoader;

/**
 * Every code and text of the metrics module has a Vietnamese and an English text, and an input error reads as a
 * real sentence in each language: the Vietnamese and English messages differ, each names the file and the line,
 * and neither is the old mixed "tiếng Việt / English" text.
 */
class MetricsErrorTextsTest {

    private static final Locale VI = BansaoException.VIETNAMESE;
    private static final Locale EN = Locale.ENGLISH;

    @TempDir
    Path tmp;

    @Test
    void everyCodeHasBothTexts() {
        assertThat(BundleCheck.problems(MetricsError.values())).isEmpty();
        assertThat(BundleCheck.problems(MetricsText.values())).isEmpty();
        assertThat(BundleCheck.problems(vn.bansao.metrics.internal.ReportText.values())).isEmpty();
    }

    @Test
    void anInputErrorKeepsBothTextsAndHasACode() {
        MetricsInputException e = new MetricsInputException(LocalizedText.of("ke-hoach.yaml:7: thiếu percent",
                "ke-hoach.yaml:7: missing percent"));
        assertThat(e).isInstanceOf(BansaoException.class);
        assertThat(e.code()).isEqualTo("METRICS_INPUT_INVALID");
        assertThat(e.getMessage()).isEqualTo("ke-hoach.yaml:7: missing percent");
        assertThat(e.message(VI)).isEqualTo("ke-hoach.yaml:7: thiếu percent");
        assertThat(e.messageVi()).isEqualTo("ke-hoach.yaml:7: thiếu percent");
        assertThat(e.problem()).isEmpty();
    }

    @Test
    void missingColumn() throws IOException {
        Path f = tmp.resolve("nocol.csv");
        Files.writeString(f, "dossier_code,received_on\nA,2023-01-01\n");
        MetricsInputException e = thrown(() -> Metrics.compute(f));
        assertBilingual(e, "nocol.csv:1: ");
        assertThat(e.message(VI)).isEqualTo("nocol.csv:1: thiếu cột agency_code");
        assertThat(e.message(EN)).isEqualTo("nocol.csv:1: missing column agency_code");

        Path units = tmp.resolve("units.csv");
        Files.writeString(units, "code,name\nU1,Xã A\n");
        MetricsInputException c = thrown(() -> Metrics.builder().dossiers(f).units(units).compute());
        assertBilingual(c, "units.csv:1: ");
        assertThat(c.message(VI)).contains("thiếu cột level");
    }

    @Test
    void unreadableFileNamesTheLineWhereItBreaks() throws IOException {
        // far past the decoder's read-ahead, so that the line is the bad byte's, not the buffer's
        Path f = tmp.resolve("latin1.jsonl");
        long badLine;
        try (OutputStream out = Files.newOutputStream(f)) {
            int n = 0;
            for (; n < 500; n++) {
                out.write(("{\"MaHoSo\":\"A" + n + "\",\"agency_code\":\"U\",\"received_on\":\"2023-01-01\",\"note\":\"Xã\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            badLine = n + 1;
            out.write("{\"MaHoSo\":\"B\",\"agency_code\":\"U\",\"received_on\":\"2023-01-01\",\"note\":\"X".getBytes(StandardCharsets.UTF_8));
            out.write(0xE3); // "ã" in windows-1258 / latin-1: not UTF-8
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        MetricsInputException e = thrown(() -> Metrics.compute(f));
        assertBilingual(e, "latin1.jsonl:" + badLine + ": ");
        assertThat(e.message(VI)).endsWith("không phải văn bản UTF-8 hợp lệ");
        assertThat(e.message(EN)).endsWith("not valid UTF-8 text");

        Path certs = tmp.resolve("certs.csv");
        try (OutputStream out = Files.newOutputStream(certs)) {
            out.write("agency_code,date,kind\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2000; i++) {
                out.write("U1,2023-01-01,electronic\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(new byte[] {'U', (byte) 0xFF, ',', '2', '0', '2', '3', '-', '0', '1', '-', '0', '1', ',', 'p', 'a', 'p', 'e', 'r', '\n'});
        }
        Path ok = tmp.resolve("ok.csv");
        Files.writeString(ok, "dossier_code,agency_code,received_on\nA,U1,2023-01-02\n");
        MetricsInputException c = thrown(() -> Metrics.builder().dossiers(ok).certifications(certs).compute());
        assertBilingual(c, "certs.csv:2002: ");
    }

    @Test
    void fileThatCannotBeOpenedIsNamedInBothLanguages() {
        Path f = tmp.resolve("khong-co.csv");
        MetricsInputException e = thrown(() -> Metrics.compute(f));
        // nothing was read, so there is no line to name: the file and why
        assertThat(e.message(VI)).isEqualTo("không đọc được tệp " + f + ": không có tệp này");
        assertThat(e.message(EN)).isEqualTo("cannot read file " + f + ": no such file");
        MetricsInputException d = thrown(() -> Metrics.compute(tmp));
        assertThat(d.message(VI)).isEqualTo("không đọc được tệp " + tmp + ": đây là thư mục, không phải tệp");
        assertThat(d.message(EN)).isEqualTo("cannot read file " + tmp + ": it is a folder, not a file");
    }

    @Test
    void badPlanPercentNamesTheFileTheLineAndTheTarget() {
        String plan = """
                name: Kế hoạch thử
                targets:
                  - {indicator: online_dossiers, percent: 60}
                  - indicator: digitisation
                    level: commune

                    percent: 120
                """;
        MetricsInputException e = thrown(() -> PlanLoader.parse(
                new ByteArrayInputStream(plan.getBytes(StandardCharsets.UTF_8)), false, "ke-hoach.yaml"));
        assertBilingual(e, "ke-hoach.yaml:7: ");
        assertThat(e.message(VI)).isEqualTo("ke-hoach.yaml:7: mục tiêu thứ 2: percent 120 nằm ngoài khoảng 0..100");
        assertThat(e.message(EN)).isEqualTo("ke-hoach.yaml:7: target 2: percent 120 is outside 0..100");

        String json = "{\"targets\": [\n {\"indicator\": \"digitisation\", \"percent\": 50},\n"
                + " {\"indicator\": \"digitisation\",\n  \"percent\": \"nhiều\"}\n]}";
        MetricsInputException j = thrown(() -> PlanLoader.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), true, "plan.json"));
        assertBilingual(j, "plan.json:4: ");
        assertThat(j.message(VI)).contains("percent nhiều không phải là số");
    }

    @Test
    void otherPlanAndChecklistErrorsNameTheirLine() throws IOException {
        MetricsInputException period = thrown(() -> yaml("targets:\n  - indicator: digitisation\n    period: 2023-13\n    percent: 5\n"));
        assertBilingual(period, "ke-hoach.yaml:3: ");
        assertThat(period.message(VI)).contains("kỳ không hợp lệ '2023-13'");
        MetricsInputException esc = thrown(() -> yaml("escalation: {from_year: 2023, points_per_year: nhiều}\n"
                + "targets:\n  - {indicator: digitisation, percent: 5}\n"));
        assertBilingual(esc, "ke-hoach.yaml:1: ");
        MetricsInputException syntax = thrown(() -> yaml("targets:\n  - {indicator: digitisation, percent: 5\n"));
        assertThat(syntax.message(VI)).startsWith("ke-hoach.yaml:").contains("sai cú pháp YAML");
        assertThat(syntax.message(EN)).startsWith("ke-hoach.yaml:").contains("invalid YAML syntax");
        assertThat(syntax.message(VI)).doesNotContain(" / ");

        Path ready = tmp.resolve("san-sang.yaml");
        Files.writeString(ready, "units:\n  - unit: U1\n    training_done: true\n  - training_done: false\n");
        MetricsInputException r = thrown(() -> ReadinessReview.load(ready, 30, java.time.Instant.now()));
        assertBilingual(r, ready + ":4: ");
        assertThat(r.message(VI)).endsWith("mục thứ 2 của units: thiếu mã đơn vị (unit)");
    }

    @Test
    void malformedRowUnderFail() throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "dossier_code,agency_code,received_on\nA,U1,2023-01-02\nB,U1,2023-02-30\n");
        MetricsInputException e = thrown(() -> Metrics.builder().dossiers(f).rowPolicy(RowPolicy.FAIL).compute());
        assertThat(e.code()).isEqualTo("METRICS_MALFORMED_ROW");
        assertBilingual(e, "bad.csv:3: ");
        assertThat(e.message(VI)).isEqualTo("dòng lỗi bad.csv:3: received_on: ngày không có thật");
        assertThat(e.message(EN)).isEqualTo("malformed row bad.csv:3: received_on: no such date");
        assertThat(e.messageVi()).isEqualTo("bad.csv:3: received_on: ngày không có thật");
        RowProblem p = e.problem().orElseThrow();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message(VI)).isEqualTo(e.messageVi());

        Path j = tmp.resolve("bad.jsonl");
        Files.writeString(j, "{\"MaHoSo\":\"A\",\"agency_code\":\"U\",\"received_on\":\"2023-01-01\"}\n{\"MaHoSo\":\"B\",\"received_on\":\"2023-01-01\"}\n");
        MetricsInputException je = thrown(() -> Metrics.builder().dossiers(j).rowPolicy(RowPolicy.FAIL).compute());
        assertBilingual(je, "bad.jsonl:2: ");
        assertThat(je.messageEn()).isEqualTo("bad.jsonl:2: agency_code: missing");
    }

    @Test
    void skippedRowsKeepBothLanguagesInTheReport() throws IOException {
        Path f = tmp.resolve("some-bad.csv");
        Files.writeString(f, "dossier_code,agency_code,received_on,channel\nA,U1,2023-01-02,online\nB,U1,2023-01-02,fax\n"
                + "C,U1,2023-01-02,1,extra\n");
        MetricsReport r = Metrics.compute(f);
        assertThat(r.input().problems()).hasSize(2);
        for (RowProblem p : r.input().problems()) {
            assertThat(p.message(VI)).startsWith("some-bad.csv:" + p.line() + ": ").doesNotContain(" / ").isNotEqualTo(p.message(EN));
            assertThat(p.message(EN)).startsWith("some-bad.csv:" + p.line() + ": ").doesNotContain(" / ");
        }
        assertThat(r.input().problems().get(1).reason(VI)).isEqualTo("có 5 cột, dòng tiêu đề có 4 cột");
        JsonNode json = ReportWriter.toJson(r).path("input").path("problems").get(0);
        assertThat(json.path("reason").asText()).isEqualTo("channel: not one of in_person|online|post|1|2|3");
        assertThat(json.path("reason_vi").asText()).isEqualTo("channel: không phải một trong các giá trị in_person|online|post|1|2|3");
        assertThat(TextSummary.of(r, true)).contains("some-bad.csv:3: channel: không phải một trong");
        assertThat(TextSummary.of(r, false)).contains("some-bad.csv:3: channel: not one of");
    }

    @Test
    void anOverlongRecordInALaterChunkIsReportedAtItsRealLine() throws IOException {
        // > 2 MiB after the header: scanned in two chunks by two threads, each counting lines from its own start
        Path f = tmp.resolve("big.csv");
        long line = 1;
        long longLine;
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("dossier_code,agency_code,received_on\n");
            for (int i = 0; i < 200_000; i++, line++) {
                w.write("D" + i + ",U1,2023-01-01\n");
            }
            longLine = ++line;
            w.write("X,");
            for (int i = 0; i < 1200 * 1024 / 64; i++) { // over the scanner's whole 1 MiB buffer, wherever it starts
                w.write("0123456789012345678901234567890123456789012345678901234567890123");
            }
            w.write(",2023-01-01\n");
            for (int i = 0; i < 1000; i++) {
                w.write("E" + i + ",U1,2023-01-01\n");
            }
        }
        assertThat(Files.size(f)).isGreaterThan(4L << 20);
        MetricsInputException e = thrown(() -> Metrics.builder().dossiers(f).threads(2).compute());
        assertBilingual(e, "big.csv:" + longLine + ": ");
        assertThat(e.message(EN)).isEqualTo("big.csv:" + longLine + ": record longer than 512 KiB");
    }

    private static vn.bansao.metrics.target.Plan yaml(String text) throws IOException {
        return PlanLoader.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, "ke-hoach.yaml");
    }

    private static MetricsInputException thrown(ThrowingCallable call) {
        MetricsInputException e = catchThrowableOfType(MetricsInputException.class, call);
        assertThat(e).as("a MetricsInputException").isNotNull();
        return e;
    }

    /** Both languages name the place ({@code prefix}: file and line), differ, and are not the old mixed text. */
    private static void assertBilingual(MetricsInputException e, String prefix) {
        String vi = e.messageVi();
        String en = e.messageEn();
        assertThat(vi).startsWith(prefix).doesNotContain(" / ");
        assertThat(en).startsWith(prefix).doesNotContain(" / ");
        assertThat(vi).isNotEqualTo(en);
        assertThat(e.message(VI)).contains(vi).doesNotContain(" / ");
        assertThat(e.message(EN)).contains(en).doesNotContain(" / ");
        assertThat(e.getMessage()).isEqualTo(e.message(EN));
    }
}
