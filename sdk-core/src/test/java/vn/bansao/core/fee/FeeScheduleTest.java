package vn.bansao.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeScheduleTest {

    @ParameterizedTest(name = "{0} pages × {1} copies = {2} VND")
    @CsvSource({
            "1, 1, 2000",
            "2, 1, 4000",
            "3, 1, 5000",
            "5, 2, 14000",
            "198, 1, 200000",   // 4,000 + 196,000 = 200,000: exactly the cap
            "199, 1, 200000",   // would be 201,000: capped
            "500, 3, 600000"})  // the cap applies per copy
    void circular226(int pages, int copies, long expected) {
        assertThat(FeeSchedule.CIRCULAR_226_2016.feeFor(pages, copies)).isEqualTo(expected);
    }

    @Test
    void configurableTariff() {
        FeeSchedule flat = FeeSchedule.builder().firstPages(0).laterPagesFee(500).capPerCopy(10_000).build();
        assertThat(flat.feeFor(4, 1)).isEqualTo(2_000);
        assertThat(flat.feeFor(100, 1)).isEqualTo(10_000);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> FeeSchedule.CIRCULAR_226_2016.feeFor(0, 1)).hasMessageContaining("pages");
        assertThatThrownBy(() -> FeeSchedule.CIRCULAR_226_2016.feeFor(1, 0)).hasMessageContaining("copies");
        assertThatThrownBy(() -> new FeeSchedule(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
