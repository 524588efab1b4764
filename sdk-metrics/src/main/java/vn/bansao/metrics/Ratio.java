package vn.bansao.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An exact fraction. Rates keep their numerator and denominator as counted (not reduced) so reports can
 * show both; rounding happens only for display, half-up to 2 decimals.
 *
 * <pre>{@code
 * Ratio r = Ratio.of(8995, 10000);
 * r.formatPercent(true);    // "89,95%"
 * r.formatPercent(false);   // "89.95%"
 * }</pre>
 *
 * @param numerator   numerator
 * @param denominator denominator, never zero and positive
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public static final Ratio ZERO = of(0, 1);
    public static final Ratio ONE = of(1, 1);

    public Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** An exact decimal such as a target percentage {@code 89.95}. */
    public static Ratio of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Ratio(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public Ratio plus(Ratio o) {
        return new Ratio(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator)).reduced();
    }

    public Ratio minus(Ratio o) {
        return plus(o.negate());
    }

    public Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    public Ratio times(Ratio o) {
        return new Ratio(numerator.multiply(o.numerator), denominator.multiply(o.denominator)).reduced();
    }

    public Ratio times(long k) {
        return new Ratio(numerator.multiply(BigInteger.valueOf(k)), denominator).reduced();
    }

    public Ratio dividedBy(Ratio o) {
        return new Ratio(numerator.multiply(o.denominator), denominator.multiply(o.numerator)).reduced();
    }

    public Ratio min(Ratio o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /** -1, 0 or 1. */
    public int signum() {
        return numerator.signum();
    }

    /** Lowest terms. */
    public Ratio reduced() {
        BigInteger g = numerator.gcd(denominator);
        return g.signum() == 0 || g.equals(BigInteger.ONE) ? this : new Ratio(numerator.divide(g), denominator.divide(g));
    }

    /** This rate in percent points (× 100), exact. */
    public Ratio percent() {
        return times(100);
    }

    @Override
    public int compareTo(Ratio o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** Exact equality of values (2/4 equals 1/2), unlike {@link #equals}. */
    public boolean sameValue(Ratio o) {
        return compareTo(o) == 0;
    }

    /** Rounded half-up to {@code scale} decimals, for display only. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** This rate as a percentage with 2 decimals: {@code 89,95%} (Vietnamese) or {@code 89.95%}. */
    public String formatPercent(boolean vietnamese) {
        return formatNumber(percent(), vietnamese) + "%";
    }

    /** A value with 2 decimals, decimal comma in Vietnamese. */
    public static String formatNumber(Ratio value, boolean vietnamese) {
        String s = value.toDecimal(2).toPlainString();
        return vietnamese ? s.replace('.', ',') : s;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    /** For {@link Locale}-driven callers. */
    public String formatPercent(Locale locale) {
        return formatPercent("vi".equals(locale.getLanguage()));
    }
}
