package vn.bansao.metrics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.bansao.metrics.Attainment;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.IndicatorValue;
import vn.bansao.metrics.InputSummary;
import vn.bansao.metrics.MetricsReport;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.PeriodResult;
import vn.bansao.metrics.Ratio;
import vn.bansao.metrics.ScopeResult;
import vn.bansao.metrics.Scoring;
import vn.bansao.metrics.ServiceIndex;
import vn.bansao.metrics.Trend;
import vn.bansao.metrics.UnitLevel;
import vn.bansao.metrics.definition.Measures;
import vn.bansao.metrics.input.CertificationRecord;
import vn.bansao.metrics.input.UnitInfo;
import vn.bansao.metrics.readiness.UnitReadiness;
import vn.bansao.metrics.target.Aggregation;
import vn.bansao.metrics.target.Plan;

/**
 * Where counts become indicators: adds the unit measures (certifications, units offering e-certification),
 * rolls units up to levels and the province by summing numerators and denominators (pooled over dossiers),
 * scores the index, and compares with the plan. Both back-ends end here, so they report alike.
 */
public final class ReportBuilder {

    private static final int S = Measures.slots();
    private static final int M = Accumulator.M;

    private ReportBuilder() {
    }

    /** A unit as the report sees it. */
    private record Unit(String code, String name, Optional<UnitLevel> level, Optional<String> group, Optional<String> parent) {
    }

