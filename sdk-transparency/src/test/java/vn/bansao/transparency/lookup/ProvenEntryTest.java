package vn.bansao.transparency.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.bansao.transparency.checkpoint.InclusionProof;

/** The status folded from proven rows: allocation, completion, corrections, void; foreign rows refused. */
class ProvenEntryTest {

    static final CertificationReference REF = new CertificationReference("000.00.12.H29", "SCT/BS", 2026, 7, "01/2026-SCT/BS");

    static InclusionProof row(long index, String kind, long sequence, String signed, String unsigned) {
        return row(index, kind, sequence, signed, unsigned, "000.00.12.H29");
    }

    static InclusionProof row(long index, String kind, long sequence, String signed, String unsigned, String agency) {
        String leaf = "{\"agencyCode\":\"" + agency + "\",\"kind\":\"" + kind + "\",\"leafIndex\":" + index
                + ",\"notes\":\"nhầm\",\"registerType\":\"SCT/BS\",\"sequence\":" + sequence + ",\"signedCopySha256\":\""
                + signed + "\",\"unsignedPackageSha256\":\"" + unsigned + "\",\"v\":1,\"year\":2026}";
        return new InclusionProof(index, 20, leaf.getBytes(StandardCharsets.UTF_8), List.of(), Optional.empty());
    }

    static RegisterRecord folded(InclusionProof... rows) {
        ProvenEntry.Result r = ProvenEntry.fold(REF, List.of(rows));
        assertThat(r).as(r.toString()).isInstanceOf(ProvenEntry.Folded.class);
        return ((ProvenEntry.Folded) r).record();
    }

    static String refused(InclusionProof... rows) {
        ProvenEntry.Result r = ProvenEntry.fold(REF, List.of(rows));
        assertThat(r).isInstanceOf(ProvenEntry.Refused.class);
        return ((ProvenEntry.Refused) r).reason();
    }

    @Test
    void allocationCompletionCorrectionAndVoid() {
        RegisterRecord certified = folded(row(2, "CERTIFICATION", 7, "aa", "bb"));
        assertThat(certified.status()).isEqualTo(EntryStatus.CERTIFIED);
        assertThat(certified.signedCopySha256()).contains("aa");
        assertThat(certified.unsignedPackageSha256()).contains("bb");

        RegisterRecord reserved = folded(row(2, "RESERVATION", 7, "", "bb"));
        assertThat(reserved.status()).isEqualTo(EntryStatus.RESERVED);
        assertThat(reserved.signedCopySha256()).isEmpty();

        RegisterRecord completed = folded(row(2, "RESERVATION", 7, "", "bb"), row(5, "COMPLETION", 7, "cc", ""));
        assertThat(completed.status()).isEqualTo(EntryStatus.CERTIFIED);
        assertThat(completed.signedCopySha256()).contains("cc");
        assertThat(completed.proof().orElseThrow().leafIndex()).isEqualTo(5);

        RegisterRecord corrected = folded(row(2, "RESERVATION", 7, "", "bb"), row(5, "COMPLETION", 7, "cc", ""),
                row(9, "CORRECTION", 7, "dd", ""));
        assertThat(corrected.status()).isEqualTo(EntryStatus.CERTIFIED);
        assertThat(corrected.signedCopySha256()).contains("dd");
        assertThat(corrected.unsignedPackageSha256()).contains("bb");
        RegisterRecord correctedWithoutHash = folded(row(2, "CERTIFICATION", 7, "aa", "bb"), row(3, "CORRECTION", 7, "", ""));
        assertThat(correctedWithoutHash.signedCopySha256()).contains("aa");

        RegisterRecord voided = folded(row(2, "CERTIFICATION", 7, "aa", "bb"), row(4, "VOID", 7, "", ""),
                row(6, "CORRECTION", 7, "ee", ""));
        assertThat(voided.status()).isEqualTo(EntryStatus.VOID);
        assertThat(voided.voidReason()).contains("nhầm");
    }

    @Test
    void rowsThatAreNotThisNumbersAreRefused() {
        assertThat(refused()).contains("no row");
        assertThat(refused(row(2, "CERTIFICATION", 7, "aa", ""), row(3, "VOID", 8, "", ""))).contains("not about number 7");
        assertThat(refused(row(2, "CERTIFICATION", 7, "aa", "", "000.00.13.H29"))).contains("another certifying body");
        assertThat(refused(row(4, "COMPLETION", 7, "aa", ""))).contains("not an allocation");
        assertThat(refused(row(2, "CERTIFICATION", 7, "aa", ""), row(3, "CERTIFICATION", 7, "bb", ""))).contains("allocated twice");
        assertThat(refused(row(5, "CERTIFICATION", 7, "aa", ""), row(3, "VOID", 7, "", ""))).contains("order");
        assertThat(refused(row(5, "CERTIFICATION", 7, "aa", ""), row(5, "VOID", 7, "", ""))).contains("order");
        assertThat(refused(row(2, "CERTIFICATION", 7, "aa", ""), row(6, "YEAR_CLOSING", 7, "", ""))).contains("YEAR_CLOSING");
        // a leaf that states another position than the one proven
        InclusionProof moved = new InclusionProof(3, 20, row(2, "CERTIFICATION", 7, "aa", "").leafBytes(), List.of(),
                Optional.empty());
        assertThat(refused(moved)).contains("position");
    }
}
