package vn.bansao.metrics.target;

import java.math.BigDecimal;

/**
 * A yearly rise of a target (Mỹ Tho: "from 2023 every target rises by at least 5 points a year"):
 * in year {@code fromYear} the target is the base plus {@code pointsPerYear}, the year after plus twice that.
 *
 * <pre>{@code
 * new Escalation(2023, new BigDecimal("5")).raise(new BigDecimal("60"), 2024)   // 70
 * }</pre>
 *
 * @param fromYear      first year with a rise
 * @param pointsPerYear percentage points added each year
 */
public record Escalation(int fromYear, BigDecimal pointsPerYear) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The target for {@code year}, capped at 100%. */
    public BigDecimal raise(BigDecimal base, int year) {
        if (year < fromYear) {
            return base;
        }
        BigDecimal v = base.add(pointsPerYear.multiply(BigDecimal.valueOf((long) year - fromYear + 1)));
        return v.min(HUNDRED);
    }
}
