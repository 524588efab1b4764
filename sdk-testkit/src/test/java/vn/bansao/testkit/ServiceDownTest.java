package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPkiExtension.class)
class ServiceDownTest {

    @Test
    void stoppedServiceRefusesConnectionsAndComesBackOnTheSamePort(TestPki pki) throws Exception {
        int port = pki.port(Service.CRL);
        assertThat(Net.get(pki.crlUrl()).statusCode()).isEqualTo(200);

        pki.stop(Service.CRL);
        assertThat(pki.isRunning(Service.CRL)).isFalse();
        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 2000))
                .isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> Net.get(pki.crlUrl())).isInstanceOf(ConnectException.class);
        // the others keep running
        assertThat(Net.get(pki.ocspUrl() + "/").statusCode()).isEqualTo(400);

        pki.start(Service.CRL);
        assertThat(pki.port(Service.CRL)).isEqualTo(port);
        assertThat(Net.get(pki.crlUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void countsRequestsPerService(TestPki pki) throws Exception {
        long tsa = pki.requestCount(Service.TSA);
        long crl = pki.requestCount(Service.CRL);
        Net.get(pki.crlUrl());
        Net.get(pki.rootCrlUrl());
        assertThat(pki.requestCount(Service.CRL)).isEqualTo(crl + 2);
        assertThat(pki.requestCount(Service.TSA)).isEqualTo(tsa);
    }

    @Test
    void closedPkiRefusesEverything() throws Exception {
        TestPki own = TestPki.start();
        String tsa = own.tsaUrl();
        own.close();
        assertThatThrownBy(() -> Net.post(tsa, "application/timestamp-query", new byte[] {0}))
                .isInstanceOf(ConnectException.class);
    }
}
