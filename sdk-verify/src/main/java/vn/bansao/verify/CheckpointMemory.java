package vn.bansao.verify;

import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.verify.internal.register.DirectoryCheckpointMemory;
import vn.bansao.verify.internal.register.InMemoryCheckpointMemory;
import vn.bansao.verify.internal.register.JdbcCheckpointMemory;

/**
 * What a verifier remembers of each remote register: the last checkpoint it accepted per origin (log). Every
 * later checkpoint must extend it (a consistency proof) or the copy is INVALID as a fork / rewritten history.
 * The memory only ever advances: a smaller checkpoint never replaces a larger one, and an equal size with another
 * root is refused. Share one memory among the verifiers of an application (and, through a folder or a database,
 * among its processes): a register that shows two histories to two of them is caught.
 *
 * <pre>{@code
 * CheckpointMemory memory = CheckpointMemory.inDirectory(Path.of("/var/lib/bansao/checkpoints"));
 * // or CheckpointMemory.jdbc(dataSource)   // table bansao_verifier_checkpoint, created when missing
 * CopyVerifier v = CopyVerifier.builder().trustAnchors(anchors)
 *         .registerDirectory(RegisterDirectory.fromJson(Path.of("register-directory.json")))
 *         .checkpointMemory(memory)
 *         .build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe; their failures are unchecked exceptions (the register check then becomes
 * INDETERMINATE, never VALID).
 */
public interface CheckpointMemory {

    /** The checkpoint last accepted for {@code origin}, if any. */
    Optional<Checkpoint> latest(String origin);

    /**
     * Remembers {@code accepted} (a checkpoint verified and proven consistent with {@link #latest}) when it is larger
     * than the one remembered; a smaller or equal one leaves the memory as it is.
     *
     * @throws IllegalStateException when a checkpoint of the same size with another root is remembered (a fork)
     */
    void advance(Checkpoint accepted);

    /** A memory for this process only (the default of a verifier without one). */
    static CheckpointMemory inMemory() {
        return new InMemoryCheckpointMemory();
    }

    /**
     * Files in {@code folder} (created when missing): one per origin, written atomically, under a file lock, so
     * several processes may share the folder.
     */
    static CheckpointMemory inDirectory(Path folder) {
        return DirectoryCheckpointMemory.open(folder);
    }

    /**
     * A table {@code bansao_verifier_checkpoint} in {@code dataSource} (created when missing; H2 or PostgreSQL),
     * advanced by conditional updates so that concurrent servers never move it back.
     */
    static CheckpointMemory jdbc(DataSource dataSource) {
        return JdbcCheckpointMemory.open(dataSource);
    }
}
