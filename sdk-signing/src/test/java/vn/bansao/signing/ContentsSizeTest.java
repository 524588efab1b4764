package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.internal.PreparedPdf;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** The /Contents reservation follows the real CMS (chain, signature, time-stamp), not a fixed default. */
@ExtendWith(TestPkiExtension.class)
class ContentsSizeTest {

    @Test
    void reservationFitsTheRealCmsWithoutWaste(TestPki pki) throws Exception {
        PadesSigner signer = PadesSigner.builder().level(Level.B_T).tsa(pki.tsaUrl()).build();
        SigningKey key = SigningKey.of(pki.officer().privateKey(), pki.officer().chain());
        signer.sign(TestPdfs.certifiedCopyLike(1, true), key, Role.OFFICER); // one token seen: the TSA's size is known
        byte[] signed = signer.sign(TestPdfs.certifiedCopyLike(1, true), key, Role.OFFICER).bytes();

        long[] br = PreparedPdf.findByteRange(signed, 0);
        int reserved = (int) ((br[2] - br[1] - 2) / 2);
        String hex = new String(signed, (int) br[1] + 1, (int) (br[2] - br[1] - 2), StandardCharsets.US_ASCII);
        int cms = new ASN1InputStream(HexFormat.of().parseHex(hex)).readObject().getEncoded().length;

        assertThat(reserved).isGreaterThanOrEqualTo(cms).isNotEqualTo(9472);
        // the slack is the estimate's margin (1.5 KB envelope + half a token), not kilobytes of guesswork
        assertThat(reserved - cms).isLessThan(cms);
    }
}
