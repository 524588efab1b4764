package vn.bansao.verify.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bansao.verify.Finding;
import vn.bansao.verify.Indication;
import vn.bansao.verify.Severity;
import vn.bansao.verify.SubIndication;

/**
 * Accumulates the findings of one signature and derives its ETSI indication: the first TOTAL_FAILED
 * reason wins, else the first INDETERMINATE one, else TOTAL_PASSED.
 */
final class SignatureOutcome {
    private final List<Finding> findings = new ArrayList<>();
    private SubIndication failed;
    private SubIndication indeterminate;

    void fail(SubIndication sub, Finding f) {
        if (failed == null) {
            failed = sub;
        }
        findings.add(f);
    }

    void indeterminate(SubIndication sub, Finding f) {
        if (indeterminate == null) {
            indeterminate = sub;
        }
        findings.add(f);
    }

    void info(Finding f) {
        findings.add(f);
    }

    Indication indication() {
        return failed != null ? Indication.TOTAL_FAILED
                : indeterminate != null ? Indication.INDETERMINATE : Indication.TOTAL_PASSED;
    }

    Optional<SubIndication> subIndication() {
        return Optional.ofNullable(failed != null ? failed : indeterminate);
    }

    List<Finding> findings() {
        return findings;
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
