package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every computable indicator checked against counts worked out by hand from {@code fixtures/small.csv}
 * (see the comments: row numbers are the fixture's data rows).
 */
class IndicatorFixtureTest {

    private static final Period Q1 = Period.parse("2023-Q1");

    private static MetricsReport q1(Metrics.Builder b) {
        return b.dossiers(Fixtures.fixture("small.csv")).units(Fixtures.fixture("units.csv"))
                .certifications(Fixtures.fixture("certifications.csv")).period(Q1).compute();
    }

    private static void assertRate(ScopeResult s, Indicator i, long num, long den) {
        IndicatorValue v = s.indicator(i).orElseThrow();
        assertThat(v.numerator()).as(i + " numerator").isEqualTo(num);
        assertThat(v.denominator()).as(i + " denominator").isEqualTo(den);
        if (den == 0) {
            assertThat(v.rate()).as(i + " rate").isEmpty();
        } else {
            assertThat(v.rate().orElseThrow().sameValue(Ratio.of(num, den))).as(i + " rate").isTrue();
        }
    }

    private static void assertPoints(ScopeResult s, Indicator i, Ratio expected) {
        Ratio got = s.indicator(i).orElseThrow().points().orElseThrow();
        assertThat(got.sameValue(expected)).as(i + " points " + got + " expected " + expected).isTrue();
    }

    @Test
    void provincialUnitRowsOneToThree() {
        ScopeResult p1 = q1(Metrics.builder()).period(0).unit("P1").orElseThrow();
        // rows 1-3 (row 4 was received on 2023-04-01, outside Q1)
        assertThat(p1.measures().get("dossiers")).isEqualTo(3);
        assertRate(p1, Indicator.ON_TIME, 1, 2);                 // row 1 on time, row 2 late, row 3 open
        assertRate(p1, Indicator.FULL_PROCESS_ONLINE, 1, 2);     // eligible rows 1, 2; online row 1
        assertRate(p1, Indicator.ONLINE_PAYMENT, 1, 2);          // fee rows 1, 2; paid online row 1
        assertRate(p1, Indicator.ELECTRONIC_RESULTS, 1, 2);      // results due rows 1, 2 (row 3 open)
        assertRate(p1, Indicator.DIGITISED_DOSSIERS, 2, 3);      // row 1 complete; row 2 1 of 2; row 3 open, all files
        assertRate(p1, Indicator.DATA_REUSE, 1, 3);
        assertRate(p1, Indicator.CITIZEN_STORE, 2, 3);
        assertRate(p1, Indicator.POPULATION_DATA, 2, 3);
        assertRate(p1, Indicator.COMPLAINTS_ON_TIME, 1, 1);
        assertRate(p1, Indicator.DOSSIER_SATISFACTION, 1, 2);
        assertRate(p1, Indicator.ONLINE_DOSSIERS, 1, 3);
        assertRate(p1, Indicator.COPIES_CERTIFIED_ELECTRONICALLY, 2, 3);
        assertRate(p1, Indicator.DIGITISATION, 7, 9);            // components 6/7 plus results 1/2
        assertRate(p1, Indicator.PROCEDURES_ONLINE, 1, 2);       // 1.001 online; 1.002 not
        assertRate(p1, Indicator.COMMUNES_E_CERTIFICATION, 0, 0);

        assertPoints(p1, Indicator.ON_TIME, Ratio.of(10, 1));
        assertPoints(p1, Indicator.FULL_PROCESS_ONLINE, Ratio.of(6, 1));
        assertPoints(p1, Indicator.ONLINE_PAYMENT, Ratio.of(5, 1));
        assertPoints(p1, Indicator.ELECTRONIC_RESULTS, Ratio.of(3, 1));
        assertPoints(p1, Indicator.DIGITISED_DOSSIERS, Ratio.of(8, 3));
        assertPoints(p1, Indicator.DATA_REUSE, Ratio.of(5, 6));          // 2 × (1/3) ÷ 80%
        assertPoints(p1, Indicator.CITIZEN_STORE, Ratio.of(8, 3));
        assertPoints(p1, Indicator.POPULATION_DATA, Ratio.of(4, 3));
        assertPoints(p1, Indicator.COMPLAINTS_ON_TIME, Ratio.of(6, 1));
        assertPoints(p1, Indicator.DOSSIER_SATISFACTION, Ratio.of(10, 3)); // 6 × (1/2) ÷ 90%
        assertThat(p1.indicator(Indicator.COMMUNES_E_CERTIFICATION).orElseThrow().points()).isEmpty();

        ServiceIndex idx = p1.index();
        assertThat(idx.maxAvailable()).isEqualTo(72);
        assertThat(idx.points().sameValue(Ratio.of(245, 6))).isTrue();
        assertThat(idx.outOf100().sameValue(Ratio.of(24500, 432))).isTrue();
        assertThat(idx.band()).isEqualTo(ServiceIndex.Band.AVERAGE);
    }

    @Test
    void zeroDenominatorRules() {
        ScopeResult c1 = q1(Metrics.builder()).period(0).unit("C1").orElseThrow();
        // no complaints: full marks by default
        assertRate(c1, Indicator.COMPLAINTS_ON_TIME, 0, 0);
        assertPoints(c1, Indicator.COMPLAINTS_ON_TIME, Ratio.of(6, 1));
        // not rated, not eligible: left out of the index
        assertThat(c1.indicator(Indicator.DOSSIER_SATISFACTION).orElseThrow().points()).isEmpty();
        assertThat(c1.indicator(Indicator.FULL_PROCESS_ONLINE).orElseThrow().points()).isEmpty();
        assertRate(c1, Indicator.ELECTRONIC_RESULTS, 1, 1);
        assertRate(c1, Indicator.DIGITISED_DOSSIERS, 0, 1);
        assertRate(c1, Indicator.COMMUNES_E_CERTIFICATION, 1, 1);

        ScopeResult strict = q1(Metrics.builder().zeroDenominator(Indicator.COMPLAINTS_ON_TIME, ZeroDenominatorRule.ZERO)
                .zeroDenominator(Indicator.DOSSIER_SATISFACTION, ZeroDenominatorRule.FULL_MARKS)).period(0).unit("C1").orElseThrow();
        assertPoints(strict, Indicator.COMPLAINTS_ON_TIME, Ratio.ZERO);
        assertPoints(strict, Indicator.DOSSIER_SATISFACTION, Ratio.of(6, 1));
    }

    @Test
    void certificationAndUnitIndicatorsProvinceWide() {
        ScopeResult prov = q1(Metrics.builder()).period(0).province();
        assertRate(prov, Indicator.ELECTRONIC_CERTIFICATIONS, 1, 2);        // C1 electronic, D1 paper (C1's 2 April one is Q2)
        assertRate(prov, Indicator.UNITS_OFFERING_E_CERTIFICATION, 1, 3);   // D1, C1, C2 certify; only C1 electronically
        assertRate(prov, Indicator.COMMUNES_E_CERTIFICATION, 1, 2);         // C1 of C1, C2
        assertRate(prov, Indicator.ONLINE_DOSSIERS, 2, 5);
        assertRate(prov, Indicator.PROCEDURES_ONLINE, 2, 4);                // (P1,1.001), (D1,2.000815) of 4 unit-procedure pairs
        assertRate(prov, Indicator.COPIES_CERTIFIED_ELECTRONICALLY, 6, 9);
        assertThat(prov.measures().get("dossiers")).isEqualTo(5);
    }

    @Test
    void thresholdIsConfigurableAndPointsAreCapped() {
        ScopeResult p1 = q1(Metrics.builder().threshold(Indicator.ON_TIME, 50)).period(0).unit("P1").orElseThrow();
        assertPoints(p1, Indicator.ON_TIME, Ratio.of(20, 1)); // 20 × 50% ÷ 50% = 20, the maximum
        ScopeResult d1 = q1(Metrics.builder().threshold(Indicator.DATA_REUSE, 50)).period(0).unit("D1").orElseThrow();
        assertPoints(d1, Indicator.DATA_REUSE, Ratio.of(2, 1)); // 100% ÷ 50% would be 4: capped at 2
    }

    @Test
    void displayRoundsHalfUpOnlyForDisplay() {
        assertThat(Ratio.of(8995, 10000).formatPercent(true)).isEqualTo("89,95%");
        assertThat(Ratio.of(8995, 10000).formatPercent(false)).isEqualTo("89.95%");
        assertThat(Ratio.of(1, 3).formatPercent(false)).isEqualTo("33.33%");
        assertThat(Ratio.of(2, 3).formatPercent(true)).isEqualTo("66,67%");
        assertThat(Ratio.of(1, 800).formatPercent(false)).isEqualTo("0.13%"); // 0.125 rounds half up
        assertThat(Ratio.of(1, 3).plus(Ratio.of(2, 3)).sameValue(Ratio.ONE)).isTrue();
    }

    @Test
    void jsonLinesWithPortalAliasesGiveIdenticalCounts() {
        MetricsReport csv = q1(Metrics.builder());
        MetricsReport jsonl = Metrics.builder().dossiers(Fixtures.fixture("small.jsonl")).units(Fixtures.fixture("units.csv"))
                .certifications(Fixtures.fixture("certifications.csv")).period(Q1).compute();
        assertThat(jsonl.input().rowsAccepted()).isEqualTo(6);
        for (ScopeResult u : csv.period(0).units()) {
            assertThat(jsonl.period(0).unit(u.code()).orElseThrow().measures()).as(u.code()).isEqualTo(u.measures());
        }
        assertThat(jsonl.period(0).province().measures()).isEqualTo(csv.period(0).province().measures());
    }

    @Test
    void unitsComeFromCatalogueEvenWithoutDossiers() {
        ScopeResult c2 = q1(Metrics.builder()).period(0).unit("C2").orElseThrow();
        assertThat(c2.name()).isEqualTo("UBND xã Đạo Thạnh, Mỹ Tho");
        assertThat(c2.level()).isEqualTo(Optional.of(UnitLevel.COMMUNE));
        assertThat(c2.measures().get("dossiers")).isZero();
    }
}
