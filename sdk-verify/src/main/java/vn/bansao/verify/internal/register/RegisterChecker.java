package vn.bansao.verify.internal.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.lookup.CertificationReference;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.transparency.lookup.LeafBinding;
import vn.bansao.transparency.lookup.RegisterLookup;
import vn.bansao.transparency.lookup.RegisterRecord;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.verify.Finding;
import vn.bansao.verify.RegisterCheck;
import vn.bansao.verify.internal.pdf.PdfSignature;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * Checks a copy against its register entry: the number exists, the entry is not void, the registered
 * hashes match this copy (the whole file or the revision a signature covers for the signed copy; the bytes
 * before the first signature for the unsigned package), and, with a proof, that the entry is included under
 * a checkpoint signed by the register's key, and that the proven leaf is this entry's row (bansao-transparency's
 * strict checkpoint parsing, proof verification and {@link LeafBinding}).
 *
 * <pre>{@code
 * RegisterCheck c = new RegisterChecker(Optional.of(noteKey)).check(lookup, facts, pdfBytes, signatures);
 * }</pre>
 */
public final class RegisterChecker {

    private final Optional<NoteVerifier> noteKey;

    /** @throws IllegalArgumentException (Vietnamese + English) when the configured key is malformed */
    public RegisterChecker(Optional<String> noteKey) {
        this.noteKey = noteKey.map(k -> NoteVerifier.parse(k.trim()));
    }

    public RegisterCheck check(RegisterLookup lookup, Optional<CertificationFacts> facts, byte[] file,
                               List<PdfSignature> sigs) {
        if (facts.isEmpty()) {
            return new RegisterCheck(RegisterCheck.Outcome.UNAVAILABLE, 0, "", List.of(Finding.uncertain("REGISTER_NO_NUMBER",
                    "Bản sao không ghi số chứng thực: không đối chiếu được với sổ", "the copy states no certification number: register not checked")));
        }
        CertificationFacts f = facts.get();
        int year = f.year();
        String number = Long.toString(f.number());
        Optional<RegisterRecord> entry;
        CertificationReference ref;
        try {
            ref = new CertificationReference(f.agencyCode(), f.registerType(), year, f.number(), f.book());
            entry = lookup.find(ref);
        } catch (Exception e) {
            return new RegisterCheck(RegisterCheck.Outcome.UNAVAILABLE, year, number, List.of(Finding.uncertain("REGISTER_UNAVAILABLE",
                    "Không truy cập được sổ chứng thực: " + e.getMessage(), "register unreachable: " + e.getMessage())));
        }
        if (entry.isEmpty()) {
            return new RegisterCheck(RegisterCheck.Outcome.NOT_FOUND, year, number, List.of(Finding.error("REGISTER_NOT_FOUND",
                    "Số chứng thực " + number + "/" + year + " không có trong sổ", "certification number " + number + "/" + year + " is not in the register")));
        }
        return judge(ref, entry.get(), file, sigs, Optional.empty());
    }

    /**
     * Judges an entry whose rows were already proven (a remote register: every row's inclusion verified under an
     * accepted checkpoint, the status folded from them): void, reserved, hashes; {@code evidence} says what was
     * proven and is kept among the findings.
     */
    public RegisterCheck judgeProven(CertificationReference ref, RegisterRecord r, byte[] file, List<PdfSignature> sigs,
                                     List<Finding> evidence) {
        return judge(ref, r, file, sigs, Optional.of(evidence));
    }

