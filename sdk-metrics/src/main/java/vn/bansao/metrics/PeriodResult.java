package vn.bansao.metrics;

import java.util.List;
import java.util.Optional;

/**
 * All scopes of one period.
 *
 * <pre>{@code
 * PeriodResult q1 = report.period(0);
 * q1.level(UnitLevel.COMMUNE).flatMap(s -> s.indicator(Indicator.DIGITISATION))
 * }</pre>
 *
 * @param period   the period
 * @param province province-wide, pooled over dossiers
 * @param levels   one per level present
 * @param units    one per unit, by code
 */
public record PeriodResult(Period period, ScopeResult province, List<ScopeResult> levels, List<ScopeResult> units) {

    public Optional<ScopeResult> level(UnitLevel l) {
        return levels.stream().filter(s -> s.level().equals(Optional.of(l))).findFirst();
    }

    public Optional<ScopeResult> unit(String code) {
        return units.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
