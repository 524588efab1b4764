package vn.bansao.transparency.witness;

import java.util.ArrayList;
import java.util.List;
import vn.bansao.transparency.checkpoint.Checkpoint;

/**
 * "At least k of these n witnesses cosigned this checkpoint": the verifier's defence against a split view (a
 * register showing one history to one agency and another to the next).
 *
 * <pre>{@code
 * WitnessPolicy policy = WitnessPolicy.of(2, List.of(CosignatureVerifier.parse(stpHcm),
 *         CosignatureVerifier.parse(stpHanoi), CosignatureVerifier.parse(stpDaNang)));
 * Checkpoint cp = SignedCheckpoint.parse(note).verify(registerKey);
 * WitnessPolicy.Result r = policy.check(note, cp);
 * if (!r.satisfied()) { ... r.missing() ... }
 * }</pre>
 *
 * <p>Witnesses are counted by public key, not by name or line: listing one key twice, or under two names, counts
 * once (the cosignature/v1 message does not contain the name, so a second name on the same key adds nothing).
 * Only cosignatures on exactly {@code cp}'s body count (see {@link CosignatureVerifier#verify}).
 */
public final class WitnessPolicy {

    private static final WitnessPolicy NONE = new WitnessPolicy(0, List.of());

    private final int quorum;
    private final List<CosignatureVerifier> witnesses;

    private WitnessPolicy(int quorum, List<CosignatureVerifier> witnesses) {
        this.quorum = quorum;
        this.witnesses = witnesses;
    }

    /** No witness required: every checkpoint satisfies it. */
    public static WitnessPolicy none() {
        return NONE;
    }

    /**
     * At least {@code quorum} distinct witness keys among {@code witnesses}.
     *
     * @throws IllegalArgumentException if {@code quorum} is negative or larger than the number of distinct keys
     *                                  (a policy nobody can satisfy is a configuration error, not a verdict)
     */
    public static WitnessPolicy of(int quorum, List<CosignatureVerifier> witnesses) {
        List<CosignatureVerifier> distinct = new ArrayList<>();
        for (CosignatureVerifier w : witnesses) {
            if (distinct.stream().noneMatch(d -> d.sameKey(w))) {
                distinct.add(w);
            }
        }
        if (quorum < 0 || quorum > distinct.size()) {
            throw new IllegalArgumentException("Ngưỡng nhân chứng " + quorum + " không hợp lệ với " + distinct.size()
                    + " khóa nhân chứng khác nhau / witness quorum " + quorum + " is impossible with " + distinct.size()
                    + " distinct witness keys");
        }
        return new WitnessPolicy(quorum, List.copyOf(distinct));
    }

    /** How many distinct witnesses must have cosigned. */
    public int quorum() {
        return quorum;
    }

    /** The distinct witnesses (the first name listed for each key). */
    public List<CosignatureVerifier> witnesses() {
        return witnesses;
    }

    /**
     * Which witnesses cosigned {@code cp} in {@code note} ({@code cp} must be the checkpoint the caller verified with
     * the log's key: this only looks at cosignatures).
     */
    public Result check(String note, Checkpoint cp) {
        List<String> by = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CosignatureVerifier w : witnesses) {
            (w.verify(note, cp).isPresent() ? by : missing).add(w.name());
        }
        return new Result(by.size() >= quorum, quorum, by, missing);
    }

    @Override
    public String toString() {
        return "WitnessPolicy[" + quorum + " of " + witnesses.stream().map(CosignatureVerifier::name).toList() + "]";
    }

    /**
     * The outcome of {@link #check}.
     *
     * @param satisfied  at least {@code quorum} distinct witnesses cosigned
     * @param quorum     the policy's k
     * @param cosignedBy names of the witnesses with a valid cosignature on the checkpoint
     * @param missing    names of the witnesses without one
     */
    public record Result(boolean satisfied, int quorum, List<String> cosignedBy, List<String> missing) {

        public Result {
            cosignedBy = List.copyOf(cosignedBy);
            missing = List.copyOf(missing);
        }
    }
}
