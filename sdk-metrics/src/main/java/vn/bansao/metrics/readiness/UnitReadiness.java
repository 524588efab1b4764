package vn.bansao.metrics.readiness;

import java.util.List;

/**
 * A unit's pre-launch checklist (Bình Dương): equipment, accounts, officers' certificates, role assignment,
 * training.
 *
 * <pre>{@code
 * List<UnitReadiness> r = ReadinessReview.load(Path.of("readiness.yaml"), 30, Instant.now());
 * r.get(0).ready()
 * }</pre>
 *
 * @param unit         unit code
 * @param checks       each check with its outcome
 * @param certificates the review of each officer's certificate
 */
public record UnitReadiness(String unit, List<Check> checks, List<CertificateFinding> certificates) {

    /**
     * One checklist item.
     *
     * @param item   equipment, accounts, certificates, roles, training
     * @param passed outcome
     * @param detail Vietnamese / English detail
     */
    public record Check(String item, boolean passed, String detail) {
    }

    /** Every check passed. */
    public boolean ready() {
        return checks.stream().allMatch(Check::passed);
    }
}
