package vn.bansao.transparency.witness;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** {@link WitnessStateStore#inDirectory}: one file per origin, atomic rename, lock file per origin. */
final class DirectoryStateStore implements WitnessStateStore {

    /** Largest state file read back (a note is at most 1 MiB of characters). */
    private static final int MAX_FILE_BYTES = 4 << 20;
    /** File locks are per process: threads of this JVM on the same lock file queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path dir;

    DirectoryStateStore(Path directory) throws IOException {
        this.dir = Files.createDirectories(directory).toAbsolutePath().normalize();
    }

    static String originHash(String origin) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(origin.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String origin) {
        return dir.resolve(originHash(origin) + ".checkpoint");
    }

    @Override
    public Optional<String> read(String origin) throws IOException {
        Path f = file(origin);
        byte[] bytes;
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            if (ch.size() > MAX_FILE_BYTES) {
                throw new IOException("witness state file too large: " + f);
            }
            bytes = new byte[(int) ch.size()];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read all
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String note;
        try {
            note = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("witness state file is not UTF-8: " + f);
        }
        // the file name is a hash: the note itself must say it is this origin's
        if (!note.startsWith(origin + "\n")) {
            throw new IOException("witness state file " + f + " does not hold a checkpoint of " + origin);
        }
        return Optional.of(note);
    }

    @Override
    public boolean compareAndSet(String origin, Optional<String> expected, String note) throws IOException {
        if (!note.startsWith(origin + "\n")) {
            throw new IllegalArgumentException("the note is not a checkpoint of " + origin);
        }
        Path lockFile = dir.resolve(originHash(origin) + ".lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel lc = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lc.lock()) {
            if (!read(origin).equals(expected)) {
                return false;
            }
            write(file(origin), note.getBytes(StandardCharsets.UTF_8));
            return true;
        } finally {
            jvmLock.unlock();
        }
    }

    private void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the witness state directory does not support atomic renames: " + dir, e);
            }
            forceDirectory();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename durable (POSIX); some platforms cannot open a directory, where the rename is all we get. */
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows)
        }
    }

    @Override
    public String toString() {
        return "WitnessStateStore[" + dir + "]";
    }
}
