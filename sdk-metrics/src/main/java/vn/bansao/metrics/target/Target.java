package vn.bansao.metrics.target;

import java.math.BigDecimal;
import java.util.Optional;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.UnitLevel;

/**
 * One line of a plan: an indicator must reach {@code percent} for units of a level and group in a period.
 * Without a level and a group it applies province-wide, to each level and to every unit; with a level, to
 * that level's rollup and units; with a group, to the units of that group.
 *
 * <pre>{@code
 * new Target(Indicator.ONLINE_DOSSIERS, Optional.of(UnitLevel.DISTRICT), Optional.of("city_department"),
 *         Optional.of(Period.parse("2022-Q4")), new BigDecimal("50"), Optional.of(new Escalation(2023, BigDecimal.valueOf(5))),
 *         Aggregation.POOLED, "Mỹ Tho")
 * }</pre>
 *
 * @param indicator   indicator
 * @param level       unit level, or any
 * @param group       unit group, or any
 * @param period      the period the value was set for, or any
 * @param percent     target value in percent (e.g. 89.95)
 * @param escalation  yearly rise after the period
 * @param aggregation how scopes above a unit are formed
 * @param note        source of the target (plan text)
 */
public record Target(Indicator indicator, Optional<UnitLevel> level, Optional<String> group, Optional<Period> period,
                     BigDecimal percent, Optional<Escalation> escalation, Aggregation aggregation, String note) {

    /**
     * The target value for {@code evaluated}, if this target applies to it: the period lies inside the
     * target's period, or later with an escalation from that year on.
     */
    public Optional<BigDecimal> valueFor(Period evaluated) {
        boolean inside = period.map(p -> !evaluated.from().isBefore(p.from()) && !evaluated.to().isAfter(p.to())).orElse(true);
        if (inside) {
            return Optional.of(escalation.map(e -> period.isPresent() ? percent : e.raise(percent, evaluated.year()))
                    .orElse(percent));
        }
        if (escalation.isPresent() && period.isPresent() && evaluated.from().isAfter(period.get().to())
                && evaluated.year() >= escalation.get().fromYear()) {
            return Optional.of(escalation.get().raise(percent, evaluated.year()));
        }
        return Optional.empty();
    }

    /** How specific this target is: a group beats a level beats the province; an exact period beats an escalated one. */
    int specificity(Period evaluated) {
        int s = group.isPresent() ? 4 : level.isPresent() ? 2 : 0;
        boolean inside = period.map(p -> !evaluated.from().isBefore(p.from()) && !evaluated.to().isAfter(p.to())).orElse(false);
        return s * 2 + (inside ? 1 : 0);
    }
}
