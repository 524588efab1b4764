package vn.bansao.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bansao.common.BansaoException;
import vn.bansao.common.BundleCheck;

/** Every code and report label of the metrics module has a Vietnamese and an English text. */
class MetricsErrorTextsTest {

    @Test
    void everyCodeHasBothTexts() {
        assertThat(BundleCheck.problems(MetricsError.values())).isEmpty();
        assertThat(BundleCheck.problems(vn.bansao.metrics.internal.ReportText.values())).isEmpty();
    }

    @Test
    void anInputErrorKeepsItsTextAndHasACode() {
        MetricsInputException e = new MetricsInputException("thiếu percent / missing percent in plan.yaml target 2");
        assertThat(e).isInstanceOf(BansaoException.class);
        assertThat(e.code()).isEqualTo("METRICS_INPUT_INVALID");
        assertThat(e.getMessage()).isEqualTo("thiếu percent / missing percent in plan.yaml target 2");
    }
}
