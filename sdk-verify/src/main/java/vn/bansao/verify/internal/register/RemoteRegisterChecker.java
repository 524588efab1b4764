package vn.bansao.verify.internal.register;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.lookup.CertificationReference;
import vn.bansao.transparency.lookup.ProvenEntry;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.trust.HttpFetcher;
import vn.bansao.trust.NetworkAccess;
import vn.bansao.verify.CheckpointMemory;
import vn.bansao.verify.Finding;
import vn.bansao.verify.Language;
import vn.bansao.verify.RegisterCheck;
import vn.bansao.verify.RegisterCheck.Outcome;
import vn.bansao.verify.RegisterDirectory;
import vn.bansao.verify.Severity;
import vn.bansao.verify.internal.pdf.PdfSignature;
import vn.bansao.verify.internal.report.ReportText;

/**
 * Checks a copy against the ISSUING agency's register over HTTP (issue 15 design, section 4):
 * <ol>
 *   <li>the directory entry of the copy's agency code (absent: INDETERMINATE; no URL is ever taken from the copy);</li>
 *   <li>the served checkpoint, verified with the directory's register key, of the directory's origin;</li>
 *   <li>the witness policy of the directory entry ({@link WitnessGate}: k of n cosignatures, else the witnesses'
 *       own checkpoints decide between a split view, INVALID, and "not witnessed", INDETERMINATE);</li>
 *   <li>consistency with the checkpoint remembered for the origin, in whichever direction: an equal size with another
 *       root or a failed proof is a fork, INVALID, naming both checkpoints;</li>
 *   <li>every row about the number served at the larger proven size, each one's inclusion verified, each one bound to
 *       the number ({@code LeafBinding}), the status folded from these proven rows ({@link ProvenEntry}), never the
 *       server's word; then the hash checks of {@link RegisterChecker};</li>
 *   <li>the memory advances to the accepted checkpoint only when all of that succeeded.</li>
 * </ol>
 * Network: only the directory's hosts, through {@link HttpFetcher} (no redirects, byte cap, total deadline per
 * request); unreachable, slow, oversized or malformed answers are INDETERMINATE ("register not reachable").
 *
 * <pre>{@code
 * RegisterCheck c = new RemoteRegisterChecker(directory, memory, Duration.ofSeconds(5), 1 << 20)
 *         .check(facts, pdfBytes, signatures);
 * }</pre>
 */
public final class RemoteRegisterChecker {

    private final RegisterDirectory directory;
    private final CheckpointMemory memory;
    private final RegisterClient client;
    private final WitnessGate witnesses;
    private final RegisterChecker judge = new RegisterChecker(Optional.empty());

    public RemoteRegisterChecker(RegisterDirectory directory, CheckpointMemory memory, java.time.Duration deadline,
                                 int maxBytes) {
        this.directory = directory;
        this.memory = memory;
        HttpFetcher http = HttpFetcher.of(new NetworkAccess(directory.hosts(), deadline, maxBytes));
        this.client = new RegisterClient(http, deadline);
        this.witnesses = new WitnessGate(deadline, maxBytes);
    }

    public RegisterCheck check(Optional<CertificationFacts> facts, byte[] file, List<PdfSignature> sigs) {
        if (facts.isEmpty()) {
            return new RegisterCheck(Outcome.UNAVAILABLE, 0, "", List.of(Finding.uncertain("REGISTER_NO_NUMBER",
                    "Bản sao không ghi số chứng thực: không đối chiếu được với sổ",
                    "the copy states no certification number: register not checked")));
        }
        CertificationFacts f = facts.get();
        CertificationReference ref = new CertificationReference(f.agencyCode(), f.registerType(), f.year(), f.number(), f.book());
        Result r = new Result(ref);
        Optional<RegisterDirectory.Agency> agency = directory.agency(ref.agencyCode());
        if (agency.isEmpty()) {
            return r.end(Outcome.UNAVAILABLE, finding("REGISTER_NOT_IN_DIRECTORY", Severity.UNCERTAIN,
                    ReportText.FINDING_REGISTER_NOT_IN_DIRECTORY, same(ref.agencyCode())));
        }
        try {
            return remote(agency.get(), ref, r, file, sigs);
        } catch (Unreachable u) {
            return r.end(Outcome.UNAVAILABLE, finding("REGISTER_UNAVAILABLE", Severity.UNCERTAIN,
                    ReportText.FINDING_REGISTER_UNAVAILABLE, new Object[] {u.vi()}, new Object[] {u.en()}));
        } catch (RuntimeException memoryOrBug) {
            // a checkpoint memory that cannot be read or written (disk, database): nothing proven, never VALID
            return r.end(Outcome.UNAVAILABLE, finding("REGISTER_MEMORY_UNAVAILABLE", Severity.UNCERTAIN,
                    ReportText.FINDING_REGISTER_MEMORY_UNAVAILABLE, same(String.valueOf(memoryOrBug.getMessage()))));
        }
    }