    public static MetricsReport build(List<Period> periods, DossierTotals totals, List<UnitInfo> catalogue,
                                      List<CertificationRecord> certifications, Optional<Plan> plan, Scoring scoring,
                                      InputSummary input, List<UnitReadiness> readiness) {
        Map<String, Unit> units = new TreeMap<>();
        Map<String, UnitInfo> byCode = new LinkedHashMap<>();
        catalogue.forEach(u -> byCode.put(u.code(), u));
        for (int i = 0; i < totals.units().size(); i++) {
            String code = totals.units().get(i);
            units.put(code, unit(code, byCode.get(code), totals.levels()[i], totals.groups()[i]));
        }
        for (UnitInfo u : catalogue) {
            units.putIfAbsent(u.code(), unit(u.code(), u, -1, null));
        }
        for (CertificationRecord c : certifications) {
            units.putIfAbsent(c.agencyCode(), unit(c.agencyCode(), null, -1, null));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < totals.units().size(); i++) {
            index.put(totals.units().get(i), i);
        }
        List<PeriodResult> results = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            Map<String, long[]> slots = new LinkedHashMap<>();
            for (Unit u : units.values()) {
                long[] s = new long[S];
                Integer i = index.get(u.code());
                if (i != null) {
                    System.arraycopy(totals.counts()[p], i * M, s, 0, M);
                }
                slots.put(u.code(), s);
            }
            for (CertificationRecord c : certifications) {
                if (period.contains(c.date())) {
                    long[] s = slots.get(c.agencyCode());
                    s[Measures.slot(Measures.CERTIFICATIONS)]++;
                    if (c.electronic()) {
                        s[Measures.slot(Measures.CERTIFICATIONS_ELECTRONIC)]++;
                    }
                }
            }
            for (Unit u : units.values()) {
                long[] s = slots.get(u.code());
                boolean offers = s[Measures.slot(Measures.CERTIFICATIONS_ELECTRONIC)] > 0;
                boolean certifying = u.level().isPresent() && u.level().get() != UnitLevel.PROVINCE;
                boolean commune = u.level().equals(Optional.of(UnitLevel.COMMUNE));
                s[Measures.slot(Measures.CERTIFYING_UNITS)] = certifying ? 1 : 0;
                s[Measures.slot(Measures.UNITS_OFFERING_E_CERTIFICATION)] = certifying && offers ? 1 : 0;
                s[Measures.slot(Measures.COMMUNES)] = commune ? 1 : 0;
                s[Measures.slot(Measures.COMMUNES_OFFERING_E_CERTIFICATION)] = commune && offers ? 1 : 0;
            }
            results.add(period(period, units, slots, plan, scoring));
        }
        return new MetricsReport(plan.map(Plan::name), List.copyOf(results), trends(results), input, readiness);
    }

    private static Unit unit(String code, UnitInfo info, int level, String group) {
        if (info != null) {
            return new Unit(code, info.name(), Optional.of(info.level()), info.group().or(() -> Optional.ofNullable(group)),
                    info.parent());
        }
        return new Unit(code, code, level < 0 ? Optional.empty() : Optional.of(UnitLevel.values()[level]),
                Optional.ofNullable(group), Optional.empty());
    }

    private static PeriodResult period(Period period, Map<String, Unit> units, Map<String, long[]> slots, Optional<Plan> plan,
                                       Scoring scoring) {
        List<ScopeResult> unitResults = new ArrayList<>();
        Map<UnitLevel, long[]> levelSums = new TreeMap<>();
        Map<UnitLevel, List<ScopeResult>> unitsByLevel = new TreeMap<>();
        long[] province = new long[S];
        for (Unit u : units.values()) {
            long[] s = slots.get(u.code());
            add(province, s);
            u.level().ifPresent(l -> add(levelSums.computeIfAbsent(l, k -> new long[S]), s));
            ScopeResult r = scope(ScopeResult.Kind.UNIT, u.code(), u.name(), u.level(), u.group(), u.parent(), s,
                    plan.flatMap(pl -> Optional.of(attainments(pl, u.level(), u.group(), true, period, s, List.of()))).orElse(List.of()),
                    scoring);
            unitResults.add(r);
            u.level().ifPresent(l -> unitsByLevel.computeIfAbsent(l, k -> new ArrayList<>()).add(r));
        }
        unitResults = rank(unitResults);
        List<ScopeResult> levels = new ArrayList<>();
        for (Map.Entry<UnitLevel, long[]> e : levelSums.entrySet()) {
            UnitLevel l = e.getKey();
            List<ScopeResult> members = unitsByLevel.getOrDefault(l, List.of());
            levels.add(scope(ScopeResult.Kind.LEVEL, l.code(), l.label(true), Optional.of(l), Optional.empty(), Optional.empty(),
                    e.getValue(), plan.map(pl -> attainments(pl, Optional.of(l), Optional.empty(), false, period, e.getValue(), members))
                            .orElse(List.of()), scoring));
        }
        ScopeResult prov = scope(ScopeResult.Kind.PROVINCE, "province", "toàn tỉnh", Optional.empty(), Optional.empty(),
                Optional.empty(), province, plan.map(pl -> attainments(pl, Optional.empty(), Optional.empty(), false, period,
                        province, unitResults0(units, slots, scoring))).orElse(List.of()), scoring);
        return new PeriodResult(period, prov, List.copyOf(levels), List.copyOf(unitResults));
    }

    private static List<ScopeResult> unitResults0(Map<String, Unit> units, Map<String, long[]> slots, Scoring scoring) {
        List<ScopeResult> out = new ArrayList<>();
        for (Unit u : units.values()) {
            out.add(scope(ScopeResult.Kind.UNIT, u.code(), u.name(), u.level(), u.group(), u.parent(), slots.get(u.code()),
                    List.of(), scoring));
        }
        return out;
    }

    private static void add(long[] into, long[] s) {
        for (int i = 0; i < S; i++) {
            into[i] += s[i];
        }
    }

    private static ScopeResult scope(ScopeResult.Kind kind, String code, String name, Optional<UnitLevel> level,
                                     Optional<String> group, Optional<String> parent, long[] s, List<Attainment> attainments,
                                     Scoring scoring) {
        Map<String, Long> measures = new LinkedHashMap<>();
        for (int i = 0; i < M; i++) {
            measures.put(Measures.ALL.get(i).name(), s[i]);
        }
        for (int i = 0; i < Measures.UNIT_MEASURES.size(); i++) {
            measures.put(Measures.UNIT_MEASURES.get(i), s[M + i]);
        }
        List<IndicatorValue> values = new ArrayList<>();
        Ratio points = Ratio.ZERO;
        int max = 0;
        for (Indicator ind : Indicator.values()) {
            if (!ind.computable()) {
                continue;
            }
            long num = s[Measures.slot(ind.numeratorMeasure())];
            long den = s[Measures.slot(ind.denominatorMeasure())];
            Optional<Ratio> pts = scoring.points(ind, num, den);
            values.add(new IndicatorValue(ind, num, den, den == 0 ? Optional.empty() : Optional.of(Ratio.of(num, den)), pts,
                    scoring.thresholdPercent(ind), scoring.zeroDenominatorRule(ind)));
            if (pts.isPresent()) {
                points = points.plus(pts.get());
                max += ind.maxPoints();
            }
        }
        ServiceIndex index;
        if (max == 0) {
            index = new ServiceIndex(Ratio.ZERO, 0, Ratio.ZERO, ServiceIndex.Band.NONE);
        } else {
            Ratio outOf100 = points.times(100).dividedBy(Ratio.of(max, 1));
            index = new ServiceIndex(points, max, outOf100, ServiceIndex.Band.of(outOf100));
        }
        return new ScopeResult(kind, code, name, level, group, parent, measures, List.copyOf(values), index, attainments);
    }

    private static List<Attainment> attainments(Plan plan, Optional<UnitLevel> level, Optional<String> group, boolean unitScope,
                                                Period period, long[] s, List<ScopeResult> members) {
        List<Attainment> out = new ArrayList<>();
        for (Indicator ind : plan.indicators()) {
            if (!ind.computable()) {
                continue;
            }
            Optional<Plan.Resolved> t = plan.targetFor(ind, level, group, unitScope, period);
            if (t.isEmpty()) {
                continue;
            }
            Aggregation agg = unitScope ? Aggregation.POOLED : t.get().target().aggregation();
            Optional<Ratio> value;
            if (agg == Aggregation.MEAN_OF_UNITS) {
                value = meanOfUnits(ind, members);
            } else {
                long num = s[Measures.slot(ind.numeratorMeasure())];
                long den = s[Measures.slot(ind.denominatorMeasure())];
                value = den == 0 ? Optional.empty() : Optional.of(Ratio.of(num, den).percent());
            }
            BigDecimal target = t.get().percent();
            Ratio targetRatio = Ratio.of(target);
            out.add(new Attainment(ind, target, value, value.map(v -> v.minus(targetRatio)),
                    value.map(v -> v.compareTo(targetRatio) >= 0), agg, Optional.empty(), t.get().target().note()));
        }
        return List.copyOf(out);
    }

    /** Unweighted mean of the unit rates that exist, in percent. */
    private static Optional<Ratio> meanOfUnits(Indicator ind, List<ScopeResult> members) {
        Ratio sum = Ratio.ZERO;
        int n = 0;
        for (ScopeResult u : members) {
            Optional<Ratio> r = u.indicator(ind).flatMap(IndicatorValue::rate);
            if (r.isPresent()) {
                sum = sum.plus(r.get());
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(sum.dividedBy(Ratio.of(n, 1)).percent());
    }

    /** Ranks units of the same level by each attained indicator's value, best first (ties share a rank). */
    private static List<ScopeResult> rank(List<ScopeResult> units) {
        Map<String, List<Attainment>> ranked = new LinkedHashMap<>();
        units.forEach(u -> ranked.put(u.code(), new ArrayList<>(u.attainments())));
        Map<String, List<ScopeResult>> byLevel = new TreeMap<>();
        for (ScopeResult u : units) {
            byLevel.computeIfAbsent(u.level().map(UnitLevel::code).orElse("?"), k -> new ArrayList<>()).add(u);
        }
        for (List<ScopeResult> peers : byLevel.values()) {
            for (Indicator ind : Indicator.values()) {
                List<ScopeResult> withValue = peers.stream()
                        .filter(u -> u.attainment(ind).flatMap(Attainment::valuePercent).isPresent())
                        .sorted(Comparator.comparing((ScopeResult u) -> u.attainment(ind).get().valuePercent().get()).reversed()
                                .thenComparing(ScopeResult::code))
                        .toList();
                Ratio previous = null;
                int rank = 0;
                for (int i = 0; i < withValue.size(); i++) {
                    ScopeResult u = withValue.get(i);
                    Ratio v = u.attainment(ind).get().valuePercent().get();
                    if (previous == null || !v.sameValue(previous)) {
                        rank = i + 1;
                        previous = v;
                    }
                    List<Attainment> list = ranked.get(u.code());
                    for (int k = 0; k < list.size(); k++) {
                        if (list.get(k).indicator() == ind) {
                            list.set(k, withRank(list.get(k), rank));
                        }
                    }
                }
            }
        }
        List<ScopeResult> out = new ArrayList<>();
        for (ScopeResult u : units) {
            out.add(new ScopeResult(u.kind(), u.code(), u.name(), u.level(), u.group(), u.parent(), u.measures(), u.indicators(),
                    u.index(), List.copyOf(ranked.get(u.code()))));
        }
        return out;
    }

    private static Attainment withRank(Attainment a, int rank) {
        return new Attainment(a.indicator(), a.targetPercent(), a.valuePercent(), a.gapPoints(), a.met(), a.aggregation(),
                Optional.of(rank), a.note());
    }

    private static List<Trend> trends(List<PeriodResult> periods) {
        List<Trend> out = new ArrayList<>();
        for (int p = 1; p < periods.size(); p++) {
            PeriodResult a = periods.get(p - 1), b = periods.get(p);
            List<ScopeResult[]> pairs = new ArrayList<>();
            pairs.add(new ScopeResult[] {a.province(), b.province()});
            for (ScopeResult l : b.levels()) {
                a.level(l.level().orElseThrow()).ifPresent(x -> pairs.add(new ScopeResult[] {x, l}));
            }
            for (ScopeResult u : b.units()) {
                a.unit(u.code()).ifPresent(x -> pairs.add(new ScopeResult[] {x, u}));
            }
            for (ScopeResult[] pair : pairs) {
                for (IndicatorValue now : pair[1].indicators()) {
                    Optional<Ratio> then = pair[0].indicator(now.indicator()).flatMap(IndicatorValue::rate);
                    if (then.isPresent() && now.rate().isPresent()) {
                        Ratio from = then.get().percent(), to = now.rate().get().percent();
                        out.add(new Trend(pair[1].code(), now.indicator(), a.period(), b.period(), from, to, to.minus(from)));
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
