package vn.bansao.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.bansao.common.Sha256;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.facts.FactsConsistency;
import vn.bansao.register.CertificationNumber;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterEntry;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;

/**
 * Scans + facts + keys → a signed certified copy and its register entry, in one call.
 *
 * <p>The number comes from the register (two-phase: reserved, then completed with the signed copy's SHA-256);
 * the facts' own {@code number}, {@code book} and {@code date} are replaced by the allocated ones (the date is
 * today in Asia/Ho_Chi_Minh, by the register's clock), and the fee, when the facts state none, is the register's
 * (Circular 226/2016 by default). Facts whose fee is not the schedule's, or whose book names another year or
 * register type than their own, are refused before a number is allocated ({@link FactsConsistency}), as are facts
 * that name another certifier, title or body than the officer's and the seal's certificates
 * ({@link SignerStatement}: the statement always names the real signers). If building or signing fails after the number
 * was allocated, the register records the number as VOID with the reason: never a hole, and no output file is
 * left behind. The command line ({@code certify}, {@code demo}) and the portal's {@code POST /api/certify} share
 * this class.
 *
 * <pre>{@code
 * CertificationWorkflow desk = new CertificationWorkflow(register, signer, officerKey, authorityKey);
 * CertificationWorkflow.Outcome done = desk.certify(List.of(Path.of("p1.jpg")), facts, Path.of("copy.pdf"));
 * done.entry().number().format();   // "1, Quyển số 01/2026-SCT/BS"
 * }</pre>
 */
public final class CertificationWorkflow {

    private final CertificationRegister register;
    private final PadesSigner signer;
    private final Optional<SigningKey> officer;
    private final SigningKey authority;
    /** The TSA asked for a probe time-stamp before a number is allocated, when the level needs one. */
    private final Optional<String> tsaProbe;
    /** Who signs: the statement's certifier and body come from these certificates. */
    private final SignerStatement signers;

    /** A desk; {@code officer} may be null when only copies from the master register are issued (authority only). */
    public CertificationWorkflow(CertificationRegister register, PadesSigner signer, SigningKey officer,
                                 SigningKey authority) {
        this(register, signer, Optional.ofNullable(officer), Objects.requireNonNull(authority, "authority"),
                Optional.empty(), SignerStatement.of(Optional.ofNullable(officer).map(SigningKey::certificate),
                        Optional.of(authority.certificate())));
    }

    private CertificationWorkflow(CertificationRegister register, PadesSigner signer, Optional<SigningKey> officer,
                                  SigningKey authority, Optional<String> tsaProbe, SignerStatement signers) {
        this.register = Objects.requireNonNull(register, "register");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.officer = officer;
        this.authority = authority;
        this.tsaProbe = tsaProbe;
        this.signers = signers;
    }

    /**
     * This desk, asking {@code tsaUrl} for a probe time-stamp before each allocation when the signer's level is
     * time-stamped (B-T and above): an unreachable TSA then costs no number.
     */
    public CertificationWorkflow withTsaCheck(String tsaUrl) {
        return new CertificationWorkflow(register, signer, officer, authority,
                Optional.of(Objects.requireNonNull(tsaUrl, "tsaUrl")), signers);
    }

    /**
     * This desk, reading the certifier's title from {@code attribute} of the officer's certificate instead of
     * {@code T} (see {@link SignerStatement#withTitleAttribute(String)}).
     */
    public CertificationWorkflow withTitleAttribute(String attribute) {
        return new CertificationWorkflow(register, signer, officer, authority, tsaProbe,
                signers.withTitleAttribute(attribute));
    }

    /** The signers' certificates as the statement names them (to complete facts that leave names out). */
    public SignerStatement signers() {
        return signers;
    }

    /**
     * The facts as this desk prints them: the certifier's name and title from the officer's certificate, the body
     * from the seal's, which must also agree with the register's own agency name.
     *
     * @throws CertificationRefusedException {@code STATEMENT_MISMATCH} when the facts or the register name someone
     *                                       else
     */
    public CertificationFacts statementOf(CertificationFacts facts) {
        signers.requireRegisterAgency(register.config().agencyName());
        return signers.apply(facts);
    }

    /**
     * What one certification produced.
     *
     * @param entry        the completed register entry (number, book, year, hashes)
     * @param facts        the facts as printed on the copy (with the allocated number)
     * @param signedPdf    the signed copy
     * @param signedSha256 hex SHA-256 of the signed copy, as recorded in the register
     * @param signing      what the signatures did (levels, warnings)
     */
    public record Outcome(RegisterEntry entry, CertificationFacts facts, byte[] signedPdf, String signedSha256,
                          CertifiedCopySigning.Result signing) {
    }

    /** Certifies the scans (in page order) and writes the signed copy to {@code out} (atomically). */
    public Outcome certify(List<Path> scans, CertificationFacts facts, Path out) {
        return certify(scans, facts, out, number -> { });
    }

