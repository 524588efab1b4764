package vn.bansao.metrics;

/**
 * The Decision 766 service index of a scope: points earned over the points its inputs allow.
 *
 * <pre>{@code
 * ServiceIndex idx = scope.index();
 * Ratio.formatNumber(idx.outOf100(), true);   // "56,71"
 * idx.band();                                  // EXCELLENT at 90 and above, WEAK below 50
 * }</pre>
 *
 * @param points       points earned (exact)
 * @param maxAvailable maximum of the indicators that could be scored (100 when all are)
 * @param outOf100     points scaled to 100: points × 100 ÷ maxAvailable
 * @param band         band of {@code outOf100}
 */
public record ServiceIndex(Ratio points, int maxAvailable, Ratio outOf100, Band band) {

    /** Bands of the index: ≥ 90 excellent, < 50 weak, in between average. */
    public enum Band {
        EXCELLENT("xuất sắc", "excellent"), AVERAGE("trung bình", "average"), WEAK("yếu", "weak"), NONE("không có dữ liệu", "no data");

        private final String vi;
        private final String en;

        Band(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        public String label(boolean vietnamese) {
            return vietnamese ? vi : en;
        }

        public static Band of(Ratio outOf100) {
            if (outOf100.compareTo(Ratio.of(90, 1)) >= 0) {
                return EXCELLENT;
            }
            return outOf100.compareTo(Ratio.of(50, 1)) < 0 ? WEAK : AVERAGE;
        }
    }
}
