package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.common.BansaoException;
import vn.bansao.common.BundleCheck;

/** Every code and text of the signer has both languages; file failures read as before, in one language each. */
class SigningErrorTextsTest {

    @TempDir
    Path dir;

    @Test
    void everyCodeAndTextHasBothLanguages() {
        assertThat(BundleCheck.problems(SigningException.Cause.values())).isEmpty();
        assertThat(BundleCheck.problems(SigningText.values())).isEmpty();
    }

    @Test
    void codesArePrefixedAndStable() {
        SigningException e = new SigningException(SigningException.Cause.CERTIFICATE_REVOKED, "Chứng thư số đã bị thu hồi",
                "the certificate is revoked");
        assertThat(e).isInstanceOf(BansaoException.class);
        assertThat(e.code()).isEqualTo("SIGNING_CERTIFICATE_REVOKED");
        assertThat(e.cause()).isEqualTo(SigningException.Cause.CERTIFICATE_REVOKED);
        assertThat(e.getMessage()).isEqualTo("the certificate is revoked");
        assertThat(e.message(BansaoException.VIETNAMESE)).isEqualTo(e.messageVi()).isEqualTo("Chứng thư số đã bị thu hồi");
    }

    @Test
    void aMissingInputIsNamedInBothLanguagesWithoutTheJdksWording() throws Exception {
        Path missing = dir.resolve("khong-co.pdf");
        PadesSigner signer = PadesSigner.builder().build();
        assertThatThrownBy(() -> signer.sign(missing, dir.resolve("out.pdf"), null, Role.OFFICER))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.code()).isEqualTo("SIGNING_IO_ERROR");
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("cannot read " + missing + ": no such file or folder");
                    assertThat(e.message(BansaoException.VIETNAMESE))
                            .isEqualTo("Không đọc được tệp " + missing + ": không có tệp hoặc thư mục này");
                });
        assertThat(Files.exists(dir.resolve("out.pdf"))).isFalse();
    }

    @Test
    void anUnreadableTrustAnchorNamesTheFile() {
        Path missing = dir.resolve("root.pem");
        assertThatThrownBy(() -> PadesSigner.builder().trustAnchors(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Không đọc được chứng thư gốc " + missing + ": không có tệp hoặc thư mục này / cannot read trust anchor "
                        + missing + ": no such file or folder");
    }
}