    private RegisterCheck remote(RegisterDirectory.Agency agency, CertificationReference ref, Result r, byte[] file,
                                 List<PdfSignature> sigs) throws Unreachable {
        URI base = agency.registerUrl();
        NoteVerifier key = NoteVerifier.parse(agency.checkpointKey());
        // 1. the served checkpoint, signed by the register's key, of the register's origin
        String note = client.checkpoint(base);
        Checkpoint served;
        try {
            served = SignedCheckpoint.parse(note).verify(key);
        } catch (NoteVerificationException | IllegalArgumentException e) {
            return r.end(Outcome.PROOF_INVALID, finding("REGISTER_CHECKPOINT_INVALID", Severity.ERROR,
                    ReportText.FINDING_REGISTER_CHECKPOINT_INVALID, same(e.getMessage())));
        }
        if (!served.origin().equals(agency.origin())) {
            return r.end(Outcome.PROOF_INVALID, finding("REGISTER_CHECKPOINT_INVALID", Severity.ERROR,
                    ReportText.FINDING_REGISTER_CHECKPOINT_INVALID,
                    same("origin " + served.origin() + " is not " + agency.origin())));
        }
        // 2. witnesses
        WitnessGate.Verdict w = witnesses.check(agency, note, served, (from, to) -> client.consistency(base, from, to));
        if (w instanceof WitnessGate.SplitView s) {
            return r.end(Outcome.FORK, finding("REGISTER_SPLIT_VIEW", Severity.ERROR, ReportText.FINDING_REGISTER_SPLIT_VIEW,
                    same(s.witness(), served.origin(), s.seen().size(), root(s.seen()), served.size(), root(served), s.why())));
        }
        if (w instanceof WitnessGate.NotWitnessed n) {
            return r.end(Outcome.NOT_WITNESSED, finding("REGISTER_NOT_WITNESSED", Severity.UNCERTAIN,
                    ReportText.FINDING_REGISTER_NOT_WITNESSED, same(served.origin(), served.size(), n.cosigned().size(),
                            agency.witnessQuorum(), WitnessGate.names(n.missing()))));
        }
        List<String> cosigned = ((WitnessGate.Satisfied) w).cosignedBy();
        // 3. consistency with what this verifier accepted before
        Optional<Checkpoint> remembered = memory.latest(served.origin());
        Checkpoint proven = served;
        if (remembered.isPresent()) {
            Checkpoint old = remembered.get();
            Optional<String> fork = consistencyProblem(base, old, served);
            if (fork.isPresent()) {
                return r.end(Outcome.FORK, finding("REGISTER_FORK", Severity.ERROR, ReportText.FINDING_REGISTER_FORK,
                        same(served.origin(), old.size(), root(old), served.size(), root(served), fork.get())));
            }
            if (old.size() > served.size()) {
                proven = old; // an older view served: the rows are asked at the larger size this verifier has proven
            }
        }
        r.findings.add(finding("REGISTER_CHECKPOINT_ACCEPTED", Severity.INFO, ReportText.FINDING_REGISTER_CHECKPOINT_ACCEPTED,
                same(served.origin(), served.size(), cosigned.isEmpty() ? "-" : String.join(", ", cosigned))));
        // 4. every row about the number, proven under that checkpoint
        Optional<RegisterClient.Entries> entries = client.entries(base, ref, proven.size());
        if (entries.isEmpty()) {
            RegisterCheck notFound = r.end(Outcome.NOT_FOUND, Finding.error("REGISTER_NOT_FOUND",
                    "Số chứng thực " + ref.number() + "/" + ref.year() + " không có trong sổ",
                    "certification number " + ref.number() + "/" + ref.year() + " is not in the register"));
            memory.advance(proven);
            return notFound;
        }
        RegisterClient.Entries e = entries.get();
        if (!e.origin().equals(proven.origin()) || e.treeSize() != proven.size()) {
            return rowsInvalid(r, "the rows are served for " + e.origin() + " at size " + e.treeSize() + ", not "
                    + proven.origin() + " at size " + proven.size());
        }
        List<InclusionProof> rows = new ArrayList<>();
        for (RegisterClient.Row row : e.rows()) {
            if (row.leaf().isEmpty()) {
                return r.end(Outcome.UNAVAILABLE, finding("REGISTER_ROW_WITHHELD", Severity.UNCERTAIN,
                        ReportText.FINDING_REGISTER_ROW_WITHHELD, same(row.leafIndex())));
            }
            InclusionProof p = new InclusionProof(row.leafIndex(), proven.size(), row.leaf().get(), row.path(), Optional.empty());
            try {
                p.verifyUnder(proven);
            } catch (MerkleProofException bad) {
                return rowsInvalid(r, "row " + row.leafIndex() + ": " + bad.getMessage());
            }
            rows.add(p);
        }
        ProvenEntry.Result folded = ProvenEntry.fold(ref, rows);
        if (folded instanceof ProvenEntry.Refused refused) {
            return rowsInvalid(r, refused.reason());
        }
        r.findings.add(finding("REGISTER_ROWS_PROVEN", Severity.INFO, ReportText.FINDING_REGISTER_ROWS_PROVEN,
                same(rows.size(), proven.origin(), proven.size())));
        RegisterCheck judged = judge.judgeProven(ref, ((ProvenEntry.Folded) folded).record(), file, sigs, r.findings);
        memory.advance(proven);
        return judged;
    }

