package vn.bansao.verify.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bansao.verify.DocumentReport;
import vn.bansao.verify.Finding;
import vn.bansao.verify.Indication;
import vn.bansao.verify.RegisterCheck;
import vn.bansao.verify.Severity;
import vn.bansao.verify.SignatureReport;
import vn.bansao.verify.Verdict;
import vn.bansao.verify.VerificationReport;

/**
 * The overall verdict rule: INVALID when anything is proven wrong (a document-level error, a TOTAL_FAILED
 * signature, a register mismatch or void entry), else INDETERMINATE when anything could not be confirmed,
 * else VALID.
 */
final class ReportAssembly {

    private ReportAssembly() {
    }

    static VerificationReport assemble(String source, String sha, long size, Instant now, long t0,
                                       List<SignatureReport> sigs, DocumentReport doc, List<Finding> docFindings,
                                       Optional<RegisterCheck> register, Optional<String> etsi) {
        List<Finding> reasons = new ArrayList<>();
        docFindings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(reasons::add);
        for (SignatureReport s : sigs) {
            s.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(reasons::add);
        }
        register.ifPresent(r -> r.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(reasons::add));
        // root cause first: what was changed in the document comes before what is wrong with a signature, so a
        // broken later signature never hides "content changed after signing" (stable: order kept otherwise)
        reasons.sort(java.util.Comparator.comparingInt(ReportAssembly::rank));
        boolean invalid = !reasons.isEmpty() || sigs.stream().anyMatch(s -> s.indication() == Indication.TOTAL_FAILED);
        docFindings.stream().filter(f -> f.severity() == Severity.UNCERTAIN).forEach(reasons::add);
        for (SignatureReport s : sigs) {
            s.findings().stream().filter(f -> f.severity() == Severity.UNCERTAIN).forEach(reasons::add);
        }
        register.ifPresent(r -> r.findings().stream().filter(f -> f.severity() == Severity.UNCERTAIN).forEach(reasons::add));
        boolean uncertain = reasons.stream().anyMatch(f -> f.severity() == Severity.UNCERTAIN)
                || sigs.stream().anyMatch(s -> s.indication() == Indication.INDETERMINATE);
        Verdict verdict = invalid ? Verdict.INVALID : uncertain ? Verdict.INDETERMINATE : Verdict.VALID;
        docFindings.stream().filter(f -> f.severity() == Severity.INFO).forEach(reasons::add);
        return new VerificationReport(source, sha, size, verdict, reasons, sigs, doc, register, now,
                Duration.ofNanos(System.nanoTime() - t0), etsi);
    }

    /** 0 for findings that say the document shown is not the one signed, 1 for everything else. */
    static int rank(Finding f) {
        String c = f.code();
        return c.startsWith("STRUCTURE") || c.equals("FILE_TRUNCATED") || c.equals("CHANGE_OTHER") || c.equals("DOCMDP_VIOLATION")
                || c.equals("FACTS_CHANGED_AFTER_SIGNING") || c.equals("PAGE_HASH_MISMATCH") ? 0 : 1;
    }

    static VerificationReport failure(String source, String sha, long size, Instant now, long t0, Finding reason) {
        return assemble(source, sha, size, now, t0, List.of(), DocumentReport.unreadable(), List.of(reason),
                Optional.empty(), Optional.empty());
    }
}
