package vn.bansao.verify.internal.register;

import java.util.Arrays;
import vn.bansao.transparency.checkpoint.Checkpoint;

/**
 * The one rule of every {@link vn.bansao.verify.CheckpointMemory}: keep the larger checkpoint; refuse an equal size
 * with another root (two histories of one log).
 *
 * <pre>{@code
 * Checkpoint kept = CheckpointOrder.larger(remembered, accepted);
 * }</pre>
 */
final class CheckpointOrder {

    private CheckpointOrder() {
    }

    static Checkpoint larger(Checkpoint remembered, Checkpoint accepted) {
        if (remembered.size() == accepted.size() && !Arrays.equals(remembered.rootHash(), accepted.rootHash())) {
            throw new IllegalStateException("two checkpoints of size " + accepted.size() + " with different roots for "
                    + accepted.origin() + ": the memory is not moved");
        }
        return accepted.size() > remembered.size() ? accepted : remembered;
    }
}
