package vn.bansao.metrics.target;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.UnitLevel;

/**
 * A province's plan: its targets. Load one with {@link PlanLoader}.
 *
 * <pre>{@code
 * Plan plan = PlanLoader.load(Path.of("my-tho-2022.yaml"));
 * plan.targetFor(Indicator.ONLINE_DOSSIERS, Optional.of(UnitLevel.COMMUNE), Optional.of("ward_tier_1"), Period.parse("2023"));
 * }</pre>
 *
 * @param name    plan name
 * @param targets its targets
 */
public record Plan(String name, List<Target> targets) {

    public Plan {
        targets = List.copyOf(targets);
    }

    /** A target resolved for one scope and period. */
    public record Resolved(Target target, BigDecimal percent) {
    }

    /**
     * The most specific target for a unit (level and group known), a level rollup (group empty) or the
     * province (both empty).
     */
    public Optional<Resolved> targetFor(Indicator indicator, Optional<UnitLevel> level, Optional<String> group,
                                        boolean unitScope, Period period) {
        return targets.stream()
                .filter(t -> t.indicator() == indicator)
                .filter(t -> t.level().isEmpty() || t.level().equals(level))
                .filter(t -> t.group().isEmpty() || (unitScope && t.group().equals(group)))
                .filter(t -> t.valueFor(period).isPresent())
                .max(Comparator.comparingInt(t -> t.specificity(period)))
                .map(t -> new Resolved(t, t.valueFor(period).orElseThrow()));
    }

    /** Indicators the plan sets targets for. */
    public List<Indicator> indicators() {
        return targets.stream().map(Target::indicator).distinct().toList();
    }
}
