package vn.bansao.core.internal.scan;

/**
 * The resolution used for a page's size; 300 dpi when the scan has none or an absurd one.
 *
 * @param x         horizontal dots per inch
 * @param y         vertical dots per inch
 * @param defaulted true when 300 dpi was assumed
 */
public record Dpi(double x, double y, boolean defaulted) {

    public static final double DEFAULT = 300;
    public static final double MIN = 50;
    public static final double MAX = 2400;

    /** The resolution from the header values (dots per inch; NaN or 0 when absent). */
    public static Dpi resolve(double x, double y) {
        if (!(x >= MIN && x <= MAX && y >= MIN && y <= MAX)) {
            return new Dpi(DEFAULT, DEFAULT, true);
        }
        return new Dpi(round(x), round(y), false);
    }

    /** Two decimals are enough and keep page sizes stable across float noise (72.009 -> 72.01). */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
