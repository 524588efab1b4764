package vn.bansao.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Indicators, index and attainment of one scope (a unit, a level, or the province) in one period.
 *
 * <pre>{@code
 * ScopeResult province = report.period(0).province();
 * province.indicator(Indicator.ONLINE_DOSSIERS).flatMap(IndicatorValue::rate)
 * }</pre>
 *
 * @param kind        unit, level or province
 * @param code        unit code, level code, or "province"
 * @param name        display name
 * @param level       the unit's level, or the level of a level rollup
 * @param group       the unit's group
 * @param parent      the unit's managing unit
 * @param measures    raw measure totals by name
 * @param indicators  every computable indicator
 * @param index       the Decision 766 index
 * @param attainments results against the plan
 */
public record ScopeResult(Kind kind, String code, String name, Optional<UnitLevel> level, Optional<String> group,
                          Optional<String> parent, Map<String, Long> measures, List<IndicatorValue> indicators,
                          ServiceIndex index, List<Attainment> attainments) {

    /** Kind of scope. */
    public enum Kind { UNIT, LEVEL, PROVINCE }

    public Optional<IndicatorValue> indicator(Indicator i) {
        return indicators.stream().filter(v -> v.indicator() == i).findFirst();
    }

    public Optional<Attainment> attainment(Indicator i) {
        return attainments.stream().filter(a -> a.indicator() == i).findFirst();
    }
}
