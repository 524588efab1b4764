package vn.bansao.metrics;

import java.util.Locale;
import java.util.Optional;
import vn.bansao.metrics.definition.Measures;

/**
 * The indicators: those of Decision 766/QĐ-TTg (points, default threshold, zero-denominator rule) and the
 * provinces' own e-copy and digitisation indicators. Indicators whose inputs are not part of dossier records
 * (publication of procedures, real-time sync, complaint satisfaction, procedures connected to population
 * data) are listed with {@link #computable()} false so the index shows what it leaves out.
 *
 * <pre>{@code
 * Indicator.DATA_REUSE.defaultThresholdPercent()   // 80: full marks at 80%
 * Indicator.parse("online_dossiers")                // Optional[ONLINE_DOSSIERS]
 * }</pre>
 */
public enum Indicator {
    PROCEDURES_PUBLISHED_ON_TIME(IndicatorGroup.TRANSPARENCY, 6, 100, null, null,
            "TTHC được công bố, công khai đúng hạn", "Procedures published on time"),
    PROCEDURE_DATABASE_UPDATED(IndicatorGroup.TRANSPARENCY, 4, 100, null, null,
            "Cập nhật CSDL quốc gia về TTHC đúng hạn", "National procedure database updated on time"),
    PROCEDURES_FULLY_PUBLISHED(IndicatorGroup.TRANSPARENCY, 2, 100, null, null,
            "TTHC công khai đủ 7 thành phần", "Procedures published with all 7 components"),
    DOSSIERS_SYNCED(IndicatorGroup.TRANSPARENCY, 6, 100, null, null,
            "Hồ sơ đồng bộ lên Cổng DVCQG theo thời gian thực", "Dossiers synced to the national portal in real time"),
    ON_TIME(IndicatorGroup.PROGRESS, 20, 100, Measures.ON_TIME.name(), Measures.FINISHED_DOSSIERS.name(),
            "Hồ sơ giải quyết đúng hạn, trước hạn", "Dossiers handled on time or early"),
    FULL_PROCESS_ONLINE(IndicatorGroup.ONLINE_SERVICES, 12, 100, Measures.ONLINE_ELIGIBLE.name(), Measures.ELIGIBLE.name(),
            "Hồ sơ trực tuyến toàn trình", "Full-process online dossiers"),
    ONLINE_PAYMENT(IndicatorGroup.ONLINE_SERVICES, 10, 100, Measures.PAID_ONLINE.name(), Measures.WITH_FEE.name(),
            "Hồ sơ thanh toán trực tuyến", "Dossiers paid online"),
    ELECTRONIC_RESULTS(IndicatorGroup.DIGITISATION, 6, 100, Measures.RESULTS_ELECTRONIC.name(), Measures.RESULTS_DUE.name(),
            "Hồ sơ có kết quả điện tử có giá trị pháp lý", "Dossiers with a legally valid electronic result"),
    DIGITISED_DOSSIERS(IndicatorGroup.DIGITISATION, 4, 100, Measures.DIGITISED.name(), Measures.DOSSIERS.name(),
            "Hồ sơ được số hoá", "Digitised dossiers"),
    COMMUNES_E_CERTIFICATION(IndicatorGroup.DIGITISATION, 2, 100, Measures.COMMUNES_OFFERING_E_CERTIFICATION, Measures.COMMUNES,
            "Xã cung cấp chứng thực bản sao điện tử", "Communes providing e-certification of copies"),
    DATA_REUSE(IndicatorGroup.DIGITISATION, 2, 80, Measures.REUSED.name(), Measures.DOSSIERS.name(),
            "Hồ sơ tái sử dụng dữ liệu số hoá", "Dossiers reusing digitised data"),
    CITIZEN_STORE(IndicatorGroup.DIGITISATION, 4, 100, Measures.CITIZEN_STORE.name(), Measures.DOSSIERS.name(),
            "Hồ sơ kết nối Kho dữ liệu điện tử của công dân", "Dossiers linked to the citizen's e-data store"),
    POPULATION_DATA(IndicatorGroup.DIGITISATION, 2, 100, Measures.POPULATION.name(), Measures.DOSSIERS.name(),
            "Hồ sơ sử dụng dữ liệu dân cư", "Dossiers using national population data"),
    PROCEDURES_POPULATION_CONNECTED(IndicatorGroup.DIGITISATION, 2, 100, null, null,
            "TTHC kết nối dữ liệu dân cư", "Procedures connected to population data"),
    COMPLAINTS_ON_TIME(IndicatorGroup.SATISFACTION, 6, 100, Measures.COMPLAINTS_ON_TIME.name(), Measures.COMPLAINTS.name(),
            "Phản ánh, kiến nghị xử lý đúng hạn", "Complaints handled on time"),
    COMPLAINT_SATISFACTION(IndicatorGroup.SATISFACTION, 6, 100, null, null,
            "Hài lòng về xử lý phản ánh, kiến nghị", "Satisfaction with complaint handling"),
    DOSSIER_SATISFACTION(IndicatorGroup.SATISFACTION, 6, 90, Measures.SATISFIED.name(), Measures.RATED.name(),
            "Hài lòng về giải quyết hồ sơ", "Satisfaction with dossier handling"),