    /** Why {@code served} does not extend (or is not a prefix of) {@code remembered}, or empty when consistent. */
    private Optional<String> consistencyProblem(URI base, Checkpoint remembered, Checkpoint served) throws Unreachable {
        if (remembered.size() == served.size()) {
            return Arrays.equals(remembered.rootHash(), served.rootHash()) ? Optional.empty()
                    : Optional.of("same size, different roots");
        }
        Checkpoint older = remembered.size() < served.size() ? remembered : served;
        Checkpoint newer = older == remembered ? served : remembered;
        if (older.size() == 0) {
            return Optional.empty(); // the empty tree is a prefix of every tree
        }
        List<byte[]> path = client.consistency(base, older.size(), newer.size());
        try {
            new ConsistencyProof(older.size(), newer.size(), path).verify(older, newer);
            return Optional.empty();
        } catch (MerkleProofException e) {
            return Optional.of("consistency proof " + older.size() + " → " + newer.size() + " fails: " + e.getMessage());
        }
    }

    private static RegisterCheck rowsInvalid(Result r, String why) {
        return r.end(Outcome.PROOF_INVALID, finding("REGISTER_PROOF_INVALID", Severity.ERROR,
                ReportText.FINDING_REGISTER_ROWS_INVALID, same(why)));
    }

    private static String root(Checkpoint cp) {
        return Base64.getEncoder().encodeToString(cp.rootHash());
    }

    /** The same arguments for both languages, as text (MessageFormat would group the digits of sizes and numbers). */
    private static Object[] same(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toArray();
    }

    private static Finding finding(String code, Severity severity, ReportText text, Object[] args) {
        return finding(code, severity, text, args, args);
    }

    private static Finding finding(String code, Severity severity, ReportText text, Object[] vi, Object[] en) {
        return new Finding(code, severity, text.in(Language.VI, vi), text.in(Language.EN, en));
    }

    /** The findings gathered so far for one copy. */
    private static final class Result {
        final CertificationReference ref;
        final List<Finding> findings = new ArrayList<>();

        Result(CertificationReference ref) {
            this.ref = ref;
        }

        RegisterCheck end(Outcome outcome, Finding last) {
            findings.add(last);
            return new RegisterCheck(outcome, ref.year(), Long.toString(ref.number()), findings);
        }
    }
}
