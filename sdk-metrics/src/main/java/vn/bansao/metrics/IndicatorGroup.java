package vn.bansao.metrics;

/**
 * The five groups of Decision 766/QĐ-TTg (with their maximum points) and the provinces' own e-copy indicators.
 *
 * <pre>{@code
 * IndicatorGroup.ONLINE_SERVICES.maxPoints()   // 22
 * }</pre>
 */
public enum IndicatorGroup {
    TRANSPARENCY(18, "Công khai, minh bạch", "Transparency"),
    PROGRESS(20, "Tiến độ giải quyết", "Progress"),
    ONLINE_SERVICES(22, "Dịch vụ trực tuyến", "Online services"),
    DIGITISATION(22, "Số hoá hồ sơ", "Digitisation"),
    SATISFACTION(18, "Mức độ hài lòng", "Satisfaction"),
    /** Not part of the service index: the provinces' plan indicators (e-copies, online share, digitisation). */
    PROVINCIAL(0, "Chỉ tiêu của tỉnh", "Provincial targets");

    private final int maxPoints;
    private final String vi;
    private final String en;

    IndicatorGroup(int maxPoints, String vi, String en) {
        this.maxPoints = maxPoints;
        this.vi = vi;
        this.en = en;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public String label(boolean vietnamese) {
        return vietnamese ? vi : en;
    }
}
