package vn.bansao.register.internal.numbering;

import vn.bansao.common.LocalizedText;
import vn.bansao.register.RegisterException;
import vn.bansao.register.internal.RegisterText;
import vn.bansao.register.spi.RegisterStore;

/**
 * Where a certification number is allocated. Called under the log's append lock, inside the
 * transaction that writes the entry: the next number of a (body, register type, year) series is the
 * highest one in the log plus one, so numbers are gapless and unique by construction and a
 * rolled-back transaction gives its number back. A closed year allocates nothing.
 *
 * <pre>{@code
 * long seq = store.inAppendTransaction(tx -> NumberAllocator.next(tx, "000.00.00.H56", "SCT/BS", 2026));
 * }</pre>
 */
public final class NumberAllocator {

    private NumberAllocator() {
    }

    /** The next sequence number of the series. */
    public static long next(RegisterStore.AppendTransaction tx, String agencyCode, String registerType, int year) {
        if (tx.yearClosed(agencyCode, registerType, year)) {
            throw new RegisterException(
                    LocalizedText.of(RegisterText.BOOK_CLOSED, registerType, year, agencyCode), null);
        }
        return tx.maxSequence(agencyCode, registerType, year) + 1;
    }
}