    private RegisterCheck judge(CertificationReference ref, RegisterRecord r, byte[] file, List<PdfSignature> sigs,
                                Optional<List<Finding>> proven) {
        int year = ref.year();
        String number = Long.toString(ref.number());
        List<Finding> findings = new ArrayList<>(proven.orElse(List.of()));
        if (r.voided()) {
            findings.add(Finding.error("REGISTER_VOID", "Số chứng thực đã bị hủy trong sổ: " + r.voidReason().orElse(""),
                    "the register entry is void: " + r.voidReason().orElse("")));
            return new RegisterCheck(RegisterCheck.Outcome.VOID, year, number, findings);
        }
        if (r.status() == EntryStatus.RESERVED) {
            findings.add(Finding.error("REGISTER_NOT_CERTIFIED", "Số chứng thực mới được cấp, việc chứng thực chưa hoàn tất trong sổ",
                    "the number was reserved but the certification was never completed in the register"));
            return new RegisterCheck(RegisterCheck.Outcome.NOT_CERTIFIED, year, number, findings);
        }
        if (proven.isPresent() && r.signedCopySha256().isEmpty() && r.unsignedPackageSha256().isEmpty()) {
            // a proven entry that carries no hash confirms a number, not this copy
            findings.add(Finding.error("REGISTER_HASH_MISMATCH", "Dòng trong sổ không ghi mã băm của bản sao",
                    "the register entry carries no hash of the copy"));
            return new RegisterCheck(RegisterCheck.Outcome.MISMATCH, year, number, findings);
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
        if (proven.isEmpty() && r.proof().isPresent() && noteKey.isEmpty()) {
            findings.add(Finding.info("REGISTER_PROOF_NOT_CHECKED", "Không kiểm tra bằng chứng Merkle: chưa cấu hình khóa công khai của sổ",
                    "inclusion proof not checked: no register checkpoint key configured"));
        } else if (proven.isEmpty() && r.proof().isPresent()) {
            Optional<String> problem = proofProblem(r.proof().get(), ref, r);
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

    private Optional<String> proofProblem(InclusionProof p, CertificationReference ref, RegisterRecord r) {
        if (noteKey.isEmpty()) {
            return Optional.empty(); // caller reports that the proof was not checked
        }
        try {
            p.verify(noteKey.get());
        } catch (NoteVerificationException e) {
            return Optional.of("checkpoint signature does not verify (" + e.getMessage() + ")");
        } catch (MerkleProofException e) {
            return Optional.of("audit path does not lead to the checkpoint root (" + e.getMessage() + ")");
        }
        return LeafBinding.mismatch(p, ref, r);
    }

    /**
     * The registered signed-copy hash may be of the file as it is, or of any earlier complete revision (the
     * copy may have been augmented with validation data or a document timestamp since it was registered):
     * every prefix ending at an {@code %%EOF} is hashed, in one pass with cloned digest states.
     */
    private static boolean signedMatches(String expected, byte[] file, List<PdfSignature> sigs) {
        String e = expected.toUpperCase(Locale.ROOT);
        if (Fingerprints.sha256(file).equals(e)) {
            return true;
        }
        java.security.MessageDigest md = Fingerprints.newSha256();
        int done = 0;
        try {
            for (int end : revisionEnds(file, file.length)) {
                md.update(file, done, end - done);
                done = end;
                java.security.MessageDigest copy = (java.security.MessageDigest) md.clone();
                if (java.util.HexFormat.of().withUpperCase().formatHex(copy.digest()).equals(e)) {
                    return true;
                }
            }
        } catch (CloneNotSupportedException ex) {
            throw new IllegalStateException(ex);
        }
        return false;
    }

    /** Positions right after each {@code %%EOF} and its end-of-line variants, ascending, below {@code limit}. */
    private static List<Integer> revisionEnds(byte[] file, long limit) {
        List<Integer> ends = new java.util.ArrayList<>();
        for (int i = 0; i + 5 <= limit && i + 5 <= file.length; i++) {
            if (file[i] == '%' && file[i + 1] == '%' && file[i + 2] == 'E' && file[i + 3] == 'O' && file[i + 4] == 'F') {
                int end = i + 5;
                ends.add(end);
                if (end < file.length && (file[end] == '\n' || file[end] == '\r')) {
                    ends.add(end + 1);
                    if (file[end] == '\r' && end + 1 < file.length && file[end + 1] == '\n') {
                        ends.add(end + 2);
                    }
                }
            }
        }
        return ends;
    }

    private static boolean unsignedMatches(String expected, byte[] file, List<PdfSignature> sigs) {
        String e = expected.toUpperCase(Locale.ROOT);
        long firstGap = sigs.stream().filter(s -> s.byteRange().length == 4).mapToLong(s -> s.byteRange()[1])
                .min().orElse(file.length);
        for (int end : revisionEnds(file, firstGap)) {
            if (Fingerprints.sha256(file, 0, end).equals(e)) {
                return true;
            }
        }
        return false;
    }
}
