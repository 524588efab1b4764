package vn.bansao.verify.internal.register;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.transparency.witness.CosignatureVerifier;
import vn.bansao.transparency.witness.WitnessClient;
import vn.bansao.transparency.witness.WitnessPolicy;
import vn.bansao.verify.RegisterDirectory;

/**
 * The witness policy of a directory entry: {@code witnessQuorum} of its witnesses must have cosigned the served
 * checkpoint ({@link WitnessPolicy}). When they have not, each witness's own latest checkpoint of the origin
 * ({@link WitnessClient#latest}, the witnesses listed in the directory only) decides: one that the register signed,
 * the witness cosigned, and that is inconsistent with the served checkpoint proves a split view (INVALID); otherwise
 * the checkpoint is only "not witnessed" (INDETERMINATE). A witness that cannot be reached or answers nonsense is
 * no evidence either way.
 *
 * <pre>{@code
 * WitnessGate.Verdict v = new WitnessGate(Duration.ofSeconds(5), 1 << 20).check(agency, note, served, consistency);
 * }</pre>
 */
final class WitnessGate {

    /** Fetches a consistency path between two sizes of the register. */
    @FunctionalInterface
    interface Consistency {
        List<byte[]> path(long from, long to) throws Unreachable;
    }

    sealed interface Verdict permits Satisfied, NotWitnessed, SplitView {
    }

    /** Quorum met; the names of the witnesses that cosigned. */
    record Satisfied(List<String> cosignedBy) implements Verdict {
    }

    /** Quorum not met, no contradiction found. */
    record NotWitnessed(List<String> cosigned, List<String> missing) implements Verdict {
    }

    /** A witness cosigned a checkpoint of the register inconsistent with the served one. */
    record SplitView(String witness, Checkpoint seen, String why) implements Verdict {
    }

    private final Duration deadline;
    private final int maxBytes;

    WitnessGate(Duration deadline, int maxBytes) {
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    Verdict check(RegisterDirectory.Agency agency, String note, Checkpoint served, Consistency consistency)
            throws Unreachable {
        if (agency.witnessQuorum() == 0) {
            return new Satisfied(List.of());
        }
        List<CosignatureVerifier> keys = agency.witnesses().stream().map(w -> CosignatureVerifier.parse(w.key())).toList();
        WitnessPolicy.Result r = WitnessPolicy.of(agency.witnessQuorum(), keys).check(note, served);
        if (r.satisfied()) {
            return new Satisfied(r.cosignedBy());
        }
        NoteVerifier registerKey = NoteVerifier.parse(agency.checkpointKey());
        for (int i = 0; i < keys.size(); i++) {
            RegisterDirectory.Witness w = agency.witnesses().get(i);
            Optional<Checkpoint> seen = seenBy(w, keys.get(i), registerKey, served.origin());
            if (seen.isEmpty()) {
                continue;
            }
            Optional<String> why = inconsistency(seen.get(), served, consistency);
            if (why.isPresent()) {
                return new SplitView(w.name(), seen.get(), why.get());
            }
        }
        return new NotWitnessed(r.cosignedBy(), r.missing());
    }

    /** The witness's latest checkpoint of {@code origin}, when the register signed it and this witness cosigned it. */
    private Optional<Checkpoint> seenBy(RegisterDirectory.Witness w, CosignatureVerifier key, NoteVerifier registerKey,
                                        String origin) {
        try {
            Optional<String> note = WitnessClient.of(w.url(), deadline, maxBytes).latest(origin);
            if (note.isEmpty()) {
                return Optional.empty();
            }
            Checkpoint cp = SignedCheckpoint.parse(note.get()).verify(registerKey);
            if (!cp.origin().equals(origin) || key.verify(note.get(), cp).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(cp);
        } catch (IOException | NoteVerificationException | RuntimeException unusable) {
            return Optional.empty(); // unreachable or not evidence: proves nothing either way
        }
    }

    private static Optional<String> inconsistency(Checkpoint seen, Checkpoint served, Consistency consistency)
            throws Unreachable {
        if (seen.size() == served.size()) {
            return Arrays.equals(seen.rootHash(), served.rootHash()) ? Optional.empty()
                    : Optional.of("same size, different roots");
        }
        Checkpoint older = seen.size() < served.size() ? seen : served;
        Checkpoint newer = older == seen ? served : seen;
        if (older.size() == 0) {
            return Optional.empty();
        }
        List<byte[]> path = consistency.path(older.size(), newer.size());
        try {
            new ConsistencyProof(older.size(), newer.size(), path).verify(older, newer);
            return Optional.empty();
        } catch (MerkleProofException e) {
            return Optional.of("consistency proof " + older.size() + " → " + newer.size() + " fails: " + e.getMessage());
        }
    }

    /** For reports: the names in {@code names}, or "-". */
    static String names(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", new ArrayList<>(names));
    }
}
