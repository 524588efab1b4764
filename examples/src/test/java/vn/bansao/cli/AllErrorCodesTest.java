package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bansao.common.BansaoException;
import vn.bansao.common.BundleCheck;
import vn.bansao.common.ErrorCode;

/**
 * Across every module the command line prints: each code is unique (a program switching on {@code code()} never
 * confuses two modules' errors) and has a Vietnamese and an English text.
 */
class AllErrorCodesTest {

    private static final List<ErrorCode[]> ALL = List.of(
            vn.bansao.core.CoreError.values(),
            vn.bansao.register.RegisterError.values(),
            vn.bansao.signing.SigningException.Cause.values(),
            vn.bansao.verify.VerifierError.values(),
            vn.bansao.metrics.MetricsError.values(),
            vn.bansao.certification.CertificationRefusedException.Code.values());

    @Test
    void everyCodeIsUniqueAcrossModules() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (ErrorCode[] codes : ALL) {
            for (ErrorCode c : codes) {
                if (!seen.add(c.code())) {
                    duplicates.add(c.code());
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(30);
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyCodeHasBothTexts() {
        for (ErrorCode[] codes : ALL) {
            assertThat(BundleCheck.problems(codes)).isEmpty();
        }
    }

    @Test
    void everyCliTextHasBothTexts() {
        assertThat(BundleCheck.problems(CliText.values())).isEmpty();
    }

    @Test
    void theCliPrintsBothLanguagesOfAnyOfThem() {
        BansaoException e = new vn.bansao.core.ScanRejectedException("a.tif", 2,
                vn.bansao.core.ScanRejectedException.Reason.CORRUPT, "tệp TIFF hỏng", "corrupt TIFF file");
        assertThat(UserErrors.describe(e)).isEqualTo("a.tif (trang 2): tệp TIFF hỏng / a.tif (page 2): corrupt TIFF file");
    }
}
