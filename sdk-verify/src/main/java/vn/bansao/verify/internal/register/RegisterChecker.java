package vn.bansao.verify.internal.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.bansao.verify.CertificationFacts;
import vn.bansao.verify.Finding;
import vn.bansao.verify.InclusionProof;
import vn.bansao.verify.RegisterCheck;
import vn.bansao.verify.RegisterLookup;
import vn.bansao.verify.RegisterRecord;
import vn.bansao.verify.internal.pdf.PdfSignature;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * Checks a copy against its register entry: the number exists, the entry is not void, the registered
 * hashes match this copy (the whole file or the revision a signature covers for the signed copy; the bytes
 * before the first signature for the unsigned package), and, with a proof, that the entry is included under
 * a checkpoint signed by the register's key.
 *
 * <pre>{@code
 * RegisterCheck c = new RegisterChecker(Optional.of(noteKey)).check(lookup, facts, pdfBytes, signatures);
 * }</pre>
 */
public final class RegisterChecker {

    private final Optional<String> noteKey;

    public RegisterChecker(Optional<String> noteKey) {
        this.noteKey = noteKey;
    }

    public RegisterCheck check(RegisterLookup lookup, Optional<CertificationFacts> facts, byte[] file,
                               List<PdfSignature> sigs) {
        if (facts.isEmpty()) {
            return new RegisterCheck(RegisterCheck.Outcome.UNAVAILABLE, 0, "", List.of(Finding.uncertain("REGISTER_NO_NUMBER",
                    "Bản sao không ghi số chứng thực: không đối chiếu được với sổ", "the copy states no certification number: register not checked")));
        }
        int year = facts.get().year();
        String number = facts.get().number();
        Optional<RegisterRecord> entry;
        try {
            long seq = Long.parseLong(number);
            java.util.Map<String, String> all = facts.get().all();
            entry = lookup.find(new vn.bansao.verify.CertificationReference(all.getOrDefault("bodyCode", ""),
                    all.getOrDefault("registerType", ""), year, seq, facts.get().book().orElse("")));
        } catch (NumberFormatException e) {
            return new RegisterCheck(RegisterCheck.Outcome.UNAVAILABLE, year, number, List.of(Finding.uncertain("REGISTER_NO_NUMBER",
                    "Số chứng thực không hợp lệ: " + number, "invalid certification number: " + number)));
        } catch (Exception e) {
            return new RegisterCheck(RegisterCheck.Outcome.UNAVAILABLE, year, number, List.of(Finding.uncertain("REGISTER_UNAVAILABLE",
                    "Không truy cập được sổ chứng thực: " + e.getMessage(), "register unreachable: " + e.getMessage())));
        }
        if (entry.isEmpty()) {
            return new RegisterCheck(RegisterCheck.Outcome.NOT_FOUND, year, number, List.of(Finding.error("REGISTER_NOT_FOUND",
                    "Số chứng thực " + number + "/" + year + " không có trong sổ", "certification number " + number + "/" + year + " is not in the register")));
        }
        RegisterRecord r = entry.get();
        List<Finding> findings = new ArrayList<>();
        if (r.voided()) {
            findings.add(Finding.error("REGISTER_VOID", "Số chứng thực đã bị hủy trong sổ: " + r.voidReason().orElse(""),
                    "the register entry is void: " + r.voidReason().orElse("")));
            return new RegisterCheck(RegisterCheck.Outcome.VOID, year, number, findings);
        }
        if (r.status() == RegisterRecord.Status.RESERVED) {
            findings.add(Finding.error("REGISTER_NOT_CERTIFIED", "Số chứng thực mới được cấp, việc chứng thực chưa hoàn tất trong sổ",
                    "the number was reserved but the certification was never completed in the register"));
            return new RegisterCheck(RegisterCheck.Outcome.NOT_CERTIFIED, year, number, findings);
        }
        boolean mismatch = false;
        if (r.signedCopySha256().isPresent() && !signedMatches(r.signedCopySha256().get(), file, sigs)) {
            mismatch = true;
            findings.add(Finding.error("REGISTER_HASH_MISMATCH", "Mã băm bản sao đã ký không khớp với sổ",
                    "the signed copy's hash does not match the register"));
        }
        if (r.unsignedPackageSha256().isPresent() && !unsignedMatches(r.unsignedPackageSha256().get(), file, sigs)) {
            mismatch = true;
            findings.add(Finding.error("REGISTER_PACKAGE_MISMATCH", "Mã băm gói chưa ký không khớp với sổ",
                    "the unsigned package's hash does not match the register"));
        }
        if (mismatch) {
            return new RegisterCheck(RegisterCheck.Outcome.MISMATCH, year, number, findings);
        }
        if (r.proof().isPresent() && noteKey.isEmpty()) {
            findings.add(Finding.info("REGISTER_PROOF_NOT_CHECKED", "Không kiểm tra bằng chứng Merkle: chưa cấu hình khóa công khai của sổ",
                    "inclusion proof not checked: no register checkpoint key configured"));
        } else if (r.proof().isPresent()) {
            Optional<String> problem = proofProblem(r.proof().get(), r.signedCopySha256());
            if (problem.isPresent()) {
                findings.add(Finding.error("REGISTER_PROOF_INVALID", "Bằng chứng đưa vào sổ không hợp lệ: " + problem.get(),
                        "inclusion proof invalid: " + problem.get()));
                return new RegisterCheck(RegisterCheck.Outcome.PROOF_INVALID, year, number, findings);
            }
            findings.add(Finding.info("REGISTER_PROOF_OK", "Mục sổ nằm trong cây Merkle dưới điểm kiểm tra đã ký",
                    "the entry is included under the signed checkpoint"));
        }
        findings.add(Finding.info("REGISTER_CONFIRMED", "Sổ chứng thực xác nhận số " + number + "/" + year,
                "the register confirms number " + number + "/" + year));
        return new RegisterCheck(RegisterCheck.Outcome.CONFIRMED, year, number, findings);
    }

