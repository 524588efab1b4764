package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.metrics.target.Aggregation;
import vn.bansao.metrics.target.Plan;
import vn.bansao.metrics.target.PlanLoader;

/**
 * Reproduces the shape of Đắk Lắk's 2023 digitisation report (provincial 97.41%, district 91.85%, commune
 * 85.15%, province-wide 89.95%): the province-wide figure is pooled over dossiers, not a mean.
 */
class PooledVersusMeanTest {

    @TempDir
    Path tmp;

    /** unit, level, dossiers (50 components each), digitised components. */
    private static final Object[][] UNITS = {
            {"PA", "province", 100, 4990}, {"PB", "province", 100, 4751},
            {"DA", "district", 1000, 46000}, {"DB", "district", 640, 29317},
            {"CA", "commune", 200, 9000}, {"CB", "commune", 760, 31872}};

    private Path dataset() throws IOException {
        Path f = tmp.resolve("dak-lak.csv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("dossier_code,agency_code,unit_level,received_on,channel,components_total,components_digitised\n");
            int n = 0;
            for (Object[] u : UNITS) {
                int dossiers = (int) u[2], digitised = (int) u[3];
                for (int i = 0; i < dossiers; i++) {
                    int d = digitised / dossiers + (i < digitised % dossiers ? 1 : 0);
                    String date = i % 2 == 0 ? "2022-12-15" : "2023-12-31"; // both ends of the period
                    w.write("H-" + (n++) + "," + u[0] + "," + u[1] + "," + date + ",online,50," + d + "\n");
                }
            }
            // outside the period by one day on each side
            w.write("X-1,PA,province,2022-12-14,online,50,0\nX-2,CB,commune,2024-01-01,online,50,0\n");
        }
        return f;
    }

    @Test
    void provinceWideIsPooledOverDossiersNotTheMeanOfLevels() throws IOException {
        Plan plan = PlanLoader.sample("dak-lak-2023.yaml");
        MetricsReport r = Metrics.builder().dossiers(dataset()).plan(plan).period(Period.parse("2022-12-15..2023-12-31")).compute();
        PeriodResult p = r.period(0);
        IndicatorValue prov = p.province().indicator(Indicator.DIGITISATION).orElseThrow();
        assertThat(prov.numerator()).isEqualTo(125_930);
        assertThat(prov.denominator()).isEqualTo(140_000);
        assertThat(prov.rate().orElseThrow().formatPercent(true)).isEqualTo("89,95%");
        assertThat(p.level(UnitLevel.PROVINCE).orElseThrow().indicator(Indicator.DIGITISATION).orElseThrow().rate().orElseThrow()
                .formatPercent(false)).isEqualTo("97.41%");
        assertThat(p.level(UnitLevel.DISTRICT).orElseThrow().indicator(Indicator.DIGITISATION).orElseThrow().rate().orElseThrow()
                .formatPercent(false)).isEqualTo("91.85%");
        assertThat(p.level(UnitLevel.COMMUNE).orElseThrow().indicator(Indicator.DIGITISATION).orElseThrow().rate().orElseThrow()
                .formatPercent(false)).isEqualTo("85.15%");
        // the mean of the three levels would be 91.47%: not what the province reports
        Ratio meanOfLevels = Ratio.of(9741, 10000).plus(Ratio.of(75317, 82000)).plus(Ratio.of(40872, 48000)).dividedBy(Ratio.of(3, 1));
        assertThat(meanOfLevels.formatPercent(false)).isEqualTo("91.47%");
        assertThat(prov.rate().orElseThrow().sameValue(meanOfLevels)).isFalse();

        Attainment a = p.province().attainment(Indicator.DIGITISATION).orElseThrow();
        assertThat(a.aggregation()).isEqualTo(Aggregation.POOLED);
        assertThat(a.met()).contains(false);
        assertThat(Ratio.formatNumber(a.gapPoints().orElseThrow(), true)).isEqualTo("-10,05");
        assertThat(a.note()).contains("24/01/2024");
    }

    @Test
    void meanOfUnitsOnlyWhereThePlanAsks() throws IOException {
        Plan plan = PlanLoader.parse(new java.io.ByteArrayInputStream(
                "targets:\n  - {indicator: digitisation, percent: 90, aggregation: mean_of_units}\n".getBytes(StandardCharsets.UTF_8)),
                false, "mean.yaml");
        MetricsReport r = Metrics.builder().dossiers(dataset()).plan(plan).period(Period.parse("2022-12-15..2023-12-31")).compute();
        Ratio expected = Ratio.ZERO;
        for (Object[] u : UNITS) {
            expected = expected.plus(Ratio.of((int) u[3], 50L * (int) u[2]));
        }
        expected = expected.dividedBy(Ratio.of(UNITS.length, 1)).percent();
        Attainment a = r.period(0).province().attainment(Indicator.DIGITISATION).orElseThrow();
        assertThat(a.aggregation()).isEqualTo(Aggregation.MEAN_OF_UNITS);
        assertThat(a.valuePercent().orElseThrow().sameValue(expected)).isTrue();
        assertThat(a.valuePercent().orElseThrow().sameValue(Ratio.of(125_930, 140_000).percent())).isFalse();
        // a commune level rollup with the same plan takes the mean of its own two units
        Attainment communes = r.period(0).level(UnitLevel.COMMUNE).orElseThrow().attainment(Indicator.DIGITISATION).orElseThrow();
        Ratio communeMean = Ratio.of(9000, 10000).plus(Ratio.of(31872, 38000)).dividedBy(Ratio.of(2, 1)).percent();
        assertThat(communes.valuePercent().orElseThrow().sameValue(communeMean)).isTrue();
        // units themselves are always their own pooled rate
        assertThat(r.period(0).unit("CB").orElseThrow().attainment(Indicator.DIGITISATION).orElseThrow().aggregation())
                .isEqualTo(Aggregation.POOLED);
    }
}
