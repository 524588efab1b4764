package vn.bansao.verify.internal.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import vn.bansao.common.AtomicFiles;
import vn.bansao.common.Sha256;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.verify.CheckpointMemory;

/**
 * {@link CheckpointMemory} in a folder: {@code <sha256(origin)>.checkpoint} holds the checkpoint body (origin, size,
 * root), replaced atomically; every read-compare-write runs under an exclusive lock on {@code .lock} so processes
 * sharing the folder never move a checkpoint back.
 *
 * <pre>{@code
 * CheckpointMemory m = DirectoryCheckpointMemory.open(Path.of("checkpoints"));
 * }</pre>
 */
public final class DirectoryCheckpointMemory implements CheckpointMemory {

    /**
     * A JVM may hold a file lock only once (a second {@code lock()} throws), so the threads of this process queue
     * on one lock per folder before taking the file lock.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path folder;
    private final ReentrantLock local;

    private DirectoryCheckpointMemory(Path folder) {
        this.folder = folder;
        this.local = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
    }

    public static DirectoryCheckpointMemory open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new DirectoryCheckpointMemory(folder.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use checkpoint folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path fileOf(String origin) {
        return folder.resolve(Sha256.hex(origin.getBytes(StandardCharsets.UTF_8)) + ".checkpoint");
    }

    @Override
    public Optional<Checkpoint> latest(String origin) {
        return locked(() -> read(origin));
    }

    @Override
    public void advance(Checkpoint accepted) {
        locked(() -> {
            Optional<Checkpoint> remembered = read(accepted.origin());
            Checkpoint kept = remembered.map(r -> CheckpointOrder.larger(r, accepted)).orElse(accepted);
            if (remembered.isEmpty() || kept != remembered.get()) {
                AtomicFiles.write(fileOf(accepted.origin()), kept.body().getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
    }

    private Optional<Checkpoint> read(String origin) throws IOException {
        String body;
        try {
            body = Files.readString(fileOf(origin), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Checkpoint cp = Checkpoint.parse(body);
        if (!cp.origin().equals(origin)) {
            throw new IllegalStateException("checkpoint file " + fileOf(origin) + " is of another origin");
        }
        return Optional.of(cp);
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    private <T> T locked(Locked<T> action) {
        local.lock();
        try (FileChannel ch = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint folder " + folder + ": " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }
}
