package vn.bansao.signing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bansao.signing.internal.SigningFiles;

/**
 * The certified-copy workflow of Decree 45/2020 Art. 10 in one call: the officer's certification
 * signature (DocMDP P=2), then the authority's approval signature, then, for B-LT/B-LTA, the
 * validation data of both and the document time-stamp, each as an incremental update.
 * A copy issued from the master register carries the authority's signature only. Unlike
 * {@link PadesSigner#sign}, the role's field must exist on the certification page ({@code FIELD_NOT_FOUND}
 * otherwise, e.g. an officer signature asked for on a copy from the master register).
 *
 * <pre>{@code
 * CertifiedCopySigning.Result r = CertifiedCopySigning.signBoth(signer, in, out, officerKey, authorityKey);
 * CertifiedCopySigning.signRegisterCopy(signer, in, out, authorityKey);
 * }</pre>
 */
public final class CertifiedCopySigning {

    private CertifiedCopySigning() {
    }

    /**
     * What the workflow did.
     *
     * <pre>{@code
     * Result r = CertifiedCopySigning.signBoth(signer, in, out, officerKey, authorityKey);
     * r.warnings().forEach(log::warn);
     * }</pre>
     *
     * @param officer   the officer's signature (empty for a copy from the master register)
     * @param authority the authority's signature
     * @param level     the level the document was brought to
     */
    public record Result(Optional<SigningResult> officer, SigningResult authority, Level level) {

        /** All warnings of both signatures. */
        public List<String> warnings() {
            List<String> all = new ArrayList<>();
            officer.ifPresent(o -> all.addAll(o.warnings()));
            all.addAll(authority.warnings());
            return all;
        }
    }

    /** Officer then authority, file to file (written atomically). */
    public static Result signBoth(PadesSigner signer, Path in, Path out, SigningKey officer, SigningKey authority) {
        Signed s = signBoth(signer, SigningFiles.read(in), officer, authority);
        SigningFiles.write(out, s.pdf());
        return s.result();
    }

    /**
     * The signed bytes and the facts, for in-memory use.
     *
     * <pre>{@code
     * byte[] pdf = CertifiedCopySigning.signBoth(signer, copyBytes, officerKey, authorityKey).pdf();
     * }</pre>
     */
    public record Signed(byte[] pdf, Result result) {
    }

    /** Officer then authority, in memory. */
    public static Signed signBoth(PadesSigner signer, byte[] pdf, SigningKey officer, SigningKey authority) {
        Level embedded = signer.embeddedLevel();
        SignedPdf first = signer.engine().sign(pdf, officer, Role.OFFICER, embedded, true);
        SignedPdf second = signer.engine().sign(first.bytes(), authority, Role.AUTHORITY, embedded, true);
        byte[] done = signer.level().longTerm() ? signer.augment(second.bytes(), signer.level()) : second.bytes();
        return new Signed(done, new Result(Optional.of(PadesSigner.withLevel(first.result(), signer.level())),
                PadesSigner.withLevel(second.result(), signer.level()), signer.level()));
    }

    /** A copy from the master register: the authority's signature only (it is then the certification signature). */
    public static Result signRegisterCopy(PadesSigner signer, Path in, Path out, SigningKey authority) {
        Signed s = signRegisterCopy(signer, SigningFiles.read(in), authority);
        SigningFiles.write(out, s.pdf());
        return s.result();
    }

    /** A copy from the master register, in memory. */
    public static Signed signRegisterCopy(PadesSigner signer, byte[] pdf, SigningKey authority) {
        SignedPdf s = signer.sign(pdf, authority, Role.AUTHORITY);
        return new Signed(s.bytes(), new Result(Optional.empty(), s.result(), signer.level()));
    }
}
