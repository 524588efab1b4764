package vn.bansao.register.spi;

import java.time.LocalDate;
import vn.bansao.register.RecordKind;

/**
 * One row of the {@code entries} table = one leaf of the register's Merkle log, exactly as stored.
 * Rows are only ever inserted. Absent text is {@code ""}, absent numbers are 0 ({@code refLeaf}: -1).
 *
 * <pre>{@code
 * store.forEachRow(row -> System.out.println(row.leafIndex() + " " + row.kind()));
 * }</pre>
 *
 * @param leafIndex   position in the log, from 0
 * @param kind        what the row records
 * @param sequence    the certification number's sequence (0 for a year closing)
 * @param refLeaf     leaf index of the entry this row refers to, or -1
 * @param date        certification date (for a closing: the closing date)
 * @param scanDigest  the copy's scan digest (SHA-256 base64url over the scanned pages, as on its QR code), or ""
 * @param attestation a signed note carried by the row (a year closing's signed statement), or ""
 * @param recordedAt  ISO-8601 instant of the append (UTC, milliseconds)
 * @param leafHash    hex RFC 6962 leaf hash of the row's canonical bytes, as stored
 * @param treeRoot    hex root of the tree of size {@code leafIndex + 1}, as stored
 * @param leafVersion the canonical leaf encoding of the row: 1 (personal data in clear, rows written before
 *                    issue 15) or 2 (personal data replaced by a salted commitment; every new row)
 * @param leafSalt    v2: the row's 16-byte random salt as 32 lower-case hex digits, never published; v1: ""
 */
public record LogRow(
        long leafIndex, RecordKind kind, String agencyCode, String registerType, int year, int book, long sequence,
        long refLeaf, LocalDate date, String requesterName, String requesterId, String documentTitle,
        String documentIssuer, String documentNumber, String documentDate, int pages, int copies,
        String certifierName, String certifierTitle, long fee, String copyKind, String unsignedPackageSha256,
        String signedCopySha256, String scanDigest, String notes, String attestation, String recordedAt,
        String leafHash, String treeRoot, int leafVersion, String leafSalt) {

    public LogRow {
        scanDigest = scanDigest == null ? "" : scanDigest;
        leafSalt = leafSalt == null ? "" : leafSalt;
        // no check of version or salt here: a store hands back what it holds, and verify names a malformed row
    }

    /** A v1 row (leaf with personal data in clear, no salt), as written before issue 15. */
    public LogRow(long leafIndex, RecordKind kind, String agencyCode, String registerType, int year, int book,
                  long sequence, long refLeaf, LocalDate date, String requesterName, String requesterId,
                  String documentTitle, String documentIssuer, String documentNumber, String documentDate, int pages,
                  int copies, String certifierName, String certifierTitle, long fee, String copyKind,
                  String unsignedPackageSha256, String signedCopySha256, String scanDigest, String notes,
                  String attestation, String recordedAt, String leafHash, String treeRoot) {
        this(leafIndex, kind, agencyCode, registerType, year, book, sequence, refLeaf, date, requesterName, requesterId,
                documentTitle, documentIssuer, documentNumber, documentDate, pages, copies, certifierName,
                certifierTitle, fee, copyKind, unsignedPackageSha256, signedCopySha256, scanDigest, notes, attestation,
                recordedAt, leafHash, treeRoot, 1, "");
    }

    /** A row without a scan digest (year closings, voids, completions, rows written before the digest was kept). */
    public LogRow(long leafIndex, RecordKind kind, String agencyCode, String registerType, int year, int book,
                  long sequence, long refLeaf, LocalDate date, String requesterName, String requesterId,
                  String documentTitle, String documentIssuer, String documentNumber, String documentDate, int pages,
                  int copies, String certifierName, String certifierTitle, long fee, String copyKind,
                  String unsignedPackageSha256, String signedCopySha256, String notes, String attestation,
                  String recordedAt, String leafHash, String treeRoot) {
        this(leafIndex, kind, agencyCode, registerType, year, book, sequence, refLeaf, date, requesterName, requesterId,
                documentTitle, documentIssuer, documentNumber, documentDate, pages, copies, certifierName,
                certifierTitle, fee, copyKind, unsignedPackageSha256, signedCopySha256, "", notes, attestation,
                recordedAt, leafHash, treeRoot);
    }

    /** This row with the hashes the log gives it. */
    public LogRow withHashes(String leafHashHex, String treeRootHex) {
        return new LogRow(leafIndex, kind, agencyCode, registerType, year, book, sequence, refLeaf, date,
                requesterName, requesterId, documentTitle, documentIssuer, documentNumber, documentDate, pages, copies,
                certifierName, certifierTitle, fee, copyKind, unsignedPackageSha256, signedCopySha256, scanDigest, notes,
                attestation, recordedAt, leafHashHex, treeRootHex, leafVersion, leafSalt);
    }

    /** This row at another position (every other column, the salt and the leaf version kept). */
    public LogRow atLeafIndex(long index) {
        return new LogRow(index, kind, agencyCode, registerType, year, book, sequence, refLeaf, date,
                requesterName, requesterId, documentTitle, documentIssuer, documentNumber, documentDate, pages, copies,
                certifierName, certifierTitle, fee, copyKind, unsignedPackageSha256, signedCopySha256, scanDigest, notes,
                attestation, recordedAt, leafHash, treeRoot, leafVersion, leafSalt);
    }

    /** This row referring to leaf {@code ref}. */
    public LogRow withRefLeaf(long ref) {
        return new LogRow(leafIndex, kind, agencyCode, registerType, year, book, sequence, ref, date,
                requesterName, requesterId, documentTitle, documentIssuer, documentNumber, documentDate, pages, copies,
                certifierName, certifierTitle, fee, copyKind, unsignedPackageSha256, signedCopySha256, scanDigest, notes,
                attestation, recordedAt, leafHash, treeRoot, leafVersion, leafSalt);
    }

    /** This row as a canonical leaf {@code version} with {@code saltHex} (32 hex digits for v2, "" for v1). */
    public LogRow withLeaf(int version, String saltHex) {
        return new LogRow(leafIndex, kind, agencyCode, registerType, year, book, sequence, refLeaf, date,
                requesterName, requesterId, documentTitle, documentIssuer, documentNumber, documentDate, pages, copies,
                certifierName, certifierTitle, fee, copyKind, unsignedPackageSha256, signedCopySha256, scanDigest, notes,
                attestation, recordedAt, leafHash, treeRoot, version, saltHex);
    }

    /** Whether this row allocated its number. */
    public boolean allocatesNumber() {
        return kind == RecordKind.CERTIFICATION || kind == RecordKind.RESERVATION;
    }
}
