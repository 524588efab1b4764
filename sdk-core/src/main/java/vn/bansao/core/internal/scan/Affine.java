package vn.bansao.core.internal.scan;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A PDF transformation matrix {@code [a b c d e f]} in double precision: the current transformation matrix
 * is tracked through a scanned page's {@code cm} operators so that each image can be drawn again with one
 * {@code cm} on a rebuilt page.
 *
 * <pre>{@code
 * Affine ctm = Affine.IDENTITY.then(new Affine(595, 0, 0, 842, 0, 0));  // "595 0 0 842 0 0 cm"
 * double[] corner = ctm.apply(1, 1);                                     // {595, 842}
 * }</pre>
 */
public record Affine(double a, double b, double c, double d, double e, double f) {

    public static final Affine IDENTITY = new Affine(1, 0, 0, 1, 0, 0);

    /** {@code this} applied first, then {@code outer} (PDF's {@code cm}: new CTM = this × CTM). */
    public Affine then(Affine outer) {
        return new Affine(
                a * outer.a + b * outer.c, a * outer.b + b * outer.d,
                c * outer.a + d * outer.c, c * outer.b + d * outer.d,
                e * outer.a + f * outer.c + outer.e, e * outer.b + f * outer.d + outer.f);
    }

    /** The point {@code (x, y)} transformed: {@code {x', y'}}. */
    public double[] apply(double x, double y) {
        return new double[] {a * x + c * y + e, b * x + d * y + f};
    }

    public double determinant() {
        return a * d - b * c;
    }

    /** The inverse; only for a matrix whose determinant is not zero. */
    public Affine inverse() {
        double det = determinant();
        return new Affine(d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det);
    }

    /** Lengths of the images of the unit square's sides: the drawn width and height of an image, in points. */
    public double sideX() {
        return Math.hypot(a, b);
    }

    public double sideY() {
        return Math.hypot(c, d);
    }

    /** Axis-aligned bounds of the unit square transformed: {@code {minX, minY, maxX, maxY}}. */
    public double[] unitSquareBounds() {
        double[][] p = {apply(0, 0), apply(1, 0), apply(0, 1), apply(1, 1)};
        double[] r = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] q : p) {
            r[0] = Math.min(r[0], q[0]);
            r[1] = Math.min(r[1], q[1]);
            r[2] = Math.max(r[2], q[0]);
            r[3] = Math.max(r[3], q[1]);
        }
        return r;
    }

    public boolean isFinite() {
        return Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d)
                && Double.isFinite(e) && Double.isFinite(f);
    }

    /** {@code a b c d e f cm} with plain decimals (no exponent), 9 significant digits. */
    public String toCm() {
        return String.join(" ", num(a), num(b), num(c), num(d), num(e), num(f)) + " cm";
    }

    private static String num(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }
}
