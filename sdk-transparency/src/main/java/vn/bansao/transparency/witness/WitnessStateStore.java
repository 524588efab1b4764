package vn.bansao.transparency.witness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a {@link Witness} keeps, per log origin, the latest checkpoint it cosigned (the note with the log's
 * signature line and the witness's cosignature). Its only guarantee is the one tlog-witness needs: checking the
 * old state and writing the new one happen atomically ({@link #compareAndSet}), even across processes, so two
 * submissions can never roll a log back.
 *
 * <pre>{@code
 * WitnessStateStore store = WitnessStateStore.inDirectory(Path.of("/var/lib/bansao-witness"));
 * Optional<String> latest = store.read("bansao.vn/register/000.00.12.H29");
 * }</pre>
 */
public interface WitnessStateStore {

    /** The latest cosigned note for {@code origin}, or empty if the witness never cosigned one. */
    Optional<String> read(String origin) throws IOException;

    /**
     * Stores {@code note} for {@code origin} if the stored note is still {@code expected} (empty: none stored);
     * the new note is durable when this returns {@code true}. Returns {@code false}, changing nothing, when another
     * writer came first.
     */
    boolean compareAndSet(String origin, Optional<String> expected, String note) throws IOException;

    /**
     * A store of one file per origin in {@code directory} (created if missing), named by the hex SHA-256 of the
     * origin: written to a temporary file, forced to disk and renamed atomically; updates are serialised by a lock
     * file per origin, which also excludes other processes using the same directory.
     */
    static WitnessStateStore inDirectory(Path directory) throws IOException {
        return new DirectoryStateStore(directory);
    }
}
