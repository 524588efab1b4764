package vn.bansao.metrics.internal;

import java.util.Locale;
import vn.bansao.common.MessageKey;
import vn.bansao.common.Texts;

/**
 * The labels of the metrics text summary and charts ({@code vn/bansao/metrics/report.properties}, English, and
 * {@code report_vi.properties}, Vietnamese). Patterns with {@code {0}} take the value they label; the other keys are
 * words, their spacing and punctuation kept by the writers ({@code TextSummary}, {@code MetricsCharts}).
 *
 * <pre>{@code
 * String title = ReportText.TITLE.in(true);   // "BÁO CÁO CHỈ SỐ PHỤC VỤ VÀ CHỈ TIÊU"
 * }</pre>
 */
public enum ReportText implements MessageKey {
    TITLE,
    /** {0}: the plan's name. */
    PLAN,
    /** {0}: the input, {1}: rows accepted, {2}: rows skipped. */
    SOURCE,
    /** {0}: full-process online, {1}: partly online, {2}: not online, {3}: all procedures. */
    CATALOGUE,
    /** {0}: the period's label. */
    PERIOD,
    UNITS_SHORT_OF_TARGET,
    PROVINCE_TREND,
    /** {0}: the unit. */
    READINESS,
    READY,
    NOT_READY,
    PROVINCE_WIDE,
    SERVICE_INDEX,
    POINTS_WITH_DATA,
    POINTS,
    /** Percentage points (a difference of two percentages). */
    PERCENTAGE_POINTS,
    TARGET,
    NO_DATA,
    MET,
    NOT_MET,
    MEAN_OF_UNITS,

    CHART_NO_DATA,
    CHART_UNIT,
    CHART_ACHIEVED,
    CHART_TARGET,
    /** {0}: the indicator. */
    CHART_TREND,
    CHART_PERIOD;

    @Override
    public String bundle() {
        return "vn.bansao.metrics.report";
    }

    /** This label in Vietnamese ({@code vi}) or English, formatted with {@code args}. */
    public String in(boolean vi, Object... args) {
        return text(vi ? Texts.VIETNAMESE : Locale.ENGLISH, args);
    }
}
