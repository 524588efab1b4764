package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.metrics.target.Aggregation;
import vn.bansao.metrics.target.Plan;
import vn.bansao.metrics.target.PlanLoader;

/** Plans: loading, escalation across years, period matching, gap, met, ranking and trend. */
class PlanAttainmentTest {

    private static Plan yaml(String text) throws IOException {
        return PlanLoader.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, "test.yaml");
    }

    @Test
    void myThoEscalatesFivePointsAYearFrom2023() {
        Plan plan = PlanLoader.sample("my-tho-2022.yaml");
        Optional<UnitLevel> district = Optional.of(UnitLevel.DISTRICT);
        Optional<String> dept = Optional.of("city_department");
        assertThat(plan.targetFor(Indicator.PROCEDURES_ONLINE, district, dept, true, Period.parse("2022-Q4")).orElseThrow().percent())
                .isEqualByComparingTo("60");
        // not before the plan's period
        assertThat(plan.targetFor(Indicator.PROCEDURES_ONLINE, district, dept, true, Period.parse("2022-Q3"))).isEmpty();
        assertThat(plan.targetFor(Indicator.PROCEDURES_ONLINE, district, dept, true, Period.parse("2023-Q1")).orElseThrow().percent())
                .isEqualByComparingTo("65");
        assertThat(plan.targetFor(Indicator.PROCEDURES_ONLINE, district, dept, true, Period.parse("2023")).orElseThrow().percent())
                .isEqualByComparingTo("65");
        assertThat(plan.targetFor(Indicator.PROCEDURES_ONLINE, district, dept, true, Period.parse("2024-Q4")).orElseThrow().percent())
                .isEqualByComparingTo("70");
        // capped at 100%
        assertThat(plan.targetFor(Indicator.PROCEDURES_ONLINE, district, dept, true, Period.parse("2040")).orElseThrow().percent())
                .isEqualByComparingTo("100");
        // ward tiers by group
        Optional<UnitLevel> commune = Optional.of(UnitLevel.COMMUNE);
        assertThat(plan.targetFor(Indicator.ONLINE_DOSSIERS, commune, Optional.of("tier_a"), true, Period.parse("2022-Q4"))
                .orElseThrow().percent()).isEqualByComparingTo("20");
        assertThat(plan.targetFor(Indicator.ONLINE_DOSSIERS, commune, Optional.of("tier_b"), true, Period.parse("2022-Q4"))
                .orElseThrow().percent()).isEqualByComparingTo("50");
        assertThat(plan.targetFor(Indicator.COPIES_CERTIFIED_ELECTRONICALLY, commune, Optional.of("tier_c"), true,
                Period.parse("2024")).orElseThrow().percent()).isEqualByComparingTo("20");
    }

    @Test
    void periodsAreInclusiveAndQuartersHaveTheirLastDay() {
        Period q1 = Period.parse("2023-Q1");
        assertThat(q1.from()).hasToString("2023-01-01");
        assertThat(q1.to()).hasToString("2023-03-31");
        assertThat(Period.parse("2024-Q1").to()).hasToString("2024-03-31");
        assertThat(Period.parse("2024-02").to()).hasToString("2024-02-29");
        Period range = Period.parse("15/12/2022..31/12/2023");
        assertThat(range.from()).hasToString("2022-12-15");
        assertThat(range.year()).isEqualTo(2023);
        assertThatThrownBy(() -> Period.parse("2023-Q5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid period");
        assertThatThrownBy(() -> Period.parse("2023-12-31..2023-01-01")).isInstanceOf(IllegalArgumentException.class);

        // fixture: row 3 received 2023-03-31 (last day of Q1), row 4 on 2023-04-01 (first day of Q2)
        MetricsReport r = Metrics.builder().dossiers(Fixtures.fixture("small.csv"))
                .periods(Period.parseList("2023-Q1,2023-Q2,2023-03-31..2023-04-01,2023-03-31..2023-03-31")).compute();
        assertThat(r.period(0).unit("P1").orElseThrow().measures().get("dossiers")).isEqualTo(3);
        assertThat(r.period(1).unit("P1").orElseThrow().measures().get("dossiers")).isEqualTo(1);
        assertThat(r.period(2).unit("P1").orElseThrow().measures().get("dossiers")).isEqualTo(2);
        assertThat(r.period(3).unit("P1").orElseThrow().measures().get("dossiers")).isEqualTo(1);
    }

    @Test
    void attainmentGapMetRankAndTrend() throws IOException {
        Plan plan = yaml("""
                name: test
                escalation: {from_year: 2024, points_per_year: 5}
                targets:
                  - {indicator: online_dossiers, period: 2023-Q1, percent: 40}
                  - {indicator: online_dossiers, level: province, period: 2023-Q1, percent: 30}
                  - {indicator: online_dossiers, period: 2023-Q2, percent: 40}
                """);
        MetricsReport r = Metrics.builder().dossiers(Fixtures.fixture("small.csv")).plan(plan)
                .periods(Period.parseList("2023-Q1,2023-Q2")).compute();
        PeriodResult q1 = r.period(0);
        // province-wide 2/5 = 40%: met exactly, gap 0
        Attainment prov = q1.province().attainment(Indicator.ONLINE_DOSSIERS).orElseThrow();
        assertThat(prov.met()).contains(true);
        assertThat(prov.gapPoints().orElseThrow().signum()).isZero();
        // P1: 1/3 = 33.33% against the provincial-level target 30%: met, gap +10/3 points
        Attainment p1 = q1.unit("P1").orElseThrow().attainment(Indicator.ONLINE_DOSSIERS).orElseThrow();
        assertThat(p1.targetPercent()).isEqualByComparingTo("30");
        assertThat(p1.met()).contains(true);
        assertThat(p1.gapPoints().orElseThrow().sameValue(Ratio.of(10, 3))).isTrue();
        // C1: 0/1 against 40%: not met, gap -40
        Attainment c1 = q1.unit("C1").orElseThrow().attainment(Indicator.ONLINE_DOSSIERS).orElseThrow();
        assertThat(c1.met()).contains(false);
        assertThat(c1.gapPoints().orElseThrow().sameValue(Ratio.of(-40, 1))).isTrue();
        assertThat(c1.rank()).contains(1); // alone at commune level
        // D1 is 1/1 = 100%
        assertThat(q1.unit("D1").orElseThrow().attainment(Indicator.ONLINE_DOSSIERS).orElseThrow().met()).contains(true);
        // Q2: only P1-4 (online): province 100%; trend province +60 points
        Trend t = r.trends().stream().filter(x -> x.scope().equals("province") && x.indicator() == Indicator.ONLINE_DOSSIERS)
                .findFirst().orElseThrow();
        assertThat(t.fromPercent().sameValue(Ratio.of(40, 1))).isTrue();
        assertThat(t.toPercent().sameValue(Ratio.of(100, 1))).isTrue();
        assertThat(t.changePoints().sameValue(Ratio.of(60, 1))).isTrue();
    }

    @Test
    void rankingOrdersUnitsOfALevel() {
        Path dir = Samples.extract(tmp.resolve("samples"));
        MetricsReport r = Metrics.builder().dossiers(dir.resolve(Samples.DOSSIERS)).units(dir.resolve(Samples.UNITS))
                .plan(PlanLoader.load(dir.resolve(Samples.MY_THO_PLAN))).period(Period.parse("2023-Q2")).compute();
        var communes = r.period(0).units().stream().filter(u -> u.level().equals(Optional.of(UnitLevel.COMMUNE))).toList();
        assertThat(communes).hasSize(5);
        var ranked = communes.stream().map(u -> u.attainment(Indicator.ONLINE_DOSSIERS).orElseThrow())
                .sorted(java.util.Comparator.comparing(a -> a.rank().orElseThrow())).toList();
        assertThat(ranked.get(0).rank()).contains(1);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i - 1).valuePercent().orElseThrow().compareTo(ranked.get(i).valuePercent().orElseThrow()))
                    .isGreaterThanOrEqualTo(0);
        }
        // tier targets escalated for 2023: tier_b 50 + 5
        ScopeResult ward4 = r.period(0).unit("000.22.31.H56").orElseThrow();
        assertThat(ward4.attainment(Indicator.ONLINE_DOSSIERS).orElseThrow().targetPercent()).isEqualByComparingTo("55");
    }

    @TempDir
    Path tmp;

    @Test
    void badPlansAreRefusedWithTheTargetNamed() {
        assertThatThrownBy(() -> yaml("targets:\n  - {indicator: nonsense, percent: 5}\n"))
                .isInstanceOf(MetricsInputException.class).hasMessageContaining("target 1").hasMessageContaining("unknown indicator");
        assertThatThrownBy(() -> yaml("targets:\n  - {indicator: online_dossiers, percent: 120}\n"))
                .isInstanceOf(MetricsInputException.class).hasMessageContaining("0..100");
        assertThatThrownBy(() -> yaml("name: x\n")).isInstanceOf(MetricsInputException.class).hasMessageContaining("targets");
    }

    @Test
    void jsonPlansWork() throws IOException {
        Path f = tmp.resolve("plan.json");
        Files.writeString(f, "{\"name\":\"j\",\"targets\":[{\"indicator\":\"digitisation\",\"percent\":\"89.95\","
                + "\"aggregation\":\"mean_of_units\"}]}");
        Plan p = PlanLoader.load(f);
        assertThat(p.targets().get(0).percent()).isEqualByComparingTo(new BigDecimal("89.95"));
        assertThat(p.targets().get(0).aggregation()).isEqualTo(Aggregation.MEAN_OF_UNITS);
    }
}
