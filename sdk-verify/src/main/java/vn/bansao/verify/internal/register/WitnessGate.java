package vn.bansao.verify.internal.register;

import java.time.Duration;
import java.util.List;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.trust.HttpFetcher;
import vn.bansao.verify.RegisterDirectory;

/**
 * The witness policy of a directory entry: k of n cosignatures on the served checkpoint; when not met, each witness's
 * own latest checkpoint of the origin decides between a split view (inconsistent: INVALID) and "not witnessed"
 * (INDETERMINATE).
 *
 * <pre>{@code
 * WitnessGate.Verdict v = gate.check(agency, note, served, consistency);
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

    record Satisfied(List<String> cosignedBy) implements Verdict {
    }

    record NotWitnessed(List<String> cosigned, List<String> missing) implements Verdict {
    }

    record SplitView(String witness, Checkpoint seen, String why) implements Verdict {
    }

    private final HttpFetcher http;
    private final Duration deadline;

    WitnessGate(HttpFetcher http, Duration deadline) {
        this.http = http;
        this.deadline = deadline;
    }

    Verdict check(RegisterDirectory.Agency agency, String note, Checkpoint served, Consistency consistency)
            throws Unreachable {
        if (agency.witnessQuorum() == 0) {
            return new Satisfied(List.of());
        }
        return new NotWitnessed(List.of(), agency.witnesses().stream().map(RegisterDirectory.Witness::name).toList());
    }
}
