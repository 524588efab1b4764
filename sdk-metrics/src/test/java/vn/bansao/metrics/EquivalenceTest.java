package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path (byte scanner, two threads over two chunks) and the generic path (JSON Lines with portal
 * aliases, one thread) give identical counts and report the same malformed lines.
 */
class EquivalenceTest {

    @TempDir
    Path tmp;

    private static final List<Period> PERIODS = Period.parseList("2023-Q1,2023-Q2,2023-Q3,2023-Q4,2023-06-15..2023-07-15,all");

    private static void assertSameCounts(MetricsReport a, MetricsReport b) {
        assertThat(b.input().rowsAccepted()).isEqualTo(a.input().rowsAccepted());
        assertThat(b.input().rowsSkipped()).isEqualTo(a.input().rowsSkipped());
        for (int p = 0; p < a.periods().size(); p++) {
            PeriodResult x = a.period(p), y = b.period(p);
            assertThat(y.units()).hasSameSizeAs(x.units());
            for (ScopeResult u : x.units()) {
                ScopeResult v = y.unit(u.code()).orElseThrow();
                assertThat(v.measures()).as(u.code() + " " + x.period()).isEqualTo(u.measures());
                assertThat(v.level()).isEqualTo(u.level());
                assertThat(v.group()).isEqualTo(u.group());
            }
            assertThat(y.province().measures()).isEqualTo(x.province().measures());
        }
    }

    @Test
    void twoThreadsEqualOneThreadAndJsonLines() throws IOException {
        List<String[]> rows = RandomDossiers.rows(42, 20_000, 997);
        Path csv = RandomDossiers.csv(tmp.resolve("d.csv"), rows);
        assertThat(Files.size(csv)).isGreaterThan(2L << 20); // big enough to be cut in two
        MetricsReport one = Metrics.builder().dossiers(csv).periods(PERIODS).threads(1).compute();
        MetricsReport two = Metrics.builder().dossiers(csv).periods(PERIODS).threads(2).compute();
        assertSameCounts(one, two);
        assertThat(two.input().problems()).isEqualTo(one.input().problems());
        assertThat(one.input().rowsSkipped()).isEqualTo(20_000 / 997);
        assertThat(one.input().rowsAccepted()).isEqualTo(20_000 - 20_000 / 997);
        // the 1st malformed row is data row 997, physical line 998
        assertThat(one.input().problems().get(0).line()).isEqualTo(998);
        assertThat(two.input().problems().get(two.input().problems().size() - 1).line()).isEqualTo(997L * 20 + 1);

        MetricsReport jsonl = Metrics.builder().dossiers(RandomDossiers.jsonLines(tmp.resolve("d.jsonl"), rows))
                .periods(PERIODS).compute();
        assertSameCounts(one, jsonl);
        assertThat(jsonl.input().problems()).extracting(RowProblem::line)
                .isEqualTo(one.input().problems().stream().map(p -> p.line() - 1).toList());
    }

    @Test
    void quotedLineBreaksFallBackToOneThreadAndStayRight() throws IOException {
        List<String[]> rows = RandomDossiers.rows(7, 20_000, 0);
        for (int i = 0; i < rows.size(); i += 1500) {
            rows.get(i)[0] = "D" + i + "\nsecond line";
        }
        Path csv = RandomDossiers.csv(tmp.resolve("q.csv"), rows);
        MetricsReport one = Metrics.builder().dossiers(csv).periods(PERIODS).threads(1).compute();
        MetricsReport two = Metrics.builder().dossiers(csv).periods(PERIODS).threads(2).compute();
        assertThat(one.input().rowsAccepted()).isEqualTo(20_000);
        assertThat(one.input().rowsSkipped()).isZero();
        assertSameCounts(one, two);
    }
}
