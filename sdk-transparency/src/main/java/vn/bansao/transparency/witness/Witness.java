package vn.bansao.transparency.witness;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.transparency.note.SignedNote;

/**
 * A witness (c2sp.org/tlog-witness): for each log it knows (origin → the log's key) it keeps the latest checkpoint
 * it cosigned, and cosigns a new one only when it is signed by the log and provably extends that one. Transport-free:
 * {@link WitnessServer} puts it on HTTP.
 *
 * <pre>{@code
 * Witness w = Witness.builder()
 *         .signer(CosignatureSigner.fromPkcs12(Path.of("witness.p12"), pw, "tuphap.hochiminhcity.gov.vn/witness"))
 *         .store(WitnessStateStore.inDirectory(Path.of("state")))
 *         .log(NoteVerifier.parse(registerKey))            // origin = the key's name
 *         .build();
 * String cosignature = w.addCheckpoint(AddCheckpointRequest.parse(body));   // WitnessException if refused
 * }</pre>
 *
 * <p>Checks, in the order of the spec: the note is well-formed (else {@code MALFORMED}); its origin is known (else
 * {@code UNKNOWN_ORIGIN}); the log's key signed it (else {@code BAD_SIGNATURE}); the old size is at most its size
 * ({@code MALFORMED}); the old size is the size of the stored checkpoint, 0 for none (else {@code CONFLICT} with the
 * stored size); a size-0 checkpoint has the empty root, an old size of 0 comes without proof, and otherwise the
 * consistency proof leads from the stored root to the new one, which at an equal size means the same root (else
 * {@code INCONSISTENT}: a split view or a rewritten history). Then it stores the new checkpoint durably and only
 * then returns the cosignature. Submissions for one origin are serialised; the store's compare-and-set also
 * excludes other processes.
 */
public final class Witness {

    private static final System.Logger LOG = System.getLogger(Witness.class.getName());

    private final CosignatureSigner signer;
    private final WitnessStateStore store;
    private final Map<String, NoteVerifier> logs;
    private final Clock clock;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    private Witness(Builder b) {
        this.signer = Objects.requireNonNull(b.signer, "signer");
        this.store = Objects.requireNonNull(b.store, "store");
        if (b.logs.isEmpty()) {
            throw new IllegalArgumentException("Nhân chứng cần ít nhất một sổ / a witness needs at least one log");
        }
        this.logs = Map.copyOf(b.logs);
        this.clock = b.clock;
    }

    /** A builder: signer, store and at least one log are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The witness's public key, to publish. */
    public CosignatureVerifier verifier() {
        return signer.verifier();
    }

    /** The origins of the logs this witness knows. */
    public Set<String> origins() {
        return logs.keySet();
    }

    /** The latest checkpoint cosigned for {@code origin} (log signature line + cosignature), if any. */
    public Optional<String> latest(String origin) throws IOException {
        return logs.containsKey(origin) ? store.read(origin) : Optional.empty();
    }

    /** As {@link #addCheckpoint(AddCheckpointRequest)}. */
    public String addCheckpoint(long oldSize, List<byte[]> proof, String note) throws WitnessException, IOException {
        return addCheckpoint(new AddCheckpointRequest(oldSize, proof, note));
    }

    /**
     * Checks and cosigns a submitted checkpoint; returns the cosignature line ({@code — name base64\n}) once the new
     * state is stored.
     *
     * @throws WitnessException for a refusal (its kind is the HTTP status of tlog-witness)
     * @throws IOException      if the state store failed (nothing was cosigned)
     */
    public String addCheckpoint(AddCheckpointRequest request) throws WitnessException, IOException {
        SignedNote parsed;
        Checkpoint claimed;
        try {
            parsed = SignedNote.parse(request.note());
            claimed = Checkpoint.parse(parsed.text());
        } catch (NoteVerificationException | IllegalArgumentException e) {
            throw new WitnessException(WitnessException.Kind.MALFORMED, "điểm kiểm sai định dạng",
                    "malformed checkpoint note: " + e.getMessage());
        }
        String origin = claimed.origin();
        NoteVerifier logKey = logs.get(origin);
        if (logKey == null) {
            throw new WitnessException(WitnessException.Kind.UNKNOWN_ORIGIN, "nhân chứng không theo dõi sổ \""
                    + WitnessException.printable(origin) + "\"", "unknown log origin \""
                    + WitnessException.printable(origin) + "\"");
        }
        Checkpoint cp;
        try {
            cp = Checkpoint.parse(logKey.open(request.note()));
        } catch (NoteVerificationException e) {
            throw new WitnessException(WitnessException.Kind.BAD_SIGNATURE, "điểm kiểm không có chữ ký hợp lệ của sổ "
                    + origin, "no valid signature of the log key " + logKey.keyName() + ": " + e.getMessage());
        }
        if (request.oldSize() > cp.size()) {
            throw new WitnessException(WitnessException.Kind.MALFORMED, "cỡ cũ " + request.oldSize()
                    + " lớn hơn cỡ điểm kiểm " + cp.size(), "old size " + request.oldSize()
                    + " is larger than the checkpoint size " + cp.size());
        }
        // only the log's own line is kept: other lines are the submitter's, unverified
        SignedNote.Line logLine = parsed.signatures().stream()
                .filter(l -> l.name().equals(logKey.keyName()) && l.keyId() == logKey.keyId()).findFirst().orElseThrow();

        ReentrantLock lock = locks.computeIfAbsent(origin, o -> new ReentrantLock());
        lock.lock();
        try {
            Optional<String> current = store.read(origin);
            Optional<Checkpoint> held = current.map(Witness::checkpointOf);
            long heldSize = held.map(Checkpoint::size).orElse(0L);
            if (request.oldSize() != heldSize) {
                throw WitnessException.conflict(heldSize, request.oldSize());
            }
            checkConsistency(request, held, cp);
            String cosignature = signer.cosign(cp, Math.max(1, clock.instant().getEpochSecond()));
            String stored = parsed.withSignatures(List.of(logLine)) + cosignature;
            if (!store.compareAndSet(origin, current, stored)) {
                // another process cosigned meanwhile: its state wins, this submission must be retried from it
                long now = store.read(origin).map(Witness::checkpointOf).map(Checkpoint::size).orElse(0L);
                throw WitnessException.conflict(now, request.oldSize());
            }
            LOG.log(System.Logger.Level.INFO, "cosigned {0} at size {1} (from {2})", origin, cp.size(), heldSize);
            return cosignature;
        } finally {
            lock.unlock();
        }
    }

