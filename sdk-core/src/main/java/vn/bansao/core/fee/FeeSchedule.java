package vn.bansao.core.fee;

/**
 * The fee for certifying copies, in VND (no fractions: the đồng has none in practice).
 *
 * <p>The default, {@link #CIRCULAR_226_2016}: 2,000 VND per page for the first two pages of the original,
 * 1,000 VND per page from the third, capped at 200,000 VND per copy; the total is the per-copy fee times
 * the number of copies. Provinces may set other tariffs for e-copies, hence {@link #builder()}.
 *
 * <pre>{@code
 * long fee = FeeSchedule.CIRCULAR_226_2016.feeFor(5, 2);   // (2×2,000 + 3×1,000) × 2 = 14,000
 * FeeSchedule eCopies = FeeSchedule.builder().firstPagesFee(1_500).build();
 * }</pre>
 *
 * @param firstPages     how many pages are charged at {@code firstPagesFee}
 * @param firstPagesFee  VND per page for those first pages
 * @param laterPagesFee  VND per page after them
 * @param capPerCopy     the most one copy costs, in VND
 */
public record FeeSchedule(int firstPages, long firstPagesFee, long laterPagesFee, long capPerCopy) {

    /** Circular 226/2016/TT-BTC: 2,000 / 1,000 VND per page, at most 200,000 VND per copy. */
    public static final FeeSchedule CIRCULAR_226_2016 = new FeeSchedule(2, 2_000, 1_000, 200_000);

    public FeeSchedule {
        if (firstPages < 0 || firstPagesFee < 0 || laterPagesFee < 0 || capPerCopy < 0) {
            throw new IllegalArgumentException("fee schedule values must not be negative");
        }
    }

    /** The fee for one copy of an original of {@code pages} pages. */
    public long feePerCopy(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("Số trang phải từ 1 / pages must be at least 1, was " + pages);
        }
        long first = Math.min(pages, firstPages);
        long fee = first * firstPagesFee + (pages - first) * laterPagesFee;
        return Math.min(fee, capPerCopy);
    }

    /** The fee for {@code copies} copies of an original of {@code pages} pages. */
    public long feeFor(int pages, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("Số bản phải từ 1 / copies must be at least 1, was " + copies);
        }
        return Math.multiplyExact(feePerCopy(pages), copies);
    }

    /**
     * Refuses a stated fee that is not this schedule's for the pages and copies: the fee on a copy and in the
     * register comes from the schedule, never from free input. The one check the register, the builder and
     * the workflow share.
     *
     * <pre>{@code
     * FeeSchedule.CIRCULAR_226_2016.requireMatches(999, 2, 1);   // IllegalArgumentException: 4.000 đồng expected
     * }</pre>
     */
    public void requireMatches(long statedFee, int pages, int copies) {
        long expected = feeFor(pages, copies);
        if (statedFee != expected) {
            throw new IllegalArgumentException("Lệ phí " + vnd(statedFee) + " đồng không đúng biểu phí: " + pages
                    + " trang × " + copies + " bản là " + vnd(expected) + " đồng / the stated fee of " + vnd(statedFee)
                    + " VND does not match the fee schedule: " + pages + " pages × " + copies + " copies cost "
                    + vnd(expected) + " VND");
        }
    }

    private static String vnd(long v) {
        return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', '.');
    }

    /** A builder starting from {@link #CIRCULAR_226_2016}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FeeSchedule}; every value starts at the Circular 226/2016 default. */
    public static final class Builder {
        private int firstPages = CIRCULAR_226_2016.firstPages;
        private long firstPagesFee = CIRCULAR_226_2016.firstPagesFee;
        private long laterPagesFee = CIRCULAR_226_2016.laterPagesFee;
        private long capPerCopy = CIRCULAR_226_2016.capPerCopy;

        private Builder() {
        }

        public Builder firstPages(int pages) {
            this.firstPages = pages;
            return this;
        }

        public Builder firstPagesFee(long vnd) {
            this.firstPagesFee = vnd;
            return this;
        }

        public Builder laterPagesFee(long vnd) {
            this.laterPagesFee = vnd;
            return this;
        }

        public Builder capPerCopy(long vnd) {
            this.capPerCopy = vnd;
            return this;
        }

        public FeeSchedule build() {
            return new FeeSchedule(firstPages, firstPagesFee, laterPagesFee, capPerCopy);
        }
    }
}
