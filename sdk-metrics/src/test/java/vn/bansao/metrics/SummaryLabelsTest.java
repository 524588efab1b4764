package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.metrics.internal.ReportText;
import vn.bansao.metrics.output.TextSummary;
import vn.bansao.metrics.target.PlanLoader;

/**
 * The summary's labels come from the report bundles and read as the ternaries wrote them: every label renders in
 * both languages, and the Mỹ Tho sample's summary carries the exact lines in Vietnamese and in English.
 */
class SummaryLabelsTest {

    @TempDir
    Path tmp;

    @Test
    void everyLabelRendersInBothLanguages() {
        for (ReportText t : ReportText.values()) {
            String vi = t.in(true, "X", 1, 2, 3);
            String en = t.in(false, "X", 1, 2, 3);
            assertThat(vi).as(t.name()).isNotBlank().isNotEqualTo(t.name()).doesNotContain("{").isNotEqualTo(en);
            assertThat(en).as(t.name()).isNotBlank().isNotEqualTo(t.name()).doesNotContain("{");
        }
        // counts print as digits, as StringBuilder.append(long) did
        assertThat(ReportText.SOURCE.in(true, "a.csv", 12345L, 0L)).isEqualTo("Nguồn: a.csv — hồ sơ hợp lệ: 12345, dòng lỗi bỏ qua: 0");
        assertThat(ReportText.SOURCE.in(false, "a.csv", 12345L, 0L)).isEqualTo("Source: a.csv — rows accepted: 12345, rows skipped: 0");
    }

    @Test
    void theSampleSummaryReadsAsBefore() {
        Path dir = Samples.extract(tmp.resolve("s"));
        MetricsReport r = Metrics.builder().dossiers(dir.resolve(Samples.DOSSIERS)).units(dir.resolve(Samples.UNITS))
                .certifications(dir.resolve(Samples.CERTIFICATIONS)).procedures(dir.resolve(Samples.PROCEDURES))
                .plan(PlanLoader.load(dir.resolve(Samples.MY_THO_PLAN)))
                .periods(Period.parseList("2022-Q4,2023-Q1")).compute();
        List<String> vi = TextSummary.of(r, true).lines().toList();
        List<String> en = TextSummary.of(r, false).lines().toList();

        assertThat(vi).startsWith("BÁO CÁO CHỈ SỐ PHỤC VỤ VÀ CHỈ TIÊU", "Kế hoạch: Mỹ Tho, kế hoạch quý IV/2022",
                "Nguồn: my-tho-dossiers.csv — hồ sơ hợp lệ: 807, dòng lỗi bỏ qua: 0",
                "Danh mục TTHC: toàn trình 3, một phần 2, chưa trực tuyến 2 / 7", "", "Kỳ 2022-Q4 (01/10/2022–31/12/2022)");
        assertThat(vi).contains("Kỳ 2023-Q1 (01/01/2023–31/03/2023)", "Đơn vị chưa đạt chỉ tiêu:", "Xu hướng toàn tỉnh:");
        assertThat(vi).anyMatch(l -> l.matches("Toàn tỉnh: chỉ số phục vụ \\d+,\\d\\d/100 \\(\\d+,\\d\\d/\\d+ điểm có dữ liệu\\) — .+"))
                .anyMatch(l -> l.matches("  .+: \\d+/\\d+ = \\d+,\\d\\d% — \\d+,\\d\\d/\\d+ điểm"))
                .anyMatch(l -> l.matches(".* \\[chỉ tiêu \\d+,\\d\\d%: (chưa đạt|đạt), [+-]\\d+,\\d\\d điểm %]"))
                .anyMatch(l -> l.matches("  - .+ \\(.+\\): .+ \\d+,\\d\\d% < \\d+,\\d\\d%"))
                .anyMatch(l -> l.matches("  .+: 2022-Q4 \\d+,\\d\\d% → 2023-Q1 \\d+,\\d\\d% \\([+-]\\d+,\\d\\d điểm %\\)"));

        assertThat(en).startsWith("SERVICE INDEX AND TARGET REPORT", "Plan: Mỹ Tho, kế hoạch quý IV/2022",
                "Source: my-tho-dossiers.csv — rows accepted: 807, rows skipped: 0",
                "Procedure catalogue: full-process online 3, partly online 2, not online 2 / 7", "",
                "Period 2022-Q4 (01/10/2022–31/12/2022)");
        assertThat(en).contains("Period 2023-Q1 (01/01/2023–31/03/2023)", "Units short of target:", "Province-wide trend:");
        assertThat(en).anyMatch(l -> l.matches("Province-wide: service index \\d+\\.\\d\\d/100 \\(\\d+\\.\\d\\d/\\d+ points with data\\) — .+"))
                .anyMatch(l -> l.matches("  .+: \\d+/\\d+ = \\d+\\.\\d\\d% — \\d+\\.\\d\\d/\\d+ points"))
                .anyMatch(l -> l.matches(".* \\[target \\d+\\.\\d\\d%: (not met|met), [+-]\\d+\\.\\d\\d points]"))
                .anyMatch(l -> l.matches("  .+: 2022-Q4 \\d+\\.\\d\\d% → 2023-Q1 \\d+\\.\\d\\d% \\([+-]\\d+\\.\\d\\d points\\)"));
        assertThat(vi).hasSameSizeAs(en);
    }
}