    /**
     * As {@link #certify(List, CertificationFacts, Path)}, telling {@code allocated} the number as soon as the
     * register reserved it (a batch journal records it, so an interrupted run can void or recognise it).
     */
    public Outcome certify(List<Path> scans, CertificationFacts facts, Path out, Consumer<CertificationNumber> allocated) {
        // before a number is allocated: a missing folder or an unreadable scan costs no number
        OutputFiles.checkWritable(out);
        Preflight.checkScans(scans);
        List<ScanSource> sources = scans.stream().map(ScanSource::of).toList();
        return certify(sources, facts, allocated, pdf -> OutputFiles.writeAtomically(out, pdf));
    }

    /** Certifies the scans in memory: the signed copy is in the outcome (the portal sends it back). */
    public Outcome certify(List<ScanSource> scans, CertificationFacts facts) {
        return certify(scans, facts, number -> { }, pdf -> { });
    }

    private Outcome certify(List<ScanSource> scans, CertificationFacts stated, Consumer<CertificationNumber> allocated,
                            Consumer<byte[]> deliver) {
        // The certifier and the body are the signers' (or the facts are refused), before anything else.
        CertificationFacts facts = statementOf(stated);
        // Number, book and date come from the register: the facts' own are placeholders, but facts that contradict
        // themselves or the fee schedule are refused before a number is consumed (as is a bad scan, whose headers
        // are read here). The statement is checked with the date the register will assign.
        var fees = register.config().feeSchedule();
        FactsConsistency.check(facts, fees);
        LocalDate today = register.today();
        CertificationFacts provisional = facts.toBuilder().date(today).book(String.format("%02d/%d-%s",
                register.config().book(), today.getYear(), facts.registerType())).build();
        CertifiedCopy checked = CertifiedCopy.builder().sources(scans).facts(provisional).feeSchedule(fees).build();
        checkKeysAndTsa(facts);

        AtomicReference<Outcome> made = new AtomicReference<>();
        RegisterEntry entry = register.certify(EntryDraft.from(facts).toBuilder().scanDigest(checked.scanDigest()).build(), number -> {
            allocated.accept(number);
            RegisterEntry reservedEntry = register.find(number).orElseThrow();
            LocalDate issued = reservedEntry.date();
            CertificationFacts.Builder fromRegister = facts.toBuilder()
                    .number(number.sequence())
                    .book(number.bookLabel())
                    .registerType(number.registerType())
                    .date(issued);
            reservedEntry.details().fee().ifPresent(fromRegister::fee); // the register's fee, from its schedule
            CertificationFacts numbered = fromRegister.build();
            FactsConsistency.requireIssued(numbered, number.sequence(), number.bookLabel(), number.registerType(), issued);
            byte[] unsigned = checked.withFacts(numbered).toBytes();
            CertifiedCopySigning.Signed signed = numbered.kind() == CertificationKind.FROM_MASTER_REGISTER
                    ? CertifiedCopySigning.signRegisterCopy(signer, unsigned, authority)
                    : CertifiedCopySigning.signBoth(signer, unsigned, officer.orElseThrow(() -> new IllegalStateException(
                            "Thiếu khóa của người thực hiện chứng thực / the officer's key is missing")), authority);
            deliver.accept(signed.pdf());
            String sha = sha256Hex(signed.pdf());
            made.set(new Outcome(null, numbered, signed.pdf(), sha, signed.result()));
            return sha;
        });
        Outcome done = made.get();
        return new Outcome(entry, done.facts(), done.signedPdf(), done.signedSha256(), done.signing());
    }

    /**
     * The keys this certification needs sign a probe, and the TSA (when the level time-stamps and a probe URL was
     * given) grants a time-stamp: a removed token or a TSA that is down costs no number.
     *
     * @throws CertificationRefusedException {@code KEY_UNUSABLE} or {@code TSA_UNREACHABLE}
     */
    public void checkKeysAndTsa(CertificationFacts facts) {
        if (facts.kind() == CertificationKind.FROM_ORIGINAL) {
            Preflight.checkKey(officer.orElseThrow(() -> new CertificationRefusedException(
                    CertificationRefusedException.Code.KEY_UNUSABLE, "Thiếu khóa của người thực hiện chứng thực",
                    "the officer's key is missing")), "cán bộ", "officer");
        }
        Preflight.checkKey(authority, "cơ quan", "authority");
        if (signer.level().timestamped()) {
            tsaProbe.ifPresent(url -> Preflight.checkTsa(url, Duration.ofSeconds(15)));
        }
    }

    /**
     * The register line of a checked copy ({@link EntryDraft#from(CertificationFacts)} and its scan digest); without a fee in the facts, the register's schedule applies, and a
     * stated one must be the schedule's. No date: the register assigns today's.
     */
    public static EntryDraft draftOf(CertifiedCopy checked) {
        // the scan digest lets a QR lookup tell this copy from another one with the same number
        return EntryDraft.from(checked.facts()).toBuilder().scanDigest(checked.scanDigest()).build();
    }

    /** Hex SHA-256 of a file, streamed. */
    public static String sha256Hex(Path file) {
        try {
            return Sha256.toHex(Sha256.digest(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hex SHA-256 of bytes. */
    public static String sha256Hex(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
