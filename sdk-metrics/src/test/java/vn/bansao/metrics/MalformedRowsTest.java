package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed rows: reported with line number and reason, skipped or fatal by policy, counted. */
class MalformedRowsTest {

    @TempDir
    Path tmp;

    private static final String HEADER = "\uFEFFMaHoSo,MaTTHC,agency_code,unit_level,received_on,finished_on,KenhThucHien,"
            + "components_total,components_digitised,rating\r\n";

    private Path write(String name, String body) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, HEADER + body, StandardCharsets.UTF_8);
        return f;
    }

    private static final String BODY = String.join("\r\n",
            "A-1,1.1,U1,commune,2023-01-02,2023-01-03,2,2,2,satisfied",            // line 2 ok (online)
            "A-2,1.1,U1,commune,2023-02-30,,1,1,1,",                              // line 3 no such date
            "A-3,\"1.2, quoted\",U1,commune,2023-01-05,,1,1,1,",                  // line 4 ok, comma in quotes
            "A-4,1.1,U1,commune,2023-01-05,,4,1,1,",                              // line 5 channel 4
            "A-5,1.1,U1,commune,2023-01-05,,1,1,2,",                              // line 6 digitised > total
            "A-6,1.1,U1,commune,2023-01-05,,1,1",                                 // line 7 too few fields
            "A-7,1.1,,commune,2023-01-05,,1,1,1,",                                // line 8 empty agency
            "A-8,1.1,U1,commune,2023-01-05,2023-01-04,1,1,1,",                    // line 9 finished before received
            "",                                                                   // line 10 blank: ignored
            "\"A-9 \"\"multi\"\"\nline\",1.1,U2,district,2023-01-06,,3,x,1,",      // lines 11-12: count not a number
            "A-10,1.1,U2,district,2023-01-06,,3,1,1,happy",                       // line 13 rating
            "A-11,1.1,U2,district,2023-01-06,,post,1,1,empty") + "\r\n";          // line 14 ok

    @Test
    void skipReportsLineAndReason() throws IOException {
        for (Path f : List.of(write("bad.csv", BODY))) {
            MetricsReport r = Metrics.builder().dossiers(f).compute();
            assertThat(r.input().rowsAccepted()).isEqualTo(3);
            assertThat(r.input().rowsSkipped()).isEqualTo(8);
            assertThat(r.input().problems()).extracting(RowProblem::line).containsExactly(3L, 5L, 6L, 7L, 8L, 9L, 11L, 13L);
        }
    }

    @Test
    void reasonsNameTheColumn() throws IOException {
        MetricsReport r = Metrics.builder().dossiers(write("bad.csv", BODY)).compute();
        List<String> reasons = r.input().problems().stream().map(p -> p.reason(java.util.Locale.ENGLISH)).toList();
        assertThat(reasons.get(0)).contains("received_on").contains("no such date");
        assertThat(reasons.get(1)).contains("channel");
        assertThat(reasons.get(2)).contains("components_digitised > components_total");
        assertThat(reasons.get(3)).contains("8 fields, header has 10");
        assertThat(reasons.get(4)).contains("agency_code").contains("empty");
        assertThat(reasons.get(5)).contains("finished_on before received_on");
        assertThat(reasons.get(6)).contains("components_total");
        assertThat(reasons.get(7)).contains("rating");
        assertThat(r.input().problems().get(0).source()).isEqualTo("bad.csv");
        ScopeResult u1 = r.period(0).unit("U1").orElseThrow();
        assertThat(u1.measures().get("dossiers")).isEqualTo(2);
        assertThat(u1.measures().get("online")).isEqualTo(1);
        assertThat(u1.measures().get("procedures")).isEqualTo(2); // "1.1" and "1.2, quoted"
    }

    @Test
    void failStopsAtTheFirstMalformedRow() throws IOException {
        Path f = write("bad.csv", BODY);
        assertThatThrownBy(() -> Metrics.builder().dossiers(f).rowPolicy(RowPolicy.FAIL).compute())
                .isInstanceOf(MetricsInputException.class)
                .hasMessageContaining("bad.csv:3")
                .satisfies(e -> assertThat(((MetricsInputException) e).problem().orElseThrow().line()).isEqualTo(3));
    }

    @Test
    void missingRequiredColumnIsRefused() throws IOException {
        Path f = tmp.resolve("nocol.csv");
        Files.writeString(f, "dossier_code,received_on\nA,2023-01-01\n");
        assertThatThrownBy(() -> Metrics.compute(f)).isInstanceOf(MetricsInputException.class)
                .hasMessageContaining("missing column agency_code");
    }

    @Test
    void jsonLinesMalformedLines() throws IOException {
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"MaHoSo\":\"A\",\"agency_code\":\"U\",\"received_on\":\"2023-01-01\",\"KenhThucHien\":2}",
                "{not json",
                "[1,2]",
                "{\"MaHoSo\":\"B\",\"agency_code\":\"U\",\"received_on\":\"2023-13-01\"}",
                "{\"MaHoSo\":\"C\",\"received_on\":\"2023-01-01\"}",
                "{\"MaHoSo\":\"D\",\"agency_code\":\"U\",\"received_on\":\"2023-01-02\",\"has_fee\":true,\"paid_online\":2}"));
        MetricsReport r = Metrics.compute(f);
        assertThat(r.input().rowsAccepted()).isEqualTo(2);
        assertThat(r.input().problems()).extracting(RowProblem::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(r.input().problems().get(3).reason(java.util.Locale.ENGLISH)).contains("agency_code");
        ScopeResult u = r.period(0).unit("U").orElseThrow();
        assertThat(u.indicator(Indicator.ONLINE_PAYMENT).orElseThrow().numerator()).isEqualTo(1);
        assertThat(u.measures().get("online")).isEqualTo(1);
    }

    @Test
    void catalogueLinesAreCheckedToo() throws IOException {
        Path units = tmp.resolve("units.csv");
        Files.writeString(units, "code,name,level\nU1,Xã A,commune\nU2,Xã B,village\n");
        Path certs = tmp.resolve("certs.csv");
        Files.writeString(certs, "agency_code,date,kind\nU1,2023-01-01,electronic\nU1,2023-01-01,fax\nU1,01/01/2023,paper\n");
        MetricsReport r = Metrics.builder().dossiers(write("ok.csv", "A-1,1.1,U1,commune,2023-01-02,,2,2,2,\r\n"))
                .units(units).certifications(certs).compute();
        assertThat(r.input().rowsSkipped()).isEqualTo(3);
        assertThat(r.input().problems()).extracting(p -> p.source() + ":" + p.line())
                .containsExactly("units.csv:3", "certs.csv:3", "certs.csv:4");
        assertThat(r.input().certifications()).isEqualTo(1);
    }
}
