package vn.bansao.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.fee.FeeSchedule;
import vn.bansao.register.CertificationNumber;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.CopyKind;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterEntry;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;

/**
 * Scans + facts + keys → a signed certified copy and its register entry, in one call.
 *
 * <p>The number comes from the register (two-phase: reserved, then completed with the signed copy's SHA-256);
 * the facts' own {@code number} and {@code book} are replaced by the allocated ones. If building or signing
 * fails after the number was allocated, the register records the number as VOID with the reason: never a hole,
 * and no output file is left behind.
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
    private final SigningKey officer;
    private final SigningKey authority;
    private final FeeSchedule fees;

    /** A desk with the Circular 226/2016 fee schedule. */
    public CertificationWorkflow(CertificationRegister register, PadesSigner signer, SigningKey officer,
                                 SigningKey authority) {
        this(register, signer, officer, authority, FeeSchedule.CIRCULAR_226_2016);
    }

    /** A desk; {@code officer} is not used for copies from the master register (authority only). */
    public CertificationWorkflow(CertificationRegister register, PadesSigner signer, SigningKey officer,
                                 SigningKey authority, FeeSchedule fees) {
        this.register = Objects.requireNonNull(register, "register");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.officer = officer;
        this.authority = Objects.requireNonNull(authority, "authority");
        this.fees = Objects.requireNonNull(fees, "fees");
    }

    /**
     * What one certification produced.
     *
     * @param entry           the completed register entry (number, book, year, hashes)
     * @param facts           the facts as printed on the copy (with the allocated number)
     * @param signedCopy      where the signed copy was written
     * @param signedSha256    hex SHA-256 of the signed copy, as recorded in the register
     * @param signing         what the signatures did (levels, warnings)
     */
    public record Outcome(RegisterEntry entry, CertificationFacts facts, Path signedCopy, String signedSha256,
                          CertifiedCopySigning.Result signing) {
    }

    /**
     * Certifies {@code scans} (in page order) with {@code facts} and writes the signed copy to {@code out}.
     *
     * @throws RuntimeException the failure of building or signing (typed by the module that failed); the number
     *                          allocated for it is then VOID in the register
     */
    public Outcome certify(List<Path> scans, CertificationFacts facts, Path out) {
        return certify(scans, facts, out, number -> { });
    }

    /**
     * As {@link #certify(List, CertificationFacts, Path)}, telling {@code allocated} the number as soon as the
     * register reserved it (a batch journal records it, so an interrupted run can void or recognise it).
     */
    public Outcome certify(List<Path> scans, CertificationFacts facts, Path out,
                           Consumer<CertificationNumber> allocated) {
        // Reading the scans' headers first refuses bad input before a number is consumed.
        CertifiedCopy.builder().scans(scans).facts(facts).build();

        AtomicReference<Outcome> outcome = new AtomicReference<>();
        RegisterEntry entry = register.certify(draftOf(facts), number -> {
            allocated.accept(number);
            CertificationFacts numbered = facts.toBuilder()
                    .number(number.sequence())
                    .book(number.bookLabel())
                    .registerType(number.registerType())
                    .build();
            Path unsigned = Files.createTempFile(tempDirFor(out), ".bansao-unsigned-", ".pdf");
            try {
                CertifiedCopy.builder().scans(scans).facts(numbered).build().writeTo(unsigned);
                CertifiedCopySigning.Result signed = numbered.kind() == CertificationKind.FROM_MASTER_REGISTER
                        ? CertifiedCopySigning.signRegisterCopy(signer, unsigned, out, authority)
                        : CertifiedCopySigning.signBoth(signer, unsigned, out, requireOfficer(), authority);
                String sha = sha256Hex(out);
                outcome.set(new Outcome(null, numbered, out, sha, signed));
                return sha;
            } catch (RuntimeException | IOException | Error e) {
                Files.deleteIfExists(out);
                throw e;
            } finally {
                Files.deleteIfExists(unsigned);
            }
        });
        Outcome done = outcome.get();
        return new Outcome(entry, done.facts(), done.signedCopy(), done.signedSha256(), done.signing());
    }

    /** The register line for {@code facts}; the fee follows the schedule unless the facts state one. */
    EntryDraft draftOf(CertificationFacts facts) {
        long fee = facts.fee().isPresent() ? facts.fee().getAsLong() : fees.feeFor(facts.pages(), facts.copies());
        return EntryDraft.builder()
                .agencyCode(facts.bodyCode())
                .registerType(facts.registerType())
                .date(facts.date())
                .requester(facts.requesterName(), facts.requesterId())
                .document(facts.originalTitle(), facts.originalIssuer(), facts.originalNumber(),
                        facts.originalDate().toString())
                .pages(facts.pages())
                .copies(facts.copies())
                .certifier(facts.certifierName(), facts.certifierTitle())
                .fee(fee)
                .copyKind(facts.kind() == CertificationKind.FROM_MASTER_REGISTER
                        ? CopyKind.FROM_MASTER_REGISTER : CopyKind.FROM_ORIGINAL)
                .build();
    }

    private SigningKey requireOfficer() {
        if (officer == null) {
            throw new IllegalStateException("Thiếu khóa của người thực hiện chứng thực / the officer's key is missing");
        }
        return officer;
    }

    private static Path tempDirFor(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".").toAbsolutePath();
    }

    /** Hex SHA-256 of a file, streamed. */
    public static String sha256Hex(Path file) {
        try (var in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
