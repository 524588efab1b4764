package vn.bansao.verify.internal.register;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.verify.CheckpointMemory;

/**
 * {@link CheckpointMemory} for one process: a map advanced atomically per origin.
 *
 * <pre>{@code
 * CheckpointMemory m = new InMemoryCheckpointMemory();
 * }</pre>
 */
public final class InMemoryCheckpointMemory implements CheckpointMemory {

    private final ConcurrentHashMap<String, Checkpoint> latest = new ConcurrentHashMap<>();

    @Override
    public Optional<Checkpoint> latest(String origin) {
        return Optional.ofNullable(latest.get(origin));
    }

    @Override
    public void advance(Checkpoint accepted) {
        latest.merge(accepted.origin(), accepted, CheckpointOrder::larger);
    }
}