    private static void checkConsistency(AddCheckpointRequest request, Optional<Checkpoint> held, Checkpoint cp)
            throws WitnessException {
        if (cp.size() == 0 && !MessageDigest.isEqual(cp.rootHash(), Rfc6962.emptyRoot())) {
            throw inconsistent(cp, "một điểm kiểm cỡ 0 phải có gốc của cây rỗng",
                    "a checkpoint of size 0 must have the root of the empty tree");
        }
        if (request.oldSize() == 0) {
            if (!request.proof().isEmpty()) {
                throw inconsistent(cp, "cỡ cũ 0 không kèm bằng chứng", "an old size of 0 takes no consistency proof");
            }
            return;
        }
        Checkpoint old = held.orElseThrow();
        if (old.size() == cp.size() && !MessageDigest.isEqual(old.rootHash(), cp.rootHash())) {
            throw inconsistent(cp, "cùng cỡ " + cp.size() + " nhưng gốc khác điểm kiểm đã đồng ký (hai lịch sử khác nhau)",
                    "same size " + cp.size() + " as the cosigned checkpoint but another root (a split view)");
        }
        try {
            new ConsistencyProof(old.size(), cp.size(), request.proof()).verify(old, cp);
        } catch (MerkleProofException e) {
            throw inconsistent(cp, "bằng chứng nhất quán từ cỡ " + old.size() + " không đúng",
                    "the consistency proof from size " + old.size() + " does not verify: " + e.getMessage());
        }
    }

    private static WitnessException inconsistent(Checkpoint cp, String vi, String en) {
        // a validly signed inconsistent checkpoint is evidence of log misbehaviour: keep it in the log
        LOG.log(System.Logger.Level.WARNING, "refused inconsistent checkpoint: {0}\n{1}", en, cp.body());
        return new WitnessException(WitnessException.Kind.INCONSISTENT, vi, en);
    }

    private static Checkpoint checkpointOf(String storedNote) {
        try {
            return Checkpoint.parse(SignedNote.parse(storedNote).text());
        } catch (NoteVerificationException e) {
            throw new IllegalStateException("corrupt witness state: " + e.getMessage(), e);
        }
    }

    /** Builder of a {@link Witness}. */
    public static final class Builder {

        private CosignatureSigner signer;
        private WitnessStateStore store;
        private final Map<String, NoteVerifier> logs = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The witness's key. */
        public Builder signer(CosignatureSigner signer) {
            this.signer = signer;
            return this;
        }

        /** Where the latest cosigned checkpoints are kept. */
        public Builder store(WitnessStateStore store) {
            this.store = store;
            return this;
        }

        /** A log whose origin is its key's name (as bansao registers sign). */
        public Builder log(NoteVerifier logKey) {
            return log(logKey.keyName(), logKey);
        }

        /** A log by origin and key. */
        public Builder log(String origin, NoteVerifier logKey) {
            if (origin == null || origin.isEmpty() || origin.contains("\n")) {
                throw new IllegalArgumentException("invalid log origin");
            }
            if (logs.putIfAbsent(origin, Objects.requireNonNull(logKey, "logKey")) != null) {
                throw new IllegalArgumentException("Sổ khai báo hai lần / log declared twice: " + origin);
            }
            return this;
        }

        /** The clock of the cosignature timestamps (default: the system's, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The witness. */
        public Witness build() {
            return new Witness(this);
        }
    }
}
