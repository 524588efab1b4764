package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Security;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** A verifier changes no JVM-wide state and owns (or borrows) its workers (issue 14, "Leaks"). */
@ExtendWith(TestPkiExtension.class)
class VerifierResourcesTest {

    @Test
    void verifiesWithoutRegisteringBouncyCastle(TestPki pki) {
        byte[] copy = SignedCopies.signedCopy(pki, Level.B_LT);
        // whatever ran before in this JVM (the signer's DSS stack may register it), the verifier must neither
        // need nor add a global provider
        Security.removeProvider("BC");
        try (CopyVerifier verifier = SignedCopies.verifier(pki)) {
            VerificationReport r = verifier.verify(copy, "copy.pdf");
            assertThat(r.verdict()).as(r.reasons().toString()).isEqualTo(Verdict.VALID);
        }
        assertThat(Security.getProvider("BC")).isNull();
    }

    @Test
    void aClosedVerifierRefusesAndACallersExecutorIsLeftRunning(TestPki pki) {
        byte[] copy = SignedCopies.signedCopy(pki, Level.B_LT);
        CopyVerifier own = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                .maxConcurrentVerifications(1).build();
        assertThat(own.verify(copy, "copy.pdf").verdict()).isEqualTo(Verdict.VALID);
        own.close();
        assertThatThrownBy(() -> own.verify(copy, "copy.pdf")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");

        AtomicInteger ran = new AtomicInteger();
        ExecutorService mine = Executors.newFixedThreadPool(2, r -> new Thread(() -> {
            ran.incrementAndGet();
            r.run();
        }));
        try {
            CopyVerifier borrowed = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate()))
                    .executor(mine).build();
            assertThat(borrowed.verify(copy, "copy.pdf").verdict()).isEqualTo(Verdict.VALID);
            borrowed.close();
            assertThat(mine.isShutdown()).isFalse();
            assertThat(ran.get()).isPositive();
            assertThat(mine.submit(() -> 1)).succeedsWithin(java.time.Duration.ofSeconds(10));
        } finally {
            mine.shutdownNow();
        }
    }
}
