package vn.bansao.register.service.internal;

import vn.bansao.transparency.checkpoint.SignedCheckpoint;

/**
 * The witnesses a new checkpoint is pushed to, and the cosignature lines they gave.
 *
 * <pre>{@code
 * Witnesses.Cosigned c = witnesses.cosign(signed);
 * String served = signed.note() + c.lines();
 * }</pre>
 */
public interface Witnesses {

    /**
     * The verified cosignature lines (each {@code — name base64\n}) obtained for {@code signed} and how many of the
     * configured witnesses gave one.
     *
     * @param lines    the cosignature lines, in configuration order, each verified with the witness's key
     * @param obtained how many witnesses cosigned
     * @param total    how many are configured
     */
    record Cosigned(String lines, int obtained, int total) {

        /** Whether a witness is still missing (down, or it refused). */
        public boolean incomplete() {
            return obtained < total;
        }
    }

    /** Pushes {@code signed} (the register's own note) to every witness; a witness that fails is skipped and logged. */
    Cosigned cosign(SignedCheckpoint signed);

    /** No witness: the note as the register signed it. */
    static Witnesses none() {
        return signed -> new Cosigned("", 0, 0);
    }
}
