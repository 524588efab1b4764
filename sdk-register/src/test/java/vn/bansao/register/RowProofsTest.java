package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteSigner;

/** {@code inclusionProofs(number, treeSize)}: every row about a number, in log order, proven to one tree size. */
class RowProofsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private CertificationRegister open(String name) {
        return CertificationRegister.open(RegisterConfig.builder(dir.resolve(name).toString())
                .agencyCode(Drafts.AGENCY).clock(CLOCK).build());
    }

    @Test
    void everyRowAboutTheNumberBelowTheSizeInLogOrderEachProvenToThatSize() throws Exception {
        try (CertificationRegister register = open("rows")) {
            CertificationNumber n1 = register.reserve(Drafts.sample("Nguyễn Văn An")).number(); // leaf 0
            register.certify(Drafts.sample("Lê Thị Bình"));                                       // leaf 1
            register.complete(n1, "ab".repeat(32));                                               // leaf 2
            NoteSigner signer = NoteSigner.fromPkcs12(TestKeys.pkcs12(dir, "Ed25519"), TestKeys.PASSWORD.toCharArray(),
                    register.origin());
            SignedCheckpoint cp3 = register.checkpoint(signer);
            register.voidEntry(n1, "Sai thông tin");                                              // leaf 3

            List<RowProof> atThree = register.inclusionProofs(n1, 3);
            assertThat(atThree).extracting(RowProof::leafIndex).containsExactly(0L, 2L);
            List<RowProof> atFour = register.inclusionProofs(n1, 4);
            assertThat(atFour).extracting(RowProof::leafIndex).containsExactly(0L, 2L, 3L);
            for (RowProof rp : atFour) {
                rp.proof().ifPresent(p -> assertThat(p.treeSize()).isEqualTo(4));
            }
            // every served proof leads to the signed root of its size
            Checkpoint signed = cp3.verify(signer.verifier());
            for (RowProof rp : atThree) {
                rp.proof().ifPresent(p -> {
                    try {
                        p.verifyUnder(signed);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
            }
            // the completion row carries no personal data: its proof is served
            InclusionProof completion = atThree.get(1).proof().orElseThrow();
            assertThat(completion.leafJson()).contains("\"kind\":\"COMPLETION\"").doesNotContain("Nguyễn Văn An");
            assertThat(register.publishable(2)).isTrue();
            // a number without rows: empty; sizes outside the log: refused
            assertThat(register.inclusionProofs(new CertificationNumber(Drafts.AGENCY, "SCT/BS", 2026, 1, 99), 4))
                    .isEmpty();
            assertThatThrownBy(() -> register.inclusionProofs(n1, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> register.inclusionProofs(n1, 5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> register.publishable(4)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
