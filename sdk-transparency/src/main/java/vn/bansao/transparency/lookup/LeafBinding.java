package vn.bansao.transparency.lookup;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a proven register leaf (the canonical row bytes of bansao-register, see its README) is the row
 * a lookup answer speaks for: the copy's number, year, body and register type, a row that certifies (not a
 * reservation or a void), at the proven position, carrying the signed-copy hash the answer states. Without it
 * a valid proof of <em>another</em> row of the same log would confirm any claim.
 *
 * <p>The canonical leaf is deterministic JSON whose string values escape every {@code "}, so a key pattern
 * {@code "name":} can only match a real key, never text inside a value.
 *
 * <pre>{@code
 * Optional<String> problem = LeafBinding.mismatch(proof, reference, record);
 * problem.ifPresent(p -> reject("the proof is for another row: " + p));
 * }</pre>
 */
public final class LeafBinding {

    /** Row kinds after which an entry stands certified. */
    private static final Set<String> CERTIFYING = Set.of("CERTIFICATION", "COMPLETION", "CORRECTION");

    private LeafBinding() {
    }

    /**
     * Why the leaf of {@code proof} is not the row {@code record} answers for {@code reference}, or empty when
     * it is (English; the verifier words it for its report).
     */
    public static Optional<String> mismatch(vn.bansao.transparency.checkpoint.InclusionProof proof,
                                            CertificationReference reference, RegisterRecord record) {
        String leaf = new String(proof.leafBytes(), StandardCharsets.UTF_8);
        if (!leaf.startsWith("{") || !leaf.endsWith("}")) {
            return Optional.of("the proven leaf is not a register row");
        }
        if (!field(leaf, "leafIndex").equals(Optional.of(Long.toString(proof.leafIndex())))) {
            return Optional.of("the proven leaf does not state its position " + proof.leafIndex());
        }
        if (!field(leaf, "year").equals(Optional.of(Integer.toString(reference.year())))
                || !field(leaf, "sequence").equals(Optional.of(Long.toString(reference.number())))) {
            return Optional.of("the proven leaf is not about number " + reference.number() + "/" + reference.year());
        }
        if (!reference.agencyCode().isBlank() && !field(leaf, "agencyCode").equals(Optional.of(reference.agencyCode()))) {
            return Optional.of("the proven leaf is of another certifying body");
        }
        if (!reference.registerType().isBlank()
                && !field(leaf, "registerType").equals(Optional.of(reference.registerType()))) {
            return Optional.of("the proven leaf is of another register type");
        }
        Optional<String> kind = field(leaf, "kind");
        if (record.status() == EntryStatus.CERTIFIED && !kind.map(CERTIFYING::contains).orElse(false)) {
            return Optional.of("the proven leaf is a " + kind.orElse("row of unknown kind") + ", not a certification");
        }
        if (record.signedCopySha256().isPresent() && !field(leaf, "signedCopySha256")
                .map(h -> h.equalsIgnoreCase(record.signedCopySha256().get())).orElse(false)) {
            return Optional.of("the proven leaf does not carry the registered signed-copy hash");
        }
        return Optional.empty();
    }

    /**
     * Why the leaf of {@code proof} is not a row about {@code reference}'s number (its position, year, sequence,
     * certifying body and register type), or empty when it is. Applied to every row a remote register serves for
     * a number: one row of another number could otherwise change the folded status.
     */
    public static Optional<String> aboutNumber(vn.bansao.transparency.checkpoint.InclusionProof proof,
                                               CertificationReference reference) {
        String leaf = new String(proof.leafBytes(), StandardCharsets.UTF_8);
        if (!leaf.startsWith("{") || !leaf.endsWith("}")) {
            return Optional.of("the proven leaf " + proof.leafIndex() + " is not a register row");
        }
        if (!field(leaf, "leafIndex").equals(Optional.of(Long.toString(proof.leafIndex())))) {
            return Optional.of("the proven leaf does not state its position " + proof.leafIndex());
        }
        if (!field(leaf, "year").equals(Optional.of(Integer.toString(reference.year())))
                || !field(leaf, "sequence").equals(Optional.of(Long.toString(reference.number())))) {
            return Optional.of("the proven leaf " + proof.leafIndex() + " is not about number " + reference.number()
                    + "/" + reference.year());
        }
        if (!field(leaf, "agencyCode").equals(Optional.of(reference.agencyCode()))) {
            return Optional.of("the proven leaf " + proof.leafIndex() + " is of another certifying body");
        }
        if (!field(leaf, "registerType").equals(Optional.of(reference.registerType()))) {
            return Optional.of("the proven leaf " + proof.leafIndex() + " is of another register type");
        }
        return Optional.empty();
    }

    /** The value of top-level key {@code name}: a string's raw text (escapes kept) or a number's digits. */
    static Optional<String> field(String json, String name) {
        String key = "\"" + name + "\":";
        int at = json.indexOf(key);
        if (at < 0 || json.indexOf(key, at + 1) >= 0) {
            return Optional.empty(); // absent, or twice: not a canonical row
        }
        int start = at + key.length();
        if (start < json.length() && json.charAt(start) == '"') {
            for (int i = start + 1; i < json.length(); i++) {
                char c = json.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return Optional.of(json.substring(start + 1, i));
                }
            }
            return Optional.empty();
        }
        int end = start;
        while (end < json.length() && json.charAt(end) != ',' && json.charAt(end) != '}') {
            end++;
        }
        return end > start ? Optional.of(json.substring(start, end)) : Optional.empty();
    }
}
