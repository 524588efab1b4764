package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many distinct codes: exact distinct counts past the dense range, and refusal instead of unbounded memory. */
class LimitsTest {

    @TempDir
    Path tmp;

    @Test
    void distinctProceduresPastTheDenseRangeAreExact() throws IOException {
        List<String[]> rows = RandomDossiers.rows(5, 20_000, 0);
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        Map<String, Set<String>> expected = new HashMap<>();
        Map<String, Set<String>> expectedOnline = new HashMap<>();
        for (String[] row : rows) {
            row[1] = "9." + r.nextInt(3_000); // 3,000 procedures: indexes beyond 1,024 go sparse
            expected.computeIfAbsent(row[2], k -> new HashSet<>()).add(row[1]);
            if (row[8].equals("online")) {
                expectedOnline.computeIfAbsent(row[2], k -> new HashSet<>()).add(row[1]);
            }
        }
        Path csv = RandomDossiers.csv(tmp.resolve("p.csv"), rows);
        for (int threads : new int[] {1, 2}) {
            MetricsReport rep = Metrics.builder().dossiers(csv).threads(threads).compute();
            for (ScopeResult u : rep.period(0).units()) {
                assertThat(u.measures().get("procedures")).as(u.code()).isEqualTo(expected.get(u.code()).size());
                assertThat(u.measures().get("procedures_online")).as(u.code())
                        .isEqualTo(expectedOnline.getOrDefault(u.code(), Set.of()).size());
            }
        }
    }

    @Test
    void endlessNewUnitsAreRefused() throws IOException {
        Path f = tmp.resolve("units.csv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("dossier_code,agency_code,received_on\n");
            for (int i = 0; i < 9_000; i++) {
                w.write("D" + i + ",U" + i + ",2023-01-01\n");
            }
        }
        List<Period> periods = new java.util.ArrayList<>();
        for (int m = 1; m <= 120; m++) {
            periods.add(Period.parse((2015 + (m - 1) / 12) + "-" + String.format("%02d", 1 + (m - 1) % 12)));
        }
        // 120 periods: at most 1,000,000 / 120 = 8,333 units in memory
        assertThatThrownBy(() -> Metrics.builder().dossiers(f).periods(periods).compute())
                .isInstanceOf(MetricsInputException.class).hasMessageContaining("8333 distinct agency_code");
        assertThat(Metrics.builder().dossiers(f).compute().period(0).units()).hasSize(9_000);
    }

    @Test
    void overlongJsonLineIsAProblemNotAnOutOfMemory() throws IOException {
        Path f = tmp.resolve("long.jsonl");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("{\"MaHoSo\":\"A\",\"agency_code\":\"U\",\"received_on\":\"2023-01-01\"}\n");
            w.write("{\"MaHoSo\":\"");
            for (int i = 0; i < (3 << 20) / 64; i++) {
                w.write("0123456789012345678901234567890123456789012345678901234567890123");
            }
            w.write("\"}\n{\"MaHoSo\":\"B\",\"agency_code\":\"U\",\"received_on\":\"2023-01-02\"}\n");
        }
        MetricsReport r = Metrics.compute(f);
        assertThat(r.input().rowsAccepted()).isEqualTo(2);
        assertThat(r.input().problems()).extracting(RowProblem::line).containsExactly(2L);
        assertThat(r.input().problems().get(0).reason(java.util.Locale.ENGLISH)).contains("line too long");
    }
}
