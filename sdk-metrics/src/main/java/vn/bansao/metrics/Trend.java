package vn.bansao.metrics;

/**
 * Change of an indicator for one scope between two consecutive periods of a report.
 *
 * <pre>{@code
 * report.trends().stream().filter(t -> t.scope().equals("province")).forEach(...)
 * }</pre>
 *
 * @param scope        "province", a level code, or a unit code
 * @param indicator    the indicator
 * @param from         earlier period
 * @param to           later period
 * @param fromPercent  value then, in percent
 * @param toPercent    value now, in percent
 * @param changePoints toPercent − fromPercent
 */
public record Trend(String scope, Indicator indicator, Period from, Period to, Ratio fromPercent, Ratio toPercent,
                    Ratio changePoints) {
}
