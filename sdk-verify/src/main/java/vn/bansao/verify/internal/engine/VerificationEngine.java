package vn.bansao.verify.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.verify.ChangeCategory;
import vn.bansao.verify.DocumentReport;
import vn.bansao.verify.Finding;
import vn.bansao.verify.Indication;
import vn.bansao.verify.PageHashCheck;
import vn.bansao.verify.RegisterCheck;
import vn.bansao.verify.SignatureReport;
import vn.bansao.verify.SignatureRole;
import vn.bansao.verify.VerificationReport;
import vn.bansao.verify.internal.cms.ContentDigests;
import vn.bansao.verify.internal.document.PackageInspector;
import vn.bansao.verify.internal.document.XmpClaims;
import vn.bansao.verify.internal.pdf.ByteRangeCheck;
import vn.bansao.verify.internal.pdf.ChangeSet;
import vn.bansao.verify.internal.pdf.PdfSignature;
import vn.bansao.verify.internal.pdf.Revision;
import vn.bansao.verify.internal.pdf.diff.DiffPolicy;
import vn.bansao.verify.internal.pdf.SignatureScanner;
import vn.bansao.verify.internal.pdf.StructureCheck;
import vn.bansao.verify.internal.pdf.ValidationData;
import vn.bansao.verify.internal.register.RegisterChecker;
import vn.bansao.verify.internal.report.EtsiReports;
import vn.bansao.trust.RolePolicy;
import vn.bansao.trust.TrustEngine;
import vn.bansao.trust.TrustProblem;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * Where a verdict is decided. One pass over a file:
 * <ol>
 * <li>parse the final revision and find the signatures through their fields;</li>
 * <li>check each ByteRange strictly and parse the revision each signature covers;</li>
 * <li>classify every incremental update object by object ({@link DiffPolicy}) - no rendering;</li>
 * <li>verify each CMS with BouncyCastle, build chains to the configured anchors, read embedded revocation
 *     data, check algorithms ({@link SignatureEvaluator});</li>
 * <li>apply DocMDP and the certified-copy rules (both signatures, authority after officer), compare the
 *     scanned pages with the manifest, and optionally the register.</li>
 * </ol>
 * Thread-safe: all state is per call, apart from the shared chain cache.
 *
 * <pre>{@code
 * VerificationReport r = new VerificationEngine(config).verify(pdfBytes, "copy.pdf");
 * }</pre>
 */
public final class VerificationEngine {

    private final EngineConfig config;
    private final SignatureEvaluator evaluator;
    private final RegisterChecker registerChecker;
    private final DiffPolicy diffPolicy;

    public VerificationEngine(EngineConfig config) {
        this.config = config;
        this.diffPolicy = DiffPolicy.defaults().withLaterSignatures(config.laterSignatures());
        this.evaluator = new SignatureEvaluator(trustEngine(config), config.requireRevocation());
        this.registerChecker = new RegisterChecker(config.registerNoteKey());
    }

    public EngineConfig config() {
        return config;
    }

