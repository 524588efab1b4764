package vn.bansao.core.facts;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.bansao.core.codes.AgencyCode;
import vn.bansao.core.codes.InvalidCodeException;

/**
 * What a certified copy states about itself: the register line (number, book, date), who certified it,
 * for whom, and which original. All text is NFC-normalised when built; a field that cannot be printed is refused
 * with an {@link InvalidFactsException} naming it. The register entry is derived from these facts
 * ({@code EntryDraft.from(facts)} in bansao-register), and a verifier reports them as read from the signed copy.
 *
 * <pre>{@code
 * CertificationFacts facts = CertificationFacts.builder()
 *     .kind(CertificationKind.FROM_ORIGINAL).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
 *     .date(LocalDate.of(2026, 11, 22))
 *     .certifyingBody("UBND phường Bến Nghé", "000.00.12.H29")
 *     .requester("Nguyễn Văn An", "079123456789")
 *     .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
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
 * @param agencyCode       its agency code ({@link AgencyCode}: QCVN 102:2016, e.g. {@code 000.00.12.H29}, or the
 *                         Decision 20/2020 form, e.g. {@code H55.242}); anything else is refused
 * @param requesterName    requester's full name
 * @param requesterId      requester's identity document number
 * @param documentTitle    title of the original document
 * @param documentIssuer   who issued the original
 * @param documentNumber   number of the original (may be empty)
 * @param documentDate     date of the original
 * @param pages            number of pages of the original
 * @param copies           number of copies
 * @param certifierName    full name of the certifying officer
 * @param certifierTitle   the officer's title
 * @param fee              fee in VND, if any
 * @param portalUrl        verification portal URL for the QR code, if any
 */
public record CertificationFacts(
        CertificationKind kind, long number, String book, String registerType, LocalDate date,
        String bodyName, String agencyCode, String requesterName, String requesterId,
        String documentTitle, String documentIssuer, String documentNumber, LocalDate documentDate,
        int pages, int copies, String certifierName, String certifierTitle,
        OptionalLong fee, Optional<String> portalUrl) {

    public CertificationFacts {
        required(kind, "kind");
        if (number < 1) {
            throw new InvalidFactsException("number", "số chứng thực phải >= 1: " + number, "number must be >= 1: " + number);
        }
        book = text(book, "book");
        registerType = text(registerType, "registerType");
        required(date, "date");
        bodyName = text(bodyName, "bodyName");
        agencyCode = agencyCode(text(agencyCode, "agencyCode"));
        requesterName = text(requesterName, "requesterName");
        requesterId = text(requesterId, "requesterId");
        documentTitle = text(documentTitle, "documentTitle");
        documentIssuer = text(documentIssuer, "documentIssuer");
        documentNumber = documentNumber == null ? "" : nfc(documentNumber);
        required(documentDate, "documentDate");
        if (pages < 1) {
            throw new InvalidFactsException("pages", "số trang phải >= 1: " + pages, "pages must be >= 1: " + pages);
        }
        if (copies < 1) {
            throw new InvalidFactsException("copies", "số bản phải >= 1: " + copies, "copies must be >= 1: " + copies);
        }
        certifierName = text(certifierName, "certifierName");
        certifierTitle = text(certifierTitle, "certifierTitle");
        fee = fee == null ? OptionalLong.empty() : fee;
        if (fee.isPresent() && fee.getAsLong() < 0) {
            throw new InvalidFactsException("fee", "lệ phí phải >= 0: " + fee.getAsLong(), "fee must be >= 0: " + fee.getAsLong());
        }
        portalUrl = portalUrl == null ? Optional.empty() : portalUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The year of the certification, which scopes the number. */
    public int year() {
        return date.getYear();
    }

    /**
     * The facts by their property names in the copy's XMP metadata (the bansao schema, namespace
     * {@code https://bansao.vn/ns/certified-copy/1.0/}), in schema order, as the text written there: {@code kind,
     * number, book, registerType, date, bodyName, bodyCode, requesterName, requesterId, originalTitle,
     * originalIssuer, originalNumber, originalDate, pages, copies, certifierName, certifierTitle} and, when stated,
     * {@code fee, portalUrl}. The schema's names are those of its first version and stay so (signed copies carry
     * them), whatever the Java names: {@code bodyCode} is {@link #agencyCode()}, {@code original*} the
     * {@code document*} components.
     */
    public Map<String, String> xmpProperties() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", kind.name());
        v.put("number", Long.toString(number));
        v.put("book", book);
        v.put("registerType", registerType);
        v.put("date", date.toString());
        v.put("bodyName", bodyName);
        v.put("bodyCode", agencyCode);
        v.put("requesterName", requesterName);
        v.put("requesterId", requesterId);
        v.put("originalTitle", documentTitle);
        v.put("originalIssuer", documentIssuer);
        v.put("originalNumber", documentNumber);
        v.put("originalDate", documentDate.toString());
        v.put("pages", Integer.toString(pages));
        v.put("copies", Integer.toString(copies));
        v.put("certifierName", certifierName);
        v.put("certifierTitle", certifierTitle);
        fee.ifPresent(x -> v.put("fee", Long.toString(x)));
        portalUrl.ifPresent(u -> v.put("portalUrl", u));
        return Collections.unmodifiableMap(v);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised from these facts (to change one field). */
    public Builder toBuilder() {
        Builder b = new Builder().kind(kind).number(number).book(book).registerType(registerType).date(date)
                .certifyingBody(bodyName, agencyCode).requester(requesterName, requesterId)
                .document(documentTitle, documentIssuer, documentNumber, documentDate)
                .pages(pages).copies(copies).certifier(certifierName, certifierTitle);
        fee.ifPresent(b::fee);
        portalUrl.ifPresent(b::portalUrl);
        return b;
    }

    /** The agency code as {@link AgencyCode} reads it (either official form), or a refusal naming the field. */
    public AgencyCode agency() {
        return AgencyCode.parse(agencyCode);
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new InvalidFactsException(field, "thiếu " + field, field + " is missing");
        }
    }

    private static String agencyCode(String value) {
        try {
            return AgencyCode.parse(value).value();
        } catch (InvalidCodeException e) {
            throw InvalidFactsException.of("agencyCode", e);
        }
    }

    private static String text(String value, String field) {
        required(value, field);
        String v = nfc(value).strip();
        if (v.isEmpty()) {
            throw new InvalidFactsException(field, field + " không được để trống", field + " must not be empty");
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
        private String agencyCode;
        private String requesterName;
        private String requesterId;
        private String documentTitle;
        private String documentIssuer;
        private String documentNumber = "";
        private LocalDate documentDate;
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
            this.agencyCode = agencyCode;
            return this;
        }

        public Builder requester(String name, String idNumber) {
            this.requesterName = name;
            this.requesterId = idNumber;
            return this;
        }

        public Builder document(String title, String issuer, String number, LocalDate date) {
            this.documentTitle = title;
            this.documentIssuer = issuer;
            this.documentNumber = number;
            this.documentDate = date;
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
            return new CertificationFacts(kind, number, book, registerType, date, bodyName, agencyCode,
                    requesterName, requesterId, documentTitle, documentIssuer, documentNumber, documentDate,
                    pages, copies, certifierName, certifierTitle, fee, portalUrl);
        }
    }
}
