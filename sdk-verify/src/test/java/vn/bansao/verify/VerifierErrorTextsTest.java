package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bansao.common.BansaoException;
import vn.bansao.common.BundleCheck;

/** Every code and report label of the verifier has a Vietnamese and an English text. */
class VerifierErrorTextsTest {

    @Test
    void everyCodeHasBothTexts() {
        assertThat(BundleCheck.problems(VerifierError.values())).isEmpty();
        assertThat(BundleCheck.problems(vn.bansao.verify.internal.VerifierText.values())).isEmpty();
        assertThat(BundleCheck.problems(vn.bansao.verify.internal.report.ReportText.values())).isEmpty();
        assertThat(BansaoException.class).isAssignableFrom(TrustConfigurationException.class);
    }
}