    /** Verifies the bytes; never throws for bad input. */
    public VerificationReport verify(byte[] file, String source) {
        long t0 = System.nanoTime();
        Instant now = config.clock().instant();
        try {
            return run(file, source, now, t0);
        } catch (Exception | StackOverflowError e) {
            return ReportAssembly.failure(source, Fingerprints.sha256(file), file.length, now, t0,
                    Messages.internal(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private VerificationReport run(byte[] file, String source, Instant now, long t0) throws Exception {
        String sha;
        Optional<String> bomb = vn.bansao.verify.internal.pdf.BoundedStreams.checkStructuralStreams(file, Revision.DECODE_LIMIT);
        if (bomb.isPresent()) {
            return ReportAssembly.failure(source, Fingerprints.sha256(file), file.length, now, t0, Messages.notPdf(bomb.get()));
        }
        Revision last;
        try {
            last = Revision.load(file, file.length);
        } catch (Exception e) {
            return ReportAssembly.failure(source, Fingerprints.sha256(file), file.length, now, t0, Messages.notPdf(String.valueOf(e.getMessage())));
        }
        Map<Long, Revision> revisions = new HashMap<>();
        try {
            List<PdfSignature> sigs = SignatureScanner.scan(last);
            List<Finding> docFindings = new ArrayList<>();
            boolean bansao = sigs.stream().anyMatch(s -> s.fieldNames().stream().anyMatch(n -> n.startsWith("bansao_")))
                    || safe(() -> config.inspector().isBansaoPackage(last), false);
            if (!endsProperly(file)) {
                docFindings.add(Messages.truncated());
            }
            if (sigs.isEmpty()) {
                docFindings.add(Messages.noSignature());
                // a broken cross-reference table may hide signatures a viewer shows: say so
                List<String> broken = StructureCheck.wholeFile(file, safe(last::xref, Map.of()));
                if (!broken.isEmpty()) {
                    docFindings.add(Messages.structureBroken(String.join("; ", broken)));
                }
                DocumentReport doc = document(last, last, 1, bansao, docFindings);
                return ReportAssembly.assemble(source, Fingerprints.sha256(file), file.length, now, t0, List.of(), doc, docFindings,
                        Optional.empty(), Optional.empty());
            }
            // 1. ByteRanges
            Map<PdfSignature, Optional<String>> rangeProblems = new HashMap<>();
            TreeSet<Long> boundaries = new TreeSet<>();
            boundaries.add((long) file.length);
            revisions.put((long) file.length, last);
            for (PdfSignature s : sigs) {
                Long offset = s.key().map(k -> last.xref().get(k)).orElse(null);
                Optional<String> problem = ByteRangeCheck.check(file, s, offset);
                rangeProblems.put(s, problem);
                if (problem.isEmpty()) {
                    boundaries.add(s.signedEnd());
                }
            }
            // 2. the revisions the signatures cover
            for (long b : boundaries) {
                if (!revisions.containsKey(b)) {
                    try {
                        revisions.put(b, Revision.load(file, (int) b));
                    } catch (Exception e) {
                        // stays absent: the signature covering it fails below
                    }
                }
            }
            // 2b. structural soundness of everything after the first signature (issue 11 item 4): read
            // independently of PDFBox, any ambiguity is INVALID, never resolved
            structure(file, sigs, rangeProblems, revisions, docFindings);
            // 3. what each update changed
            List<Long> ordered = new ArrayList<>(boundaries);
            Map<Long, ChangeSet> updateAfter = new HashMap<>();
            for (int i = 0; i + 1 < ordered.size(); i++) {
                Revision older = revisions.get(ordered.get(i));
                Revision newer = revisions.get(ordered.get(i + 1));
                ChangeSet cs;
                if (older == null || newer == null) {
                    cs = new ChangeSet();
                    cs.add(ChangeCategory.OTHER, "revision ending at byte " + ordered.get(older == null ? i : i + 1)
                            + " cannot be parsed");
                } else {
                    List<Revision> signed = new ArrayList<>();
                    for (int j = 0; j <= i; j++) {
                        if (revisions.get(ordered.get(j)) != null) {
                            signed.add(revisions.get(ordered.get(j)));
                        }
                    }
                    cs = diffPolicy.classify(signed, older, newer);
                }
                updateAfter.put(ordered.get(i), cs);
            }
            ValidationData dss = ValidationData.of(last);
            // the prefix every well-formed signature signs is hashed once (see ContentDigests)
            long shared = sigs.stream().filter(s -> rangeProblems.get(s).isEmpty()).mapToLong(s -> s.byteRange()[1])
                    .min().orElse(0);
            ContentDigests digests = new ContentDigests(file, shared);
            sha = digests.fileSha256();
            // 4. each signature
            List<SignatureEvaluator.Input> inputs = new ArrayList<>();
            for (PdfSignature s : sigs) {
                ChangeSet after = new ChangeSet();
                if (rangeProblems.get(s).isEmpty()) {
                    for (Map.Entry<Long, ChangeSet> e : updateAfter.entrySet()) {
                        if (e.getKey() >= s.signedEnd()) {
                            after.addAll(e.getValue());
                        }
                    }
                }
                boolean inRevision = rangeProblems.get(s).isEmpty() && containedIn(revisions.get(s.signedEnd()), s);
                inputs.add(new SignatureEvaluator.Input(s, rangeProblems.get(s), inRevision, after));
            }
            List<SignatureEvaluator.Evaluated> evaluated = evaluator.evaluate(file, inputs, dss, revisions, now, digests);
            List<SignatureReport> reports = evaluated.stream().map(SignatureEvaluator.Evaluated::report).toList();
            // 5. document: facts from the first signed revision (later edits cannot change them), rules
            Revision factsRevision = reports.stream().map(r -> revisions.get(r.signedRevisionEnd()))
                    .filter(r -> r != null).min(java.util.Comparator.comparingLong(Revision::length)).orElse(last);
            DocumentReport doc = document(last, factsRevision, boundaries.size(), bansao, docFindings);
            documentRules(sigs, reports, docFindings, bansao,
                    doc.facts().map(f -> f.kind() == CertificationKind.FROM_MASTER_REGISTER).orElse(false));
            if (bansao) {
                roleRules(evaluated, doc.facts(), docFindings);
            }
            Optional<RegisterCheck> register = Optional.empty();
            if (config.register().isPresent()) {
                register = Optional.of(registerChecker.check(config.register().get(), doc.facts(), file, sigs));
            } else if (config.remoteRegister().isPresent()) {
                register = Optional.of(config.remoteRegister().get().check(doc.facts(), file, sigs));
            }
            Optional<String> etsi = config.etsiXml() ? EtsiReports.make(file, config.anchors()) : Optional.empty();
            return ReportAssembly.assemble(source, sha, file.length, now, t0, reports, doc, docFindings, register, etsi);
        } finally {
            for (Revision r : revisions.values()) {
                closeQuietly(r);
            }
            closeQuietly(last);
        }
    }

    /** Runs {@link StructureCheck} from the first sound signature on; adds its findings. */
    private static void structure(byte[] file, List<PdfSignature> sigs, Map<PdfSignature, Optional<String>> rangeProblems,
                                  Map<Long, Revision> revisions, List<Finding> findings) {
        TreeSet<Long> signed = new TreeSet<>();
        sigs.stream().filter(s -> rangeProblems.get(s).isEmpty()).forEach(s -> signed.add(s.signedEnd()));
        if (signed.isEmpty()) {
            return; // no sound ByteRange: the signatures fail on their own
        }
        Map<Long, Map<org.apache.pdfbox.cos.COSObjectKey, Long>> tables = new HashMap<>();
        revisions.forEach((end, r) -> tables.put(end, safe(r::xref, Map.of())));
        StructureCheck.Result r = StructureCheck.check(file, signed.first(), signed, tables);
        if (!r.ambiguities().isEmpty()) {
            findings.add(Messages.structureAmbiguous(String.join("; ", r.ambiguities())));
        }
        if (!r.repairedSignedRevisions().isEmpty()) {
            findings.add(Messages.signedStructureRepaired(String.join("; ", r.repairedSignedRevisions())));
        }
    }

    /**
     * A complete PDF ends with {@code %%EOF} (ISO 32000 7.5.5); only white space or NUL padding may follow.
     * Anything else means the last update was cut off or data was appended outside any revision.
     */
    static boolean endsProperly(byte[] file) {
        int i = file.length;
        int limit = Math.max(0, file.length - 1024);
        while (i > limit && (file[i - 1] == '\n' || file[i - 1] == '\r' || file[i - 1] == ' ' || file[i - 1] == '\t'
                || file[i - 1] == 0)) {
            i--;
        }
        return i >= 5 && file[i - 5] == '%' && file[i - 4] == '%' && file[i - 3] == 'E' && file[i - 2] == 'O'
                && file[i - 1] == 'F';
    }

    private static boolean containedIn(Revision rev, PdfSignature s) {
        if (rev == null) {
            return false;
        }
        try {
            for (PdfSignature t : SignatureScanner.scan(rev)) {
                if (t.key().equals(s.key()) && Arrays.equals(t.byteRange(), s.byteRange())
                        && Arrays.equals(t.contents(), s.contents())) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    private void documentRules(List<PdfSignature> sigs, List<SignatureReport> reports, List<Finding> findings,
                               boolean bansao, boolean fromMasterRegister) {
        SignatureReport first = null;
        for (SignatureReport r : reports) {
            if (first == null || r.signedRevisionEnd() < first.signedRevisionEnd()) {
                first = r;
            }
        }
        for (int i = 0; i < sigs.size(); i++) {
            PdfSignature s = sigs.get(i);
            SignatureReport r = reports.get(i);
            if (s.certification() && first != null && r != first && r.signedRevisionEnd() > first.signedRevisionEnd()) {
                findings.add(Messages.certificationNotFirst(r.fieldName()));
            }
        }
        if (!bansao) {
            return;
        }
        Optional<SignatureReport> officer = reports.stream().filter(r -> r.role() == SignatureRole.OFFICER).findFirst();
        Optional<SignatureReport> authority = reports.stream().filter(r -> r.role() == SignatureRole.AUTHORITY).findFirst();
        if (fromMasterRegister) {
            // a copy issued from the master register carries the issuing body's signature only
            if (authority.isEmpty()) {
                findings.add(Messages.missingSignature("authority"));
            }
            return;
        }
        if (officer.isEmpty()) {
            findings.add(Messages.missingSignature("officer"));
        }
        if (authority.isEmpty()) {
            findings.add(Messages.missingSignature("authority"));
        }
        if (officer.isPresent() && authority.isPresent()
                && authority.get().signedRevisionEnd() <= officer.get().signedRevisionEnd()) {
            findings.add(Messages.wrongOrder());
        }
        if (officer.isPresent() && officer.get().docMdpPermissions().isEmpty()) {
            findings.add(Messages.officerNotCertifying());
        }
    }

    /** The one trust engine (shared with the signer's pre-check) configured from the verifier's options. */
    static TrustEngine trustEngine(EngineConfig c) {
        TrustEngine.Builder b = TrustEngine.builder().anchors(c.anchors().anchors()).intermediates(c.anchors().intermediates())
                .network(c.network().access())
                .revocationGrace(c.revocationGrace()).leafPolicy(c.leafPolicy());
        c.timestampAnchors().ifPresent(t -> b.timestampAnchors(t.anchors()));
        return b.build();
    }

    /**
     * Who signed as what, and when, against the signed facts ({@link RolePolicy}): the officer with a personal
     * certificate naming the certifier, the authority with the certifying body's seal, two different certificates;
     * and the statement's date against the proven (time-stamped) signing day in Vietnam.
     */
    private void roleRules(List<SignatureEvaluator.Evaluated> evaluated, Optional<CertificationFacts> facts,
                           List<Finding> findings) {
        RolePolicy policy = config.rolePolicy();
        Optional<String> certifier = facts.map(CertificationFacts::certifierName);
        Optional<String> title = facts.map(CertificationFacts::certifierTitle);
        Optional<String> body = facts.map(CertificationFacts::bodyName);
        Optional<java.time.LocalDate> date = facts.map(CertificationFacts::date);
        java.security.cert.X509Certificate officerCert = null;
        java.security.cert.X509Certificate authorityCert = null;
        for (SignatureEvaluator.Evaluated e : evaluated) {
            SignatureReport r = e.report();
            if (e.signer().isEmpty() || (r.role() != SignatureRole.OFFICER && r.role() != SignatureRole.AUTHORITY)) {
                continue;
            }
            boolean officer = r.role() == SignatureRole.OFFICER;
            if (officer && officerCert == null) {
                officerCert = e.signer().get();
            } else if (!officer && authorityCert == null) {
                authorityCert = e.signer().get();
            }
            List<TrustProblem> problems = officer
                    ? policy.check(RolePolicy.Role.OFFICER, e.signer().get(), certifier, title)
                    : policy.check(RolePolicy.Role.AUTHORITY, e.signer().get(), body, Optional.empty());
            problems.forEach(p -> findings.add(Messages.trustProblem(r.fieldName(), p)));
            if (date.isPresent() && r.timestampTime().isPresent()) {
                java.time.LocalDate proven = r.timestampTime().get().atZone(VIETNAM).toLocalDate();
                if (proven.isAfter(date.get())) {
                    findings.add(Messages.statementDateBefore(r.fieldName(), date.get().toString(), proven.toString()));
                } else if (proven.isBefore(date.get())) {
                    findings.add(Messages.statementDateAfter(r.fieldName(), date.get().toString(), proven.toString()));
                }
            }
        }
        if (officerCert != null && authorityCert != null) {
            String field = evaluated.stream().map(SignatureEvaluator.Evaluated::report)
                    .filter(r -> r.role() == SignatureRole.AUTHORITY).findFirst().map(SignatureReport::fieldName).orElse("");
            policy.checkPair(officerCert, authorityCert).forEach(p -> findings.add(Messages.trustProblem(field, p)));
        }
    }

    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * What the document says, as signed: facts and PDF/A claim from the first signed revision (a later update can
     * append any XMP), page hashes against the signed manifest in the signed and the final revision, and a
     * finding when the final revision states other facts than the signed one.
     */
    private DocumentReport document(Revision last, Revision signedRevision, int revisions, boolean bansao,
                                    List<Finding> findings) {
        int pages = safe(() -> last.document().getNumberOfPages(), 0);
        Optional<String> pdfa = safe(() -> XmpClaims.xmp(signedRevision).flatMap(XmpClaims::pdfaClaim), Optional.empty());
        PackageInspector.PackageView view = PackageInspector.PackageView.none();
        if (bansao) {
            try {
                view = config.inspector().inspect(signedRevision, last);
            } catch (RuntimeException e) {
                findings.add(Messages.packageUnreadable(String.valueOf(e.getMessage())));
            }
            view.changedAfterSigning().ifPresent(f -> findings.add(Messages.factsChangedAfterSigning(f)));
        }
        for (PageHashCheck h : view.pageHashes()) {
            if (!h.matches()) {
                findings.add(Messages.pageHash(h.page()));
            }
        }
        return new DocumentReport(pages, revisions, bansao, view.facts(), view.pageHashes(), pdfa);
    }

    interface Risky<T> {
        T get() throws Exception;
    }

    static <T> T safe(Risky<T> f, T fallback) {
        try {
            return f.get();
        } catch (Exception | StackOverflowError e) {
            return fallback;
        }
    }

    private static void closeQuietly(Revision r) {
        try {
            r.close();
        } catch (Exception ignored) {
            // nothing to do
        }
    }

    /** Used by the timeout path of the public verifier. */
    public VerificationReport timedOut(String source, byte[] file, Duration limit) {
        return ReportAssembly.failure(source, Fingerprints.sha256(file), file.length, config.clock().instant(),
                System.nanoTime() - limit.toNanos(), Messages.timeout(limit.toSeconds()));
    }

    /** Used by the size-limit path of the public verifier. */
    public VerificationReport tooLarge(String source, long size) {
        return ReportAssembly.failure(source, "", size, config.clock().instant(), System.nanoTime(),
                Messages.tooLarge(config.maxBytes()));
    }

    /** Used when the input cannot even be read (an input error, INDETERMINATE: nothing is known of the copy). */
    public VerificationReport unreadable(String source, String why) {
        return unreadable(source, why, why);
    }

    /** Same, with the reason in both languages. */
    public VerificationReport unreadable(String source, String vi, String en) {
        return ReportAssembly.failure(source, "", 0, config.clock().instant(), System.nanoTime(), Messages.inputUnreadable(vi, en));
    }
}