    private Optional<String> proofProblem(InclusionProof p, Optional<String> signedSha) {
        if (noteKey.isEmpty()) {
            return Optional.empty(); // caller reports that the proof was not checked
        }
        Optional<Checkpoints.Checkpoint> cp = Checkpoints.verify(p.checkpoint(), noteKey.get());
        if (cp.isEmpty()) {
            return Optional.of("checkpoint signature does not verify");
        }
        if (cp.get().size() != p.treeSize()) {
            return Optional.of("proof tree size " + p.treeSize() + " differs from checkpoint size " + cp.get().size());
        }
        String leaf = new String(p.leaf(), java.nio.charset.StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (signedSha.isPresent() && !leaf.contains(signedSha.get().toUpperCase(Locale.ROOT))) {
            return Optional.of("the proven leaf does not carry the registered signed-copy hash");
        }
        if (!MerkleProofs.verifyInclusion(MerkleProofs.leafHash(p.leaf()), p.leafIndex(), p.treeSize(), p.auditPath(),
                cp.get().rootHash())) {
            return Optional.of("audit path does not lead to the checkpoint root");
        }
        return Optional.empty();
    }

    private static boolean signedMatches(String expected, byte[] file, List<PdfSignature> sigs) {
        String e = expected.toUpperCase(Locale.ROOT);
        if (Fingerprints.sha256(file).equals(e)) {
            return true;
        }
        for (PdfSignature s : sigs) {
            long end = s.signedEnd();
            if (end > 0 && end <= file.length && Fingerprints.sha256(file, 0, (int) end).equals(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unsignedMatches(String expected, byte[] file, List<PdfSignature> sigs) {
        String e = expected.toUpperCase(Locale.ROOT);
        long firstGap = sigs.stream().filter(s -> s.byteRange().length == 4).mapToLong(s -> s.byteRange()[1])
                .min().orElse(file.length);
        byte[] eof = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i + eof.length <= firstGap && i + eof.length <= file.length; i++) {
            if (file[i] == '%' && java.util.Arrays.equals(file, i, i + eof.length, eof, 0, eof.length)) {
                int end = i + eof.length;
                for (int extra = 0; extra <= 2 && end + extra <= file.length; extra++) {
                    if (extra > 0 && file[end + extra - 1] != '\n' && file[end + extra - 1] != '\r') {
                        break;
                    }
                    if (Fingerprints.sha256(file, 0, end + extra).equals(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
