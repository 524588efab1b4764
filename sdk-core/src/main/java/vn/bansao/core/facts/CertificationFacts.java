package vn.bansao.core.facts;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a certified copy states about itself: the register line (number, book, date), who certified it,
 * for whom, and which original. All text is NFC-normalised when built.
 *
 * <pre>{@code
 * CertificationFacts facts = CertificationFacts.builder()
 *     .kind(CertificationKind.FROM_ORIGINAL).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
 *     .date(LocalDate.of(2026, 11, 22))
 *     .certifyingBody("UBND phường Bến Nghé", "000.00.12.H29")
 *     .requester("Nguyễn Văn An", "079123456789")
 *     .original("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
 *     .pages(2).copies(1).certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch")
 *     .fee(4000).build();
 * }</pre>
 *
 * @param kind             copy from an original, or from the master register
 * @param number           certification number (sequence number in the register year), at least 1
 * @param book             book number (quyển số), e.g. {@code 01/2026-SCT/BS}
 * @param registerType     register type symbol, e.g. {@code SCT/BS}
 * @param date             date of the certification
 * @param bodyName         certifying (or issuing) body
 * @param bodyCode         its agency code (QCVN 102:2016), e.g. {@code 000.00.12.H29}
 * @param requesterName    requester's full name
 * @param requesterId      requester's identity document number
 * @param originalTitle    title of the original document
 * @param originalIssuer   who issued the original
 * @param originalNumber   number of the original (may be empty)
 * @param originalDate     date of the original
 * @param pages            number of pages of the original
 * @param copies           number of copies
 * @param certifierName    full name of the certifying officer
 * @param certifierTitle   the officer's title
 * @param fee              fee in VND, if any
 * @param portalUrl        verification portal URL for the QR code, if any
 */
public record CertificationFacts(
        CertificationKind kind, long number, String book, String registerType, LocalDate date,
        String bodyName, String bodyCode, String requesterName, String requesterId,
        String originalTitle, String originalIssuer, String originalNumber, LocalDate originalDate,
        int pages, int copies, String certifierName, String certifierTitle,
        OptionalLong fee, Optional<String> portalUrl) {

    public CertificationFacts {
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1 / số chứng thực phải >= 1: " + number);
        }
        book = text(book, "book");
        registerType = text(registerType, "registerType");
        Objects.requireNonNull(date, "date");
        bodyName = text(bodyName, "bodyName");
        bodyCode = text(bodyCode, "bodyCode");
        requesterName = text(requesterName, "requesterName");
        requesterId = text(requesterId, "requesterId");
        originalTitle = text(originalTitle, "originalTitle");
        originalIssuer = text(originalIssuer, "originalIssuer");
        originalNumber = originalNumber == null ? "" : nfc(originalNumber);
        Objects.requireNonNull(originalDate, "originalDate");
        if (pages < 1 || copies < 1) {
            throw new IllegalArgumentException("pages and copies must be >= 1 / số trang, số bản phải >= 1");
        }
        certifierName = text(certifierName, "certifierName");
        certifierTitle = text(certifierTitle, "certifierTitle");
        fee = fee == null ? OptionalLong.empty() : fee;
        if (fee.isPresent() && fee.getAsLong() < 0) {
            throw new IllegalArgumentException("fee must be >= 0 / lệ phí phải >= 0");
        }
        portalUrl = portalUrl == null ? Optional.empty() : portalUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The year of the certification, which scopes the number. */
    public int year() {
        return date.getYear();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised from these facts (to change one field). */
    public Builder toBuilder() {
        Builder b = new Builder().kind(kind).number(number).book(book).registerType(registerType).date(date)
                .certifyingBody(bodyName, bodyCode).requester(requesterName, requesterId)
                .original(originalTitle, originalIssuer, originalNumber, originalDate)
                .pages(pages).copies(copies).certifier(certifierName, certifierTitle);
        fee.ifPresent(b::fee);
        portalUrl.ifPresent(b::portalUrl);
        return b;
    }

    private static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        String v = nfc(value).strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty / không được để trống");
        }
        return v;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Fluent builder of {@link CertificationFacts}; {@link #build()} checks every field. */
    public static final class Builder {
        private CertificationKind kind = CertificationKind.FROM_ORIGINAL;
        private long number;
        private String book;
        private String registerType;
        private LocalDate date;
        private String bodyName;
        private String bodyCode;
        private String requesterName;
        private String requesterId;
        private String originalTitle;
        private String originalIssuer;
        private String originalNumber = "";
        private LocalDate originalDate;
        private int pages = 1;
        private int copies = 1;
        private String certifierName;
        private String certifierTitle;
        private OptionalLong fee = OptionalLong.empty();
        private Optional<String> portalUrl = Optional.empty();

        private Builder() {
        }

        public Builder kind(CertificationKind kind) { this.kind = kind; return this; }
        public Builder number(long number) { this.number = number; return this; }
        public Builder book(String book) { this.book = book; return this; }
        public Builder registerType(String registerType) { this.registerType = registerType; return this; }
        public Builder date(LocalDate date) { this.date = date; return this; }

        public Builder certifyingBody(String name, String agencyCode) {
            this.bodyName = name;
            this.bodyCode = agencyCode;
            return this;
        }

        public Builder requester(String name, String idNumber) {
            this.requesterName = name;
            this.requesterId = idNumber;
            return this;
        }

        public Builder original(String title, String issuer, String number, LocalDate date) {
            this.originalTitle = title;
            this.originalIssuer = issuer;
            this.originalNumber = number;
            this.originalDate = date;
            return this;
        }

        public Builder pages(int pages) { this.pages = pages; return this; }
        public Builder copies(int copies) { this.copies = copies; return this; }

        public Builder certifier(String name, String title) {
            this.certifierName = name;
            this.certifierTitle = title;
            return this;
        }

        public Builder fee(long vnd) { this.fee = OptionalLong.of(vnd); return this; }
        public Builder noFee() { this.fee = OptionalLong.empty(); return this; }
        public Builder portalUrl(String url) { this.portalUrl = Optional.ofNullable(url); return this; }

        public CertificationFacts build() {
            return new CertificationFacts(kind, number, book, registerType, date, bodyName, bodyCode,
                    requesterName, requesterId, originalTitle, originalIssuer, originalNumber, originalDate,
                    pages, copies, certifierName, certifierTitle, fee, portalUrl);
        }
    }
}
