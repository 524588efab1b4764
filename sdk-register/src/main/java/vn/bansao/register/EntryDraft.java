package vn.bansao.register;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalLong;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;

/**
 * What a certification records in the register (domain.md §2 columns), before it has a number.
 * Text is normalised to Unicode NFC (Vietnamese typed on different keyboards then compares equal);
 * absent text is the empty string. Absent agency, register type, book, date or fee take the
 * register's defaults ({@link RegisterConfig}); the fee defaults to the configured
 * {@link vn.bansao.core.fee.FeeSchedule} for the pages and copies. A certification's entry is derived from its
 * facts ({@link #from(CertificationFacts)}): the same names, the same {@link CertificationKind}, the same dates.
 *
 * <pre>{@code
 * EntryDraft fromFacts = EntryDraft.from(facts);        // what the certification workflow records
 * EntryDraft draft = EntryDraft.builder()
 *         .requester("Nguyễn Văn An", "CCCD:001200012345")
 *         .document("Bằng tốt nghiệp đại học", "Trường Đại học Bách khoa Hà Nội", "123456", LocalDate.of(2020, 6, 30))
 *         .pages(2).copies(1)
 *         .certifier("Trần Thị Bình", "Phó Chủ tịch UBND phường")
 *         .build();
 * }</pre>
 *
 * @param agencyCode            certifying body; empty = the register's default
 * @param registerType          register type symbol; empty = the register's default
 * @param book                  book number; 0 = the register's default
 * @param date                  certification date; empty = today in Asia/Ho_Chi_Minh
 * @param requesterName         requester's full name
 * @param requesterId           requester's ID (e.g. {@code CCCD:001200012345})
 * @param documentTitle         original document's title
 * @param documentIssuer        who issued the original
 * @param documentNumber        the original's number
 * @param documentDate          the original's date, if known
 * @param pages                 pages of the original (≥ 1)
 * @param copies                copies issued (≥ 1)
 * @param certifierName         the certifying officer's name
 * @param certifierTitle        the certifying officer's title
 * @param fee                   fee in VND; empty = computed from the fee schedule
 * @param kind                  from the original or from the master register
 * @param unsignedPackageSha256 hex SHA-256 of the unsigned package (empty if not known yet)
 * @param signedCopySha256      hex SHA-256 of the signed copy (empty if not known yet)
 * @param scanDigest            the copy's scan digest (SHA-256 base64url, 43 characters, as on its QR code and in its
 *                              XMP), so that a QR lookup can tell this copy from another with the same number; or ""
 * @param notes                 notes column
 */