    PROCEDURES_ONLINE(IndicatorGroup.PROVINCIAL, 0, 100, Measures.PROCEDURES_ONLINE.name(), Measures.PROCEDURES.name(),
            "TTHC có hồ sơ trực tuyến / TTHC có hồ sơ", "Procedures with online dossiers / procedures with dossiers"),
    ONLINE_DOSSIERS(IndicatorGroup.PROVINCIAL, 0, 100, Measures.ONLINE.name(), Measures.DOSSIERS.name(),
            "Hồ sơ tiếp nhận trực tuyến", "Dossiers received online"),
    COPIES_CERTIFIED_ELECTRONICALLY(IndicatorGroup.PROVINCIAL, 0, 100, Measures.COPIES_ELECTRONIC.name(),
            Measures.COPIES_REQUIRED.name(), "Bản sao được chứng thực điện tử / bản sao phải nộp",
            "Electronically certified copies / required copies"),
    ELECTRONIC_CERTIFICATIONS(IndicatorGroup.PROVINCIAL, 0, 100, Measures.CERTIFICATIONS_ELECTRONIC, Measures.CERTIFICATIONS,
            "Yêu cầu chứng thực bản sao thực hiện điện tử", "Copy certifications done electronically"),
    UNITS_OFFERING_E_CERTIFICATION(IndicatorGroup.PROVINCIAL, 0, 100, Measures.UNITS_OFFERING_E_CERTIFICATION,
            Measures.CERTIFYING_UNITS, "Đơn vị cấp huyện, xã triển khai chứng thực điện tử",
            "District and commune units offering e-certification"),
    DIGITISATION(IndicatorGroup.PROVINCIAL, 0, 100, Measures.DIGITISATION_DONE.name(), Measures.DIGITISATION_DUE.name(),
            "Số hoá thành phần hồ sơ và kết quả", "Digitisation of dossier components and results");

    private final IndicatorGroup group;
    private final int maxPoints;
    private final int defaultThresholdPercent;
    private final String numerator;
    private final String denominator;
    private final String vi;
    private final String en;

    Indicator(IndicatorGroup group, int maxPoints, int threshold, String numerator, String denominator, String vi, String en) {
        this.group = group;
        this.maxPoints = maxPoints;
        this.defaultThresholdPercent = threshold;
        this.numerator = numerator;
        this.denominator = denominator;
        this.vi = vi;
        this.en = en;
    }

    public IndicatorGroup group() {
        return group;
    }

    /** Maximum points in the Decision 766 index; 0 for provincial indicators. */
    public int maxPoints() {
        return maxPoints;
    }

    /** The rate (in percent) at which the indicator earns its maximum points. */
    public int defaultThresholdPercent() {
        return defaultThresholdPercent;
    }

    /** Whether dossier records, catalogues and certification records are enough to compute it. */
    public boolean computable() {
        return numerator != null;
    }

    /** Name of the numerator measure. */
    public String numeratorMeasure() {
        return numerator;
    }

    /** Name of the denominator measure. */
    public String denominatorMeasure() {
        return denominator;
    }

    /** Whether it scores points in the Decision 766 index. */
    public boolean scored() {
        return maxPoints > 0;
    }

    public String label(boolean vietnamese) {
        return vietnamese ? vi : en;
    }

    /** Complaint indicators score full marks without complaints; the others are left out of the index. */
    public ZeroDenominatorRule defaultZeroDenominatorRule() {
        return this == COMPLAINTS_ON_TIME || this == COMPLAINT_SATISFACTION
                ? ZeroDenominatorRule.FULL_MARKS : ZeroDenominatorRule.NOT_APPLICABLE;
    }

    /** The formula as text, e.g. {@code min(6, 6 × finished_on_time ÷ finished ÷ 100%)}. */
    public String formula() {
        if (!computable()) {
            return "not computable from dossier records";
        }
        String rate = numerator + " ÷ " + denominator;
        return maxPoints == 0 ? rate : "min(" + maxPoints + ", " + maxPoints + " × (" + rate + ") ÷ threshold)";
    }

    /** The lower-case code used in plans and reports, e.g. {@code online_dossiers}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Indicator> parse(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Indicator i : values()) {
            if (i.name().equals(c)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
