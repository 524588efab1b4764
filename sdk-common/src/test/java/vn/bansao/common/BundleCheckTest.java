package vn.bansao.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundleCheckTest {

    enum Broken implements MessageKey {
        LONE_APOSTROPHE, INVALID_PATTERN, SAME_TEXT, ABSENT;

        @Override
        public String bundle() {
            return "vn.bansao.common.broken";
        }
    }

    @Test
    void everyTextOfThisModuleExistsInBothLanguages() {
        assertThat(BundleCheck.problems(CommonText.values())).isEmpty();
    }

    @Test
    void findsEachKindOfBrokenText() {
        assertThat(BundleCheck.problems(Broken.values())).containsExactlyInAnyOrder(
                "vn.bansao.common.broken LONE_APOSTROPHE: a lone apostrophe in en (write '')",
                "vn.bansao.common.broken INVALID_PATTERN: invalid pattern in en: Choice Pattern incorrect: 0#|1# (page {1,number,#})",
                "vn.bansao.common.broken SAME_TEXT: the Vietnamese text is the English one",
                "vn.bansao.common.broken ABSENT: no text in vi",
                "vn.bansao.common.broken ABSENT: no text in en");
    }

    @Test
    void aKeyWithoutVietnameseIsReported() {
        assertThat(BundleCheck.problems(SampleError.MISSING_IN_VI))
                .containsExactly("vn.bansao.common.sample MISSING_IN_VI: no text in vi");
    }
}
