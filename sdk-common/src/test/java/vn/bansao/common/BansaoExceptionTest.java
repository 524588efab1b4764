package vn.bansao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BansaoExceptionTest {

    private final BansaoException refused = new BansaoException(SampleError.PAGE_REFUSED, "scan.tif", 1234,
            LocalizedText.of("ảnh hỏng", "corrupt image"));

    @Test
    void codeAndArgumentsAreWhatTheThrowerGave() {
        assertThat(refused.code()).isEqualTo("PAGE_REFUSED");
        assertThat(refused.errorCode()).isSameAs(SampleError.PAGE_REFUSED);
        assertThat(refused.arguments()).hasSize(3).startsWith("scan.tif", 1234);
    }

    @Test
    void vietnameseAndEnglishComeFromTheBundlesWithTheirArguments() {
        assertThat(refused.message(BansaoException.VIETNAMESE)).isEqualTo("trang 1234 của scan.tif bị từ chối: ảnh hỏng");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("page 1234 of scan.tif refused: corrupt image");
        assertThat(refused.message(Locale.forLanguageTag("vi-VN"))).startsWith("trang 1234");
    }

    @Test
    void getMessageIsEnglish() {
        assertThat(refused.getMessage()).isEqualTo("page 1234 of scan.tif refused: corrupt image");
        assertThat(refused).hasMessage("page 1234 of scan.tif refused: corrupt image");
    }

    @Test
    void bilingualMessageJoinsBothLanguagesOnce() {
        assertThat(refused.bilingualMessage())
                .isEqualTo("trang 1234 của scan.tif bị từ chối: ảnh hỏng / page 1234 of scan.tif refused: corrupt image");
        assertThat(new BansaoException(SampleError.NOT_IN_ANY_BUNDLE).bilingualMessage()).isEqualTo("NOT_IN_ANY_BUNDLE");
    }

    @Test
    void anyOtherLocaleFallsBackToEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            // a Vietnamese desktop: an English or French request must still not get the Vietnamese file
            Locale.setDefault(BansaoException.VIETNAMESE);
            for (Locale l : new Locale[] {Locale.FRENCH, Locale.JAPANESE, Locale.US, Locale.ROOT, Locale.ENGLISH}) {
                assertThat(refused.message(l)).as(l.toString()).isEqualTo("page 1234 of scan.tif refused: corrupt image");
            }
            assertThat(refused.message(null)).startsWith("page 1234");
            assertThat(refused.getLocalizedMessage()).startsWith("trang 1234");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void messageFormatTypesAndQuotesWork() {
        assertThat(new BansaoException(SampleError.PERCENT, 0.5).message(Locale.ENGLISH)).isEqualTo("attained 50%");
        assertThat(new BansaoException(SampleError.QUOTED, "a.pdf").message(Locale.ENGLISH))
                .isEqualTo("the file 'a.pdf' can't be read");
        assertThat(new BansaoException(SampleError.QUOTED, "a.pdf").message(BansaoException.VIETNAMESE))
                .isEqualTo("không đọc được tệp 'a.pdf'");
    }

    @Test
    void nestedBundleTextsAreRenderedInTheMessagesLanguage() {
        BansaoException e = new BansaoException(SampleError.PAGE_REFUSED, "x.pdf", 2,
                IoReason.of(new java.nio.file.AccessDeniedException("x.pdf")));
        assertThat(e.message(BansaoException.VIETNAMESE)).endsWith(": không có quyền truy cập");
        assertThat(e.getMessage()).endsWith(": permission denied");
    }

    @Test
    void aMissingTextNeverThrowsAndStillNamesTheCode() {
        BansaoException e = new BansaoException(SampleError.NOT_IN_ANY_BUNDLE, "arg");
        assertThat(e.getMessage()).isEqualTo("NOT_IN_ANY_BUNDLE [arg]");
        // no Vietnamese text: the code rather than the English text presented as Vietnamese
        assertThat(new BansaoException(SampleError.MISSING_IN_VI).message(BansaoException.VIETNAMESE))
                .isEqualTo("MISSING_IN_VI");
    }

    @Test
    void theCauseIsKeptForLogs() {
        IOException io = new IOException("disk");
        BansaoException e = new BansaoException(SampleError.QUOTED, io, "a.pdf");
        assertThat(e.getCause()).isSameAs(io);
        assertThat(e.arguments()).containsExactly("a.pdf");
    }
}
