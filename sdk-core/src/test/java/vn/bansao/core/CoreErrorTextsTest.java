package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.bansao.common.BansaoException;
import vn.bansao.common.BundleCheck;

/** Every code of the module has a Vietnamese and an English text; the texts read as they did before the bundles. */
class CoreErrorTextsTest {

    @Test
    void everyCodeAndDetailTextHasBothLanguages() {
        assertThat(CoreError.values()).isNotEmpty();
        assertThat(BundleCheck.problems(CoreError.values())).isEmpty();
        assertThat(BundleCheck.problems(vn.bansao.core.internal.CoreText.values())).isEmpty();
    }

    @Test
    void aRejectedScanNamesTheInputAndThePageInTheMessagesLanguage() {
        ScanRejectedException page = new ScanRejectedException("scan.pdf", 1204, ScanRejectedException.Reason.CORRUPT,
                "PDF hỏng", "damaged PDF");
        assertThat(page.code()).isEqualTo("SCAN_REJECTED");
        assertThat(page.message(BansaoException.VIETNAMESE)).isEqualTo("scan.pdf (trang 1204): PDF hỏng");
        assertThat(page.getMessage()).isEqualTo("scan.pdf (page 1204): damaged PDF");
        assertThat(page.arguments()).startsWith("scan.pdf", 1204);
        ScanRejectedException whole = new ScanRejectedException("a.png", 0, ScanRejectedException.Reason.CORRUPT,
                "tệp PNG bị cắt cụt", "truncated PNG file");
        assertThat(whole.message(Locale.FRENCH)).isEqualTo("a.png: truncated PNG file");
        assertThat(whole.message(BansaoException.VIETNAMESE)).isEqualTo("a.png: tệp PNG bị cắt cụt");
    }

    @Test
    void aMissingGlyphQuotesTheCharacter() {
        MissingGlyphException e = new MissingGlyphException(0x20AC, "giá €");
        assertThat(e.getMessage()).isEqualTo("the font has no glyph for '€' (U+20AC) in \"giá €\"");
        assertThat(e.message(BansaoException.VIETNAMESE)).isEqualTo("phông chữ không có ký tự '€' (U+20AC) trong \"giá €\"");
    }

    @Test
    void everySdkExceptionOfTheModuleIsABansaoException() {
        assertThat(BansaoException.class).isAssignableFrom(CertifiedCopyException.class);
        assertThat(BansaoException.class).isAssignableFrom(vn.bansao.core.read.CertifiedCopyReadException.class);
        assertThat(BansaoException.class).isAssignableFrom(vn.bansao.core.codes.InvalidCodeException.class);
    }
}
