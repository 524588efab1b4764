package vn.bansao.transparency.lookup;

/**
 * The register line a copy claims, from its certification facts: certifying body, register type, year
 * and sequence number.
 *
 * <pre>{@code
 * RegisterLookup lookup = ref -> db.find(ref.agencyCode(), ref.registerType(), ref.year(), ref.number());
 * }</pre>
 *
 * @param agencyCode   the certifying body's agency code, e.g. {@code 000.00.12.H29}
 * @param registerType the register type symbol, e.g. {@code SCT/BS}
 * @param year         the register year
 * @param number       the sequence number in that year
 * @param book         the book number as written (quyển số), for display
 */
public record CertificationReference(String agencyCode, String registerType, int year, long number, String book) {
}
