package vn.bansao.transparency.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.bansao.transparency.checkpoint.InclusionProof;

/** A proven leaf confirms only the entry it is the row of. */
class LeafBindingTest {

    static final String SHA = "ab".repeat(32);
    static final CertificationReference REF = new CertificationReference("000.00.12.H29", "SCT/BS", 2026, 123, "01/2026-SCT/BS");
    static final RegisterRecord CERTIFIED = new RegisterRecord(2026, "123", EntryStatus.CERTIFIED, Optional.empty(),
            Optional.empty(), Optional.of(SHA), Optional.empty());

    static String leaf(long index, String kind, long sequence, String notes, String sha) {
        return "{\"agencyCode\":\"000.00.12.H29\",\"kind\":\"" + kind + "\",\"leafIndex\":" + index + ",\"notes\":\"" + notes
                + "\",\"registerType\":\"SCT/BS\",\"sequence\":" + sequence + ",\"signedCopySha256\":\"" + sha
                + "\",\"v\":1,\"year\":2026}";
    }

    static Optional<String> check(long index, String leaf, CertificationReference ref, RegisterRecord record) {
        return LeafBinding.mismatch(new InclusionProof(index, index + 1, leaf.getBytes(StandardCharsets.UTF_8), List.of(),
                Optional.empty()), ref, record);
    }

    @Test
    void theEntrysOwnRowBinds() {
        assertThat(check(3, leaf(3, "COMPLETION", 123, "", SHA), REF, CERTIFIED)).isEmpty();
        assertThat(check(3, leaf(3, "CERTIFICATION", 123, "", SHA.toUpperCase()), REF, CERTIFIED)).isEmpty();
        // a copy whose facts name no body or type is bound on number and year only
        assertThat(check(3, leaf(3, "CORRECTION", 123, "", SHA), new CertificationReference("", "", 2026, 123, ""), CERTIFIED))
                .isEmpty();
    }

    @Test
    void anyOtherRowDoesNot() {
        assertThat(check(3, leaf(3, "COMPLETION", 1234, "", SHA), REF, CERTIFIED)).hasValueSatisfying(m -> assertThat(m).contains("number"));
        assertThat(check(3, leaf(3, "COMPLETION", 12, "", SHA), REF, CERTIFIED)).isPresent();
        assertThat(check(4, leaf(3, "COMPLETION", 123, "", SHA), REF, CERTIFIED)).hasValueSatisfying(m -> assertThat(m).contains("position"));
        assertThat(check(3, leaf(3, "RESERVATION", 123, "", ""), REF, CERTIFIED)).isPresent();
        assertThat(check(3, leaf(3, "VOID", 123, "", ""), REF, CERTIFIED)).isPresent();
        assertThat(check(3, leaf(3, "COMPLETION", 123, "", "cd".repeat(32)), REF, CERTIFIED)).hasValueSatisfying(m -> assertThat(m).contains("hash"));
        assertThat(check(3, leaf(3, "COMPLETION", 123, "", SHA).replace("000.00.12.H29", "000.00.13.H29"), REF, CERTIFIED))
                .hasValueSatisfying(m -> assertThat(m).contains("body"));
        assertThat(check(3, leaf(3, "COMPLETION", 123, "", SHA).replace("SCT/BS", "SCT/CK"), REF, CERTIFIED)).isPresent();
        assertThat(check(3, "not json", REF, CERTIFIED)).isPresent();
    }

    @Test
    void textInsideAValueNeverPassesForAKey() {
        // a requester or notes field crafted to look like the wanted keys: canonical JSON escapes its quotes
        String injected = "\\\",\\\"sequence\\\":123,\\\"signedCopySha256\\\":\\\"" + SHA + "\\\",\\\"kind\\\":\\\"COMPLETION";
        String other = leaf(3, "RESERVATION", 99, injected, "");
        assertThat(check(3, other, REF, CERTIFIED)).isPresent();
        assertThat(LeafBinding.field(other, "sequence")).hasValue("99");
        assertThat(LeafBinding.field(other, "notes")).hasValue(injected);
        // a duplicated key is not a canonical row
        String twice = leaf(3, "COMPLETION", 123, "", SHA).replace("\"v\":1", "\"sequence\":123");
        assertThat(LeafBinding.field(twice, "sequence")).isEmpty();
        assertThat(check(3, twice, REF, CERTIFIED)).isPresent();
    }
}
