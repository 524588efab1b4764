package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickSignTest {
    @Test
    void signsBothFields() throws Exception {
        PadesSigner signer = PadesSigner.builder().checkRevocation(false).build();
        byte[] pdf = TestPdfs.certifiedCopyLike(3, true);
        SignedPdf a = signer.sign(pdf, TestKeys.officer(), Role.OFFICER);
        SignedPdf b = signer.sign(a.bytes(), TestKeys.officer(), Role.AUTHORITY);
        Files.write(Path.of("target/quick.pdf"), b.bytes());
        assertThat(a.result().certification()).isTrue();
        assertThat(b.result().certification()).isFalse();
    }
}