public record EntryDraft(
        String agencyCode, String registerType, int book, Optional<LocalDate> date,
        String requesterName, String requesterId,
        String documentTitle, String documentIssuer, String documentNumber, Optional<LocalDate> documentDate,
        int pages, int copies, String certifierName, String certifierTitle, OptionalLong fee,
        CertificationKind kind, String unsignedPackageSha256, String signedCopySha256, String scanDigest, String notes) {

    public EntryDraft {
        agencyCode = nfc(agencyCode);
        registerType = nfc(registerType);
        date = date == null ? Optional.empty() : date;
        requesterName = nfc(requesterName);
        requesterId = nfc(requesterId);
        documentTitle = nfc(documentTitle);
        documentIssuer = nfc(documentIssuer);
        documentNumber = nfc(documentNumber);
        documentDate = documentDate == null ? Optional.empty() : documentDate;
        certifierName = nfc(certifierName);
        certifierTitle = nfc(certifierTitle);
        fee = fee == null ? OptionalLong.empty() : fee;
        kind = kind == null ? CertificationKind.FROM_ORIGINAL : kind;
        unsignedPackageSha256 = sha256Hex("unsignedPackageSha256", unsignedPackageSha256);
        signedCopySha256 = sha256Hex("signedCopySha256", signedCopySha256);
        scanDigest = scanDigest == null ? "" : scanDigest.strip();
        if (!scanDigest.isEmpty() && !scanDigest.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("Mã băm ảnh quét không hợp lệ (SHA-256 base64url, 43 ký tự) / "
                    + "invalid scanDigest (SHA-256 base64url, 43 characters)");
        }
        notes = nfc(notes);
        if (book < 0) {
            throw new IllegalArgumentException("Quyển số không hợp lệ / invalid book number " + book);
        }
        if (pages < 1 || copies < 1) {
            throw new IllegalArgumentException("Số trang và số bản phải từ 1 / pages and copies must be at least 1 (pages "
                    + pages + ", copies " + copies + ")");
        }
        if (fee.isPresent() && fee.getAsLong() < 0) {
            throw new IllegalArgumentException("Lệ phí âm / negative fee " + fee.getAsLong());
        }
    }

    /**
     * The register line of a certification, derived from its facts: agency code, register type, requester, the
     * original document (title, issuer, number, date), pages, copies, certifier, fee (empty: the register's
     * schedule) and kind. Not the number, book or date: the register assigns them.
     */
    public static EntryDraft from(CertificationFacts facts) {
        Builder b = builder()
                .agencyCode(facts.agencyCode())
                .registerType(facts.registerType())
                .requester(facts.requesterName(), facts.requesterId())
                .document(facts.documentTitle(), facts.documentIssuer(), facts.documentNumber(), facts.documentDate())
                .pages(facts.pages())
                .copies(facts.copies())
                .certifier(facts.certifierName(), facts.certifierTitle())
                .kind(facts.kind());
        facts.fee().ifPresent(b::fee);
        return b.build();
    }

    /**
     * A date as written in a register or on an original: ISO {@code 2020-06-30} or Vietnamese {@code 30/06/2020}.
     *
     * @throws IllegalArgumentException naming the text, in Vietnamese and English
     */
    public static LocalDate documentDateOf(String written) {
        String s = written == null ? "" : written.strip();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException notIso) {
            try {
                // strict: 31/02/2020 is refused, never read as 29/02/2020
                return LocalDate.parse(s, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Ngày không hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY): \"" + s
                        + "\" / invalid date (YYYY-MM-DD or DD/MM/YYYY): \"" + s + "\"", e);
            }
        }
    }

    /** A builder with every field empty, 1 page and 1 copy. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this draft (used for corrections). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.agencyCode = agencyCode;
        b.registerType = registerType;
        b.book = book;
        b.date = date.orElse(null);
        b.requesterName = requesterName;
        b.requesterId = requesterId;
        b.documentTitle = documentTitle;
        b.documentIssuer = documentIssuer;
        b.documentNumber = documentNumber;
        b.documentDate = documentDate.orElse(null);
        b.pages = pages;
        b.copies = copies;
        b.certifierName = certifierName;
        b.certifierTitle = certifierTitle;
        b.fee = fee.isPresent() ? fee.getAsLong() : null;
        b.kind = kind;
        b.unsignedPackageSha256 = unsignedPackageSha256;
        b.signedCopySha256 = signedCopySha256;
        b.scanDigest = scanDigest;
        b.notes = notes;
        return b;
    }

    static String nfc(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f) {
                throw new IllegalArgumentException("Ký tự điều khiển không được phép / control character U+"
                        + String.format("%04X", (int) c) + " in \"" + n + "\"");
            }
        }
        return n;
    }

    static String sha256Hex(String what, String s) {
        String v = s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
        if (!v.isEmpty() && !v.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Giá trị băm SHA-256 không hợp lệ / " + what
                    + " must be 64 hex digits, got \"" + s + "\"");
        }
        return v;
    }

    /** Builds an {@link EntryDraft}. */
    public static final class Builder {
        private String agencyCode = "";
        private String registerType = "";
        private int book;
        private LocalDate date;
        private String requesterName = "";
        private String requesterId = "";
        private String documentTitle = "";
        private String documentIssuer = "";
        private String documentNumber = "";
        private LocalDate documentDate;
        private int pages = 1;
        private int copies = 1;
        private String certifierName = "";
        private String certifierTitle = "";
        private Long fee;
        private CertificationKind kind = CertificationKind.FROM_ORIGINAL;
        private String unsignedPackageSha256 = "";
        private String signedCopySha256 = "";
        private String scanDigest = "";
        private String notes = "";

        private Builder() {
        }

        public Builder agencyCode(String v) { agencyCode = v; return this; }
        public Builder registerType(String v) { registerType = v; return this; }
        public Builder book(int v) { book = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder requester(String name, String id) { requesterName = name; requesterId = id; return this; }
        public Builder requesterName(String v) { requesterName = v; return this; }
        public Builder requesterId(String v) { requesterId = v; return this; }
        /** The original document: title, issuer, number, date ({@code null} when not known). */
        public Builder document(String title, String issuer, String number, LocalDate date) {
            documentTitle = title; documentIssuer = issuer; documentNumber = number; documentDate = date; return this;
        }
        public Builder documentTitle(String v) { documentTitle = v; return this; }
        public Builder documentIssuer(String v) { documentIssuer = v; return this; }
        public Builder documentNumber(String v) { documentNumber = v; return this; }
        public Builder documentDate(LocalDate v) { documentDate = v; return this; }
        public Builder pages(int v) { pages = v; return this; }
        public Builder copies(int v) { copies = v; return this; }
        public Builder certifier(String name, String title) { certifierName = name; certifierTitle = title; return this; }
        public Builder certifierName(String v) { certifierName = v; return this; }
        public Builder certifierTitle(String v) { certifierTitle = v; return this; }
        /** Fee in VND; {@code null} = from the register's fee schedule. */
        public Builder fee(Long v) { fee = v; return this; }
        /** Fee in VND. */
        public Builder fee(long v) { fee = v; return this; }
        public Builder kind(CertificationKind v) { kind = v; return this; }
        public Builder unsignedPackageSha256(String v) { unsignedPackageSha256 = v; return this; }
        public Builder signedCopySha256(String v) { signedCopySha256 = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        /** The copy's scan digest (its manifest's {@code scanDigest}), checked by QR lookups. */
        public Builder scanDigest(String v) { scanDigest = v; return this; }

        public EntryDraft build() {
            return new EntryDraft(agencyCode, registerType, book, Optional.ofNullable(date), requesterName, requesterId,
                    documentTitle, documentIssuer, documentNumber, Optional.ofNullable(documentDate), pages, copies,
                    certifierName, certifierTitle, fee == null ? OptionalLong.empty() : OptionalLong.of(fee), kind,
                    unsignedPackageSha256, signedCopySha256, scanDigest, notes);
        }
    }
}
