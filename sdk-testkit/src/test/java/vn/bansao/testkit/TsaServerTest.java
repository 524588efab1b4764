package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.testkit.internal.Bc;

@ExtendWith(TestPkiExtension.class)
class TsaServerTest {

    @Test
    void answersRfc3161RequestThatValidatesAgainstTheTsaCertificate(TestPki pki) throws Exception {
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest("bản sao".getBytes(StandardCharsets.UTF_8));
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        BigInteger nonce = BigInteger.valueOf(0x5eed_1234_5678L);
        TimeStampRequest request = gen.generate(TSPAlgorithms.SHA256, imprint, nonce);

        HttpResponse<byte[]> http = Net.post(pki.tsaUrl(), "application/timestamp-query", request.getEncoded());

        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        TimeStampResponse response = new TimeStampResponse(http.body());
        response.validate(request); // imprint, nonce, policy, certReq honoured
        TimeStampToken token = response.getTimeStampToken();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(pki.tsa().certificate()));
        assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(nonce);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(token.getCertificates().getMatches(null))
                .contains(new JcaX509CertificateHolder(pki.tsa().certificate()));
        assertThat(pki.requestCount(Service.TSA)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void leavesCertificatesOutWithoutCertReqAndAcceptsSha512(TestPki pki) throws Exception {
        byte[] imprint = MessageDigest.getInstance("SHA-512").digest(new byte[] {1, 2, 3});
        TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA512, imprint);

        TimeStampResponse response = new TimeStampResponse(
                Net.post(pki.tsaUrl(), "application/timestamp-query", request.getEncoded()).body());

        response.validate(request);
        assertThat(response.getTimeStampToken().getCertificates().getMatches(null)).isEmpty();
    }

    @Test
    void rejectsSha1Imprint(TestPki pki) throws Exception {
        byte[] imprint = MessageDigest.getInstance("SHA-1").digest(new byte[] {1});
        TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA1, imprint);

        TimeStampResponse response = new TimeStampResponse(
                Net.post(pki.tsaUrl(), "application/timestamp-query", request.getEncoded()).body());

        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getTimeStampToken()).isNull();
    }
}
