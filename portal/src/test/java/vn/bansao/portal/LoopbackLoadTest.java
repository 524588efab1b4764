package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 50 verifications at once against the running portal on loopback: every one answered 200 with the same
 * verdict. Bounded in count (50) and time (3 minutes at most); it measures nothing.
 */
class LoopbackLoadTest {

    private static final int CONCURRENT = 50;

    @Test
    void fiftyConcurrentVerificationsWithoutAnError() throws Exception {
        PortalFixture fixture = PortalFixture.get();
        Multipart upload = new Multipart().file("file", "ban-sao.pdf", "application/pdf", fixture.signedCopy());

        long started = System.nanoTime();
        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.fire(CONCURRENT,
                () -> HttpRequest.newBuilder(fixture.at("/api/verify"))
                        .header("Content-Type", upload.contentType())
                        .timeout(Duration.ofMinutes(2))
                        .POST(upload.publisher())
                        .build(),
                Duration.ofMinutes(3));

        // informative only (never asserted): shared CI machines are too noisy for a timing bound
        System.out.printf("%d concurrent verifications answered in %d ms%n", CONCURRENT,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(answers).hasSize(CONCURRENT);
        for (ConcurrentRequests.Answer answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode report = PortalFixture.JSON.readTree(answer.body());
            assertThat(report.path("verdict").asText()).isEqualTo("VALID");
        }
    }
}
