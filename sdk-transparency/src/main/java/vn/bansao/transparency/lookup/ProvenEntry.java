package vn.bansao.transparency.lookup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The status of a certification number folded from the rows a verifier has <em>proven</em> (each one's
 * inclusion checked under a verified checkpoint), never from what a register service says about them: a pure
 * function, the verifier's counterpart of the register's own folding.
 *
 * <ul>
 *   <li>{@code CERTIFICATION} allocates and certifies (with the signed copy's hash); {@code RESERVATION} allocates;</li>
 *   <li>{@code COMPLETION} certifies a reservation and carries the signed copy's hash;</li>
 *   <li>{@code CORRECTION} keeps the status and may carry a new signed-copy (or unsigned-package) hash;</li>
 *   <li>{@code VOID} voids, for good; {@code YEAR_CLOSING} rows are not about a number and are refused here.</li>
 * </ul>
 * Every row must be about the number ({@link LeafBinding#aboutNumber}), in strictly increasing log order, the first
 * one allocating it and no later one allocating it again; otherwise the answer is refused, with the reason.
 *
 * <pre>{@code
 * ProvenEntry.Result r = ProvenEntry.fold(reference, provenRows);
 * if (r instanceof ProvenEntry.Folded f) { use(f.record()); }
 * else { reject(((ProvenEntry.Refused) r).reason()); }
 * }</pre>
 */
public final class ProvenEntry {

    private ProvenEntry() {
    }

    /** The result of folding. */
    public sealed interface Result permits Folded, Refused {
    }

    /** The entry the rows prove; its {@code proof} is the newest row's. */
    public record Folded(RegisterRecord record) implements Result {
    }

    /** Why the rows prove no entry (English). */
    public record Refused(String reason) implements Result {
    }

    /** Folds {@code rows} (proven inclusion proofs about {@code reference}'s number, in log order). */
    public static Result fold(CertificationReference reference,
                              List<vn.bansao.transparency.checkpoint.InclusionProof> rows) {
        if (rows.isEmpty()) {
            return new Refused("no row about number " + reference.number() + "/" + reference.year());
        }
        EntryStatus status = null;
        String signed = "";
        String unsigned = "";
        String voidReason = "";
        long previous = -1;
        for (vn.bansao.transparency.checkpoint.InclusionProof row : rows) {
            Optional<String> other = LeafBinding.aboutNumber(row, reference);
            if (other.isPresent()) {
                return new Refused(other.get());
            }
            if (row.leafIndex() <= previous) {
                return new Refused("rows out of log order at leaf " + row.leafIndex());
            }
            previous = row.leafIndex();
            String leaf = new String(row.leafBytes(), StandardCharsets.UTF_8);
            String kind = LeafBinding.field(leaf, "kind").orElse("");
            String rowSigned = LeafBinding.field(leaf, "signedCopySha256").orElse("");
            String rowUnsigned = LeafBinding.field(leaf, "unsignedPackageSha256").orElse("");
            if (status == null) {
                switch (kind) {
                    case "CERTIFICATION" -> status = EntryStatus.CERTIFIED;
                    case "RESERVATION" -> status = EntryStatus.RESERVED;
                    default -> {
                        return new Refused("the first row about the number (leaf " + row.leafIndex() + ") is a "
                                + (kind.isEmpty() ? "row of unknown kind" : kind) + ", not an allocation");
                    }
                }
                signed = rowSigned;
                unsigned = rowUnsigned;
                continue;
            }
            switch (kind) {
                case "COMPLETION" -> {
                    if (status == EntryStatus.RESERVED) {
                        status = EntryStatus.CERTIFIED;
                    }
                    signed = rowSigned;
                }
                case "CORRECTION" -> {
                    if (!rowSigned.isEmpty()) {
                        signed = rowSigned;
                    }
                    if (!rowUnsigned.isEmpty()) {
                        unsigned = rowUnsigned;
                    }
                }
                case "VOID" -> {
                    status = EntryStatus.VOID;
                    voidReason = LeafBinding.field(leaf, "notes").orElse("");
                }
                case "CERTIFICATION", "RESERVATION" -> {
                    return new Refused("the number is allocated twice (leaf " + row.leafIndex() + ")");
                }
                default -> {
                    return new Refused("leaf " + row.leafIndex() + " is a "
                            + (kind.isEmpty() ? "row of unknown kind" : kind) + ", not a row about a number");
                }
            }
        }
        return new Folded(new RegisterRecord(reference.year(), Long.toString(reference.number()), status,
                status == EntryStatus.VOID ? Optional.of(voidReason) : Optional.empty(),
                unsigned.isEmpty() ? Optional.empty() : Optional.of(unsigned),
                signed.isEmpty() ? Optional.empty() : Optional.of(signed),
                Optional.of(rows.get(rows.size() - 1))));
    }
}
