package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import vn.bansao.signing.internal.PreparedPdf;

/** One shared signer used by several threads at once: every output carries a correct signature of its own bytes. */
class ConcurrencyTest {

    @Test
    void sharedSignerIsThreadSafe() throws Exception {
        PadesSigner signer = PadesSigner.builder().checkRevocation(false).completeChainFromAia(false).build();
        byte[] pdf = TestPdfs.certifiedCopyLike(1, true);
        List<SigningKey> keys = List.of(TestKeys.officer(), TestKeys.officer(), TestKeys.officer(), TestKeys.officer());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SignedPdf>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                SigningKey key = keys.get(i % keys.size());
                futures.add(pool.submit(() -> signer.sign(pdf, key, Role.OFFICER)));
            }
            for (int i = 0; i < futures.size(); i++) {
                byte[] signed = futures.get(i).get().bytes();
                assertThat(verifies(signed, keys.get(i % keys.size()))).as("signature %d", i).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }


    /** Checks the CMS over the byte range with BouncyCastle, independently of how it was made. */
    private static boolean verifies(byte[] signed, SigningKey key) throws Exception {
        long[] br = PreparedPdf.findByteRange(signed, 0);
        byte[] content = new byte[(int) (br[1] + br[3])];
        System.arraycopy(signed, 0, content, 0, (int) br[1]);
        System.arraycopy(signed, (int) br[2], content, (int) br[1], (int) br[3]);
        String hex = new String(signed, (int) br[1] + 1, (int) (br[2] - br[1] - 2), java.nio.charset.StandardCharsets.US_ASCII);
        // the first DER object of the zero-padded /Contents is the CMS
        org.bouncycastle.asn1.cms.ContentInfo cms = org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                new org.bouncycastle.asn1.ASN1InputStream(java.util.HexFormat.of().parseHex(hex)).readObject());
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
        SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
        return si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key.certificate()));
    }
}
