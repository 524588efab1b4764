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
 */
public record LogRow(
        long leafIndex, RecordKind kind, String agencyCode, String registerType, int year, int book, long sequence,
        long refLeaf, LocalDate date, String requesterName, String requesterId, String documentTitle,
        String documentIssuer, String documentNumber, String documentDate, int pages, int copies,
        String certifierName, String certifierTitle, long fee, String copyKind, String unsignedPackageSha256,
        String signedCopySha256, String scanDigest, String notes, String attestation, String recordedAt,
        String leafHash, String treeRoot) {

    public LogRow {
        scanDigest = scanDigest == null ? "" : scanDigest;
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
                attestation, recordedAt, leafHashHex, treeRootHex);
    }

    /** Whether this row allocated its number. */
    public boolean allocatesNumber() {
        return kind == RecordKind.CERTIFICATION || kind == RecordKind.RESERVATION;
    }
}
