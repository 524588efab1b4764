package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The JDK's file-system wording never reaches a user of the command line: each cause is named in both languages. */
class UserErrorsTest {

    @Test
    void fileSystemCausesAreNamedInBothLanguages() {
        assertThat(UserErrors.describe(new FileSystemException("/mnt/ro/copy.pdf", null, "Read-only file system")))
                .isEqualTo("ổ đĩa chỉ cho phép đọc, không ghi được: /mnt/ro/copy.pdf / read-only file system, cannot write: /mnt/ro/copy.pdf");
        assertThat(UserErrors.describe(new RuntimeException("wrapped", new AccessDeniedException("/srv/out"))))
                .contains("không có quyền truy cập: /srv/out").contains("permission denied: /srv/out");
        assertThat(UserErrors.describe(new NoSuchFileException("/x/facts.json")))
                .contains("không tìm thấy").contains("no such file or folder: /x/facts.json");
        assertThat(UserErrors.describe(new FileSystemException("/srv/out", null, "Is a directory")))
                .contains("là một thư mục").contains("is a folder");
    }

    @Test
    void ourOwnBilingualMessagesPassThroughOnOneLine() {
        assertThat(UserErrors.describe(new IllegalArgumentException("sai / wrong\nsecond line"))).isEqualTo("sai / wrong");
    }

    @Test
    void anSdkExceptionIsPrintedFromItsBundlesInBothLanguagesEvenWhenWrapped() {
        vn.bansao.register.RegisterUnavailableException down = new vn.bansao.register.RegisterUnavailableException(
                "append", new java.sql.SQLException("Connection refused"));
        assertThat(UserErrors.describe(new IllegalStateException("wrapper", down)))
                .isEqualTo(down.message(vn.bansao.common.BansaoException.VIETNAMESE) + " / " + down.getMessage())
                .startsWith("Không kết nối được cơ sở dữ liệu sổ chứng thực (append)")
                .endsWith("nothing was written: Connection refused");
        // a text that is already the same in both languages is printed once
        assertThat(UserErrors.describe(new vn.bansao.core.CertifiedCopyException("x / y"))).isEqualTo("x / y");
    }
}
